import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { AppError, unauthenticated } from "@/lib/errors";
import { authOptions } from "./options";
import { checkSession, type GateResult } from "./gate";
import type { SessionUser } from "./user";

export interface GateOptions {
  /** Only the password change itself (and sign-out) is open before a forced change. */
  allowPasswordChange?: boolean;
}

/** The gate's verdict on this request's session (once per request when rendering). */
export const requestGate = cache(async (): Promise<GateResult> => {
  const session = (await getServerSession(authOptions())) as { userId?: string; sessionVersion?: number } | null;
  return checkSession(session);
});

/** The signed-in user of this request whose session is still valid, or null. */
export async function currentUser(): Promise<SessionUser | null> {
  const gate = await requestGate();
  return gate.ok || gate.reason === "PASSWORD_CHANGE_REQUIRED" ? gate.user : null;
}

/** For pages: the user, or the sign-in page, or the forced password change. */
export async function requirePageUser(opts: GateOptions = {}): Promise<SessionUser> {
  const gate = await requestGate();
  if (gate.ok) return gate.user;
  if (gate.reason === "PASSWORD_CHANGE_REQUIRED") {
    if (opts.allowPasswordChange) return gate.user;
    redirect("/account/password");
  }
  redirect("/signin");
}

export const passwordChangeRequired = (): AppError => new AppError("PASSWORD_CHANGE_REQUIRED", "errors.passwordChangeRequired");

/** For route handlers and actions: the user, or 401, or 403 PASSWORD_CHANGE_REQUIRED. */
export async function requireApiUser(opts: GateOptions = {}): Promise<SessionUser> {
  const gate = await requestGate();
  if (gate.ok) return gate.user;
  if (gate.reason === "PASSWORD_CHANGE_REQUIRED") {
    if (opts.allowPasswordChange) return gate.user;
    throw passwordChangeRequired();
  }
  throw unauthenticated();
}
