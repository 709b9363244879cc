import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

// Options are built per request so that a missing NEXTAUTH_SECRET stops the server with
// its message instead of failing the build.
function handler(req: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  return (NextAuth(authOptions()) as (r: Request, c: unknown) => Promise<Response>)(req, context);
}

export { handler as GET, handler as POST };
