import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { authenticate, LOCKOUT_MINUTES, MAX_FAILED_SIGN_INS } from "@/lib/auth/authenticate";
import { createUser } from "./fixtures";

const T0 = new Date("2026-11-29T02:00:00Z");
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

async function auditActions(username: string) {
  const events = await prisma().auditEvent.findMany({ orderBy: { id: "asc" } });
  return events
    .filter((e) => (e.after as { username?: string } | null)?.username === username)
    .map((e) => [e.action, (e.after as { reason?: string }).reason ?? null]);
}

describe("authenticate", () => {
  it("signs in with the right password and records it", async () => {
    const user = await createUser({ username: "li" });
    const result = await authenticate({ username: "li", password: "correct horse battery", ip: "10.1.2.3" }, { now: T0 });
    expect(result).toEqual({
      ok: true,
      user: { id: user.id, username: "li", displayName: "li", role: "COUNTY_STAFF", countyCode: "513201" },
    });
    const row = await prisma().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.lastSignInAt).toEqual(T0);
    const events = await prisma().auditEvent.findMany({ where: { entityId: user.id } });
    expect(events.map((e) => [e.action, e.ip, e.actorId])).toEqual([["auth.signed_in", "10.1.2.3", user.id]]);
  });

  it("refuses a wrong password and an unknown user alike, and records both", async () => {
    await createUser({ username: "wang" });
    expect(await authenticate({ username: "wang", password: "wrong" }, { now: T0 })).toEqual({ ok: false, reason: "INVALID_CREDENTIALS" });
    expect(await authenticate({ username: "nobody", password: "wrong" }, { now: T0 })).toEqual({ ok: false, reason: "INVALID_CREDENTIALS" });
    expect(await auditActions("wang")).toEqual([["auth.sign_in_failed", "WRONG_PASSWORD"]]);
    expect(await auditActions("nobody")).toEqual([["auth.sign_in_failed", "UNKNOWN_USER"]]);
  });

  it("refuses empty fields without touching the account", async () => {
    expect(await authenticate({ username: "  ", password: "x" })).toEqual({ ok: false, reason: "MISSING_FIELDS" });
  });

  it("refuses a disabled account even with the right password", async () => {
    await createUser({ username: "gone", active: false });
    expect(await authenticate({ username: "gone", password: "correct horse battery" }, { now: T0 })).toEqual({ ok: false, reason: "DISABLED" });
    expect(await auditActions("gone")).toEqual([["auth.sign_in_failed", "DISABLED"]]);
  });

  it(`locks the account for ${LOCKOUT_MINUTES} minutes after ${MAX_FAILED_SIGN_INS} failures, then lets it in`, async () => {
    const user = await createUser({ username: "zhao" });
    for (let i = 1; i < MAX_FAILED_SIGN_INS; i++) {
      expect(await authenticate({ username: "zhao", password: "bad" }, { now: minutes(i) })).toEqual({ ok: false, reason: "INVALID_CREDENTIALS" });
    }
    const fifth = await authenticate({ username: "zhao", password: "bad" }, { now: minutes(5) });
    expect(fifth).toEqual({ ok: false, reason: "LOCKED", lockedUntil: minutes(5 + LOCKOUT_MINUTES) });

    // While locked even the right password is refused.
    expect(await authenticate({ username: "zhao", password: "correct horse battery" }, { now: minutes(19) })).toMatchObject({ ok: false, reason: "LOCKED" });
    // One minute before the lock ends: still locked; at the end: open again.
    expect(await authenticate({ username: "zhao", password: "correct horse battery" }, { now: minutes(5 + LOCKOUT_MINUTES - 1) })).toMatchObject({ ok: false, reason: "LOCKED" });
    expect(await authenticate({ username: "zhao", password: "correct horse battery" }, { now: minutes(5 + LOCKOUT_MINUTES) })).toMatchObject({ ok: true });

    const row = await prisma().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).toMatchObject({ failedSignIns: 0, lockedUntil: null });
    const actions = (await auditActions("zhao")).map(([a]) => a);
    expect(actions).toEqual([
      ...Array(MAX_FAILED_SIGN_INS - 1).fill("auth.sign_in_failed"),
      "auth.locked",
      "auth.sign_in_failed",
      "auth.sign_in_failed",
      "auth.signed_in",
    ]);
  });

  it("starts a fresh count after an expired lock", async () => {
    await createUser({ username: "sun" });
    for (let i = 1; i <= MAX_FAILED_SIGN_INS; i++) await authenticate({ username: "sun", password: "bad" }, { now: minutes(i) });
    // After the lock expired, a single failure does not lock again.
    expect(await authenticate({ username: "sun", password: "bad" }, { now: minutes(30) })).toEqual({ ok: false, reason: "INVALID_CREDENTIALS" });
  });
});
