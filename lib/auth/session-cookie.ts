import { cookies } from "next/headers";
import { encode } from "next-auth/jwt";
import { authSecret } from "@/lib/env";
import { SESSION_HOURS } from "./options";
import type { SessionUser } from "./user";

/**
 * After the user changed their own password every session of the account ends (ADR 0005);
 * this browser gets a fresh session token at the new session version so that the person who
 * just proved the password stays signed in. Same name, claims and cookie options as NextAuth's.
 */
export async function reissueSessionCookie(user: SessionUser, sessionVersion: number): Promise<void> {
  const secure = (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
  const maxAge = SESSION_HOURS * 3600;
  const token = await encode({
    secret: authSecret(),
    maxAge,
    token: { name: user.displayName, sub: user.id, role: user.role, countyCode: user.countyCode, sv: sessionVersion },
  });
  (await cookies()).set(`${secure ? "__Secure-" : ""}next-auth.session-token`, token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure,
    maxAge,
  });
}
