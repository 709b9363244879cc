import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

type Context = { params: Promise<{ nextauth: string[] }> };

/**
 * NextAuth answers every refused sign-in with 401 and the reason in `url`'s `error`. A refusal
 * for too many attempts ("RATE_LIMITED:<seconds>", lib/auth/authenticate.ts) becomes a 429 with
 * Retry-After, keeping the body the client library reads.
 */
async function rateLimitedAs429(res: Response): Promise<Response> {
  if (res.status !== 401 || !res.headers.get("content-type")?.includes("application/json")) return res;
  const body = (await res.clone().json().catch(() => null)) as { url?: string } | null;
  const error = body?.url ? new URL(body.url, "http://x").searchParams.get("error") : null;
  const match = error?.match(/^RATE_LIMITED:(\d+)$/);
  if (!match) return res;
  const headers = new Headers(res.headers);
  headers.set("Retry-After", match[1]!);
  return new Response(await res.text(), { status: 429, headers });
}

// Options are built per request so that a missing NEXTAUTH_SECRET stops the server with
// its message instead of failing the build.
async function handler(req: Request, context: Context) {
  const res = await (NextAuth(authOptions()) as (r: Request, c: unknown) => Promise<Response>)(req, context);
  return req.method === "POST" ? rateLimitedAs429(res) : res;
}

export { handler as GET, handler as POST };
