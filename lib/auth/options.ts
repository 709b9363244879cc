import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authSecret } from "@/lib/env";
import { prisma } from "@/lib/db";
import { clientIp, headerSource } from "@/lib/http/client-ip";
import { authenticate } from "./authenticate";

import type { Role } from "./user";

/** Working-day sessions: staff sign in again the next morning. */
export const SESSION_HOURS = 10;

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
            ip: clientIp(headerSource(req?.headers as Record<string, unknown> | undefined)),
          });
          if (!result.ok) {
            // NextAuth passes the message through to signIn()'s `error`; the page translates it
            // and app/api/auth/[...nextauth]/route.ts turns RATE_LIMITED into a 429.
            if (result.reason === "RATE_LIMITED") throw new Error(`RATE_LIMITED:${result.retryAfter ?? 60}`);
            if (result.reason === "LOCKED" && result.lockedUntil) {
              throw new Error(`LOCKED:${Math.max(1, Math.ceil((result.lockedUntil.getTime() - Date.now()) / 60_000))}`);
            }
            throw new Error(result.reason);
          }
          const { id, username, displayName, role, countyCode } = result.user;
          return { id, name: displayName, username, role, countyCode, sessionVersion: result.sessionVersion };
        },
      }),
    ],
    callbacks: {
      // The token is only ever written at sign-in: a client-triggered update() must not be able
      // to refresh an old token's session version.
      async jwt({ token, user }) {
        if (user) {
          const u = user as unknown as { id: string; role: Role; countyCode: string | null; sessionVersion: number };
          token.sub = u.id;
          token.role = u.role;
          token.countyCode = u.countyCode;
          token.sv = u.sessionVersion;
        }
        return token;
      },
      async session({ session, token }) {
        return { ...session, userId: token.sub, role: token.role, sessionVersion: token.sv };
      },
    },
    events: {
      // Signing out ends the account's sessions everywhere, so a copied cookie dies with it.
      async signOut({ token }) {
        const userId = token?.sub;
        if (userId && typeof token.sv === "number") {
          await prisma().user.updateMany({ where: { id: userId, sessionVersion: token.sv }, data: { sessionVersion: { increment: 1 } } });
        }
      },
    },
  };
}


