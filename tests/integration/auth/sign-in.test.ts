import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { authenticate } from "@/lib/auth/authenticate";
import { checkSession } from "@/lib/auth/gate";
import { FREE_ATTEMPTS, reserveAttempt } from "@/lib/auth/sign-in-throttle";
import { updateUser } from "@/lib/admin/update-user";
import { loadActiveUser } from "@/lib/auth/load-user";
import { createUser } from "./fixtures";

const PASSWORD = "correct horse battery";
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
    const result = await authenticate({ username: "li", password: PASSWORD, ip: "10.1.2.3" }, { now: T0 });
    expect(result).toEqual({
      ok: true,
      sessionVersion: 0,
      user: { id: user.id, username: "li", displayName: "li", role: "COUNTY_STAFF", countyCode: "513201" },
    });
    const row = await prisma().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.lastSignInAt).toEqual(T0);
    const events = await prisma().auditEvent.findMany({ where: { entityId: user.id } });
    expect(events.map((e) => [e.action, e.ip, e.actorId])).toEqual([["auth.sign_in", "10.1.2.3", user.id]]);
  });

  it("refuses a wrong password and an unknown user alike, and records both", async () => {
    await createUser({ username: "wang" });
    expect(await authenticate({ username: "wang", password: "wrong", ip: "10.0.0.2" }, { now: T0 })).toEqual({ ok: false, reason: "INVALID_CREDENTIALS" });
    expect(await authenticate({ username: "nobody", password: "wrong", ip: "10.0.0.2" }, { now: T0 })).toEqual({ ok: false, reason: "INVALID_CREDENTIALS" });
    expect(await auditActions("wang")).toEqual([["auth.sign_in_failed", "WRONG_PASSWORD"]]);
    expect(await auditActions("nobody")).toEqual([["auth.sign_in_failed", "UNKNOWN_USER"]]);
  });

  it("refuses empty fields, and control characters without a database error", async () => {
    expect(await authenticate({ username: "  ", password: "x" })).toEqual({ ok: false, reason: "MISSING_FIELDS" });
    expect(await authenticate({ username: "wang\u0000", password: "x" })).toEqual({ ok: false, reason: "INVALID_CREDENTIALS" });
  });

  it("tells DISABLED and LOCKED only to someone who gave the right password", async () => {
    await createUser({ username: "gone", active: false });
    const locked = await createUser({ username: "held" });
    await prisma().user.update({ where: { id: locked.id }, data: { lockedUntil: minutes(30) } });

    expect(await authenticate({ username: "gone", password: "guess", ip: "10.0.0.3" }, { now: T0 })).toEqual({ ok: false, reason: "INVALID_CREDENTIALS" });
    expect(await authenticate({ username: "held", password: "guess", ip: "10.0.0.3" }, { now: T0 })).toEqual({ ok: false, reason: "INVALID_CREDENTIALS" });
    expect(await authenticate({ username: "gone", password: PASSWORD, ip: "10.0.0.3" }, { now: T0 })).toEqual({ ok: false, reason: "DISABLED" });
    expect(await authenticate({ username: "held", password: PASSWORD, ip: "10.0.0.3" }, { now: T0 })).toMatchObject({ ok: false, reason: "LOCKED" });
    expect(await auditActions("gone")).toEqual([["auth.sign_in_failed", "WRONG_PASSWORD"], ["auth.sign_in_failed", "DISABLED"]]);
  });

  it("wrong passwords from elsewhere never lock the account nor end its live session", async () => {
    const victim = await createUser({ username: "admin2", role: "ADMIN", countyCode: null });
    const signedIn = await authenticate({ username: "admin2", password: PASSWORD, ip: "10.9.9.9" }, { now: T0 });
    expect(signedIn.ok).toBe(true);
    const session = { userId: victim.id, sessionVersion: signedIn.ok ? signedIn.sessionVersion : -1 };

    // An outsider tries 40 wrong passwords from one address.
    const answers = [];
    for (let i = 0; i < 40; i++) answers.push((await authenticate({ username: "admin2", password: `bad${i}`, ip: "203.0.113.7" }, { now: T0 })).ok === false);
    expect(answers.every(Boolean)).toBe(true);

    // The victim's session still works, and the victim still signs in from their own address.
    expect(await checkSession(session)).toMatchObject({ ok: true });
    expect(await loadActiveUser(victim.id)).not.toBeNull();
    expect(await authenticate({ username: "admin2", password: PASSWORD, ip: "10.9.9.9" }, { now: T0 })).toMatchObject({ ok: true });
    const row = await prisma().user.findUniqueOrThrow({ where: { id: victim.id } });
    expect(row.lockedUntil).toBeNull();
  });

  it(`refuses attempts beyond ${FREE_ATTEMPTS} failures from one client as RATE_LIMITED, with a delay that grows`, async () => {
    await createUser({ username: "zhao" });
    const at = (ip: string, password: string, now: Date) => authenticate({ username: "zhao", password, ip }, { now });
    for (let i = 0; i < FREE_ATTEMPTS; i++) expect(await at("198.51.100.1", "bad", T0)).toEqual({ ok: false, reason: "INVALID_CREDENTIALS" });
    // Even the right password waits out the delay (it is not checked), for one minute.
    expect(await at("198.51.100.1", PASSWORD, T0)).toEqual({ ok: false, reason: "RATE_LIMITED", retryAfter: 60 });
    // After the minute one more try; a failure then doubles the delay.
    expect(await at("198.51.100.1", "bad", minutes(1))).toEqual({ ok: false, reason: "INVALID_CREDENTIALS" });
    expect(await at("198.51.100.1", "bad", minutes(2))).toEqual({ ok: false, reason: "RATE_LIMITED", retryAfter: 60 });
    expect(await at("198.51.100.1", "bad", minutes(3))).toEqual({ ok: false, reason: "INVALID_CREDENTIALS" });
    expect(await at("198.51.100.1", PASSWORD, minutes(4))).toEqual({ ok: false, reason: "RATE_LIMITED", retryAfter: 180 });
    // Another client is not slowed down; the right password clears the count.
    expect(await at("198.51.100.2", PASSWORD, minutes(4))).toMatchObject({ ok: true });
    expect(await at("198.51.100.1", PASSWORD, minutes(7))).toMatchObject({ ok: true });
    expect(await at("198.51.100.1", "bad", minutes(7))).toEqual({ ok: false, reason: "INVALID_CREDENTIALS" });
  });

  it("a burst of concurrent attempts gets exactly the free attempts, and every failure is counted", async () => {
    const user = await createUser({ username: "qian" });
    const burst = await Promise.all(
      Array.from({ length: 12 }, (_, i) => authenticate({ username: "qian", password: `bad${i}`, ip: "192.0.2.50" }, { now: T0 })),
    );
    expect(burst.filter((r) => !r.ok && r.reason === "INVALID_CREDENTIALS")).toHaveLength(FREE_ATTEMPTS);
    expect(burst.filter((r) => !r.ok && r.reason === "RATE_LIMITED")).toHaveLength(12 - FREE_ATTEMPTS);
    // Failures from many clients at once: none lost (the count is one UPDATE … + 1).
    await Promise.all(Array.from({ length: 10 }, (_, i) => authenticate({ username: "qian", password: "bad", ip: `192.0.2.${100 + i}` }, { now: T0 })));
    const row = await prisma().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.failedSignIns).toBe(FREE_ATTEMPTS + 10);
  });

  it("the reservation is atomic: concurrent reservations past the free ones all wait", async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => reserveAttempt("someone|192.0.2.9", { now: T0 })));
    expect(results.filter((r) => r.ok)).toHaveLength(FREE_ATTEMPTS);
  });

  it("an administrator's unlock lifts the delays of the username", async () => {
    const admin = (await loadActiveUser((await createUser({ username: "root9", role: "ADMIN", countyCode: null })).id))!;
    const user = await createUser({ username: "sun" });
    for (let i = 0; i <= FREE_ATTEMPTS; i++) await authenticate({ username: "sun", password: "bad", ip: "198.51.100.9" }, { now: T0 });
    expect(await authenticate({ username: "sun", password: PASSWORD, ip: "198.51.100.9" }, { now: T0 })).toMatchObject({ reason: "RATE_LIMITED" });
    await updateUser(admin, user.id, { unlock: true });
    expect(await authenticate({ username: "sun", password: PASSWORD, ip: "198.51.100.9" }, { now: T0 })).toMatchObject({ ok: true });
  });
});

describe("the per-client limit", () => {
  it("refuses a client that tried too many usernames, for every username, with a Retry-After", async () => {
    await createUser({ username: "spray-target" });
    const ip = "203.0.113.200";
    // Password spraying: one wrong password for each of many usernames.
    for (let i = 0; i < 50; i++) await authenticate({ username: `u${i}`, password: "Spring2026", ip }, { now: T0 });
    const refused = await authenticate({ username: "spray-target", password: PASSWORD, ip }, { now: T0 });
    expect(refused).toMatchObject({ ok: false, reason: "RATE_LIMITED" });
    expect(refused.ok === false && refused.retryAfter! > 60).toBe(true);
    // Another client is not affected.
    expect(await authenticate({ username: "spray-target", password: PASSWORD, ip: "203.0.113.201" }, { now: T0 })).toMatchObject({ ok: true });
  });
});
