import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authSecret } from "@/lib/env";
import { authenticate } from "./authenticate";
import type { Role } from "./user";

/** Working-day sessions: staff sign in again the next morning. */
const SESSION_HOURS = 10;

function clientIp(headers: Record<string, unknown> | undefined): string | null {
  const forwarded = headers?.["x-forwarded-for"];
  if (typeof forwarded === "string" && forwarded) return forwarded.split(",")[0]!.trim();
  const real = headers?.["x-real-ip"];
  return typeof real === "string" ? real : null;
}

export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: SESSION_HOURS * 3600 },
    pages: { signIn: "/signin", error: "/signin" },
    providers: [
      CredentialsProvider({
        name: "credentials",
        credentials: {
          username: { label: "username", type: "text" },
          password: { label: "password", type: "password" },
        },
        async authorize(credentials, req) {
          const result = await authenticate({
            username: credentials?.username ?? "",
            password: credentials?.password ?? "",
            ip: clientIp(req?.headers as Record<string, unknown> | undefined),
          });
          if (!result.ok) {
            // NextAuth passes the message through to signIn()'s `error`; the page translates it.
            const minutes = result.lockedUntil
              ? Math.max(1, Math.ceil((result.lockedUntil.getTime() - Date.now()) / 60_000))
              : 0;
            throw new Error(result.reason === "LOCKED" ? `LOCKED:${minutes}` : result.reason);
          }
          const { id, username, displayName, role, countyCode } = result.user;
          return { id, name: displayName, username, role, countyCode };
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          const u = user as unknown as { id: string; role: Role; countyCode: string | null };
          token.sub = u.id;
          token.role = u.role;
          token.countyCode = u.countyCode;
        }
        return token;
      },
      async session({ session, token }) {
        return { ...session, userId: token.sub, role: token.role };
      },
    },
  };
}
