// Findings of issue 8 at the service level: sessions did not end, and mustChangePassword was
// enforced by the page layout only. The gate (lib/auth/gate.ts) is what pages, actions and
// API routes all call; the HTTP side is in tests/e2e/hardening-sessions.spec.ts.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { authenticate } from "@/lib/auth/authenticate";
import { changePassword } from "@/lib/auth/change-password";
import { checkSession, endSessions } from "@/lib/auth/gate";
import { authOptions } from "@/lib/auth/options";
import { loadActiveUser } from "@/lib/auth/load-user";
import { resetPassword } from "@/lib/admin/reset-password";
import { updateUser } from "@/lib/admin/update-user";
import { createUser } from "./fixtures";

const PASSWORD = "correct horse battery";
let seq = 0;

async function signedIn(over: Parameters<typeof createUser>[0] | undefined = undefined) {
  const user = await createUser(over ?? { username: `s${++seq}` });
  const result = await authenticate({ username: user.username, password: PASSWORD, ip: `10.20.0.${++seq}` });
  if (!result.ok) throw new Error(`sign-in failed: ${result.reason}`);
  return { user, session: { userId: user.id, sessionVersion: result.sessionVersion } };
}

async function admin() {
  const row = await createUser({ username: `adm${++seq}`, role: "ADMIN", countyCode: null });
  return (await loadActiveUser(row.id))!;
}

describe("sessions end at once", () => {
  it("a session works until its account's session version moves", async () => {
    const { user, session } = await signedIn();
    expect(await checkSession(session)).toMatchObject({ ok: true, user: { id: user.id } });
    await endSessions(prisma(), user.id);
    expect(await checkSession(session)).toEqual({ ok: false, reason: "UNAUTHENTICATED" });
  });

  it("a token without a session version (issued before them) is refused", async () => {
    const { user } = await signedIn();
    expect(await checkSession({ userId: user.id })).toEqual({ ok: false, reason: "UNAUTHENTICATED" });
  });

  it("after sign-out", async () => {
    const { user, session } = await signedIn();
    await authOptions().events!.signOut!({ token: { sub: user.id, sv: session.sessionVersion }, session: null as never });
    expect(await checkSession(session)).toEqual({ ok: false, reason: "UNAUTHENTICATED" });
    // Signing in again gives a working session.
    const again = await authenticate({ username: user.username, password: PASSWORD, ip: "10.20.1.1" });
    expect(again.ok && (await checkSession({ userId: user.id, sessionVersion: again.sessionVersion })).ok).toBe(true);
  });

  it("after an administrator resets the password", async () => {
    const { user, session } = await signedIn();
    await resetPassword(await admin(), user.id, { password: "Temporary#2026" });
    expect(await checkSession(session)).toEqual({ ok: false, reason: "UNAUTHENTICATED" });
  });

  it("after the user changes their password (the new version is handed back for their own session)", async () => {
    const { user, session } = await signedIn();
    const sessionUser = (await loadActiveUser(user.id))!;
    const next = await changePassword(sessionUser, { current: PASSWORD, next: "another long pass", confirm: "another long pass" });
    expect(await checkSession(session)).toEqual({ ok: false, reason: "UNAUTHENTICATED" });
    expect(await checkSession({ userId: user.id, sessionVersion: next })).toMatchObject({ ok: true });
  });

  it("after disabling, and after a role or county change; a name change keeps sessions", async () => {
    const a = await admin();
    const disabled = await signedIn();
    await updateUser(a, disabled.user.id, { active: false });
    expect(await checkSession(disabled.session)).toEqual({ ok: false, reason: "UNAUTHENTICATED" });

    const moved = await signedIn();
    await updateUser(a, moved.user.id, { countyCode: "513221" });
    expect(await checkSession(moved.session)).toEqual({ ok: false, reason: "UNAUTHENTICATED" });

    const promoted = await signedIn();
    await updateUser(a, promoted.user.id, { role: "PREFECTURE_OFFICIAL" });
    expect(await checkSession(promoted.session)).toEqual({ ok: false, reason: "UNAUTHENTICATED" });

    const renamed = await signedIn();
    await updateUser(a, renamed.user.id, { displayName: "新名字" });
    expect(await checkSession(renamed.session)).toMatchObject({ ok: true, user: { displayName: "新名字" } });
  });
});

describe("a temporary password opens only the password change", () => {
  it("the gate answers PASSWORD_CHANGE_REQUIRED (403 on the API and in actions) until it is changed", async () => {
    const { user, session } = await signedIn();
    await prisma().user.update({ where: { id: user.id }, data: { mustChangePassword: true } });
    const gate = await checkSession(session);
    expect(gate).toMatchObject({ ok: false, reason: "PASSWORD_CHANGE_REQUIRED", user: { id: user.id, mustChangePassword: true } });
    const next = await changePassword((await loadActiveUser(user.id))!, { current: PASSWORD, next: "a fresh password", confirm: "a fresh password" });
    expect(await checkSession({ userId: user.id, sessionVersion: next })).toMatchObject({ ok: true });
  });
});
