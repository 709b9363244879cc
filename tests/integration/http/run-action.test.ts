// runAction (lib/http/action.ts), the wrapper of every server action: the same session check as
// the API, and errors as ActionResults — translated, one message per field path — so forms keep
// what was typed. Also a real server action end to end (app/(app)/admin/policy/actions.ts).
// First: Next.js creates its request storages on first import and needs AsyncLocalStorage then.
import "next/dist/server/node-environment-baseline";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { AppError, validationError } from "@/lib/errors";
import { runAction } from "@/lib/http/action";
import { log } from "@/lib/http/log";
import { DEFAULT_POLICY } from "@/lib/isolation/policy";
import { policyPreviewSchema } from "@/lib/policy/schemas";
import { previewPolicyAction } from "@/app/(app)/admin/policy/actions";
import { seedFixtures, type Users } from "../registry/fixtures";
import { callAction, sessionCookie } from "./next-request";

let u: Users;
const cookie: Record<string, string> = {};
beforeAll(async () => {
  u = await seedFixtures();
  for (const [name, user] of Object.entries(u)) cookie[name] = await sessionCookie(user);
});

describe("runAction", () => {
  it("answers UNAUTHENTICATED without a session, in the chosen language, without running the service", async () => {
    const service = vi.fn(async () => "ran");
    expect(await callAction(() => runAction(service))).toEqual({ ok: false, code: "UNAUTHENTICATED", message: "请先登录。", fields: {} });
    expect(await callAction(() => runAction(service), "NEXT_LOCALE=en")).toMatchObject({ message: "Please sign in first." });
    expect(service).not.toHaveBeenCalled();
  });

  it("runs the service as the signed-in user and answers its result", async () => {
    const result = await callAction(() => runAction(async (user) => ({ who: user.username, county: user.countyCode })), cookie.mk);
    expect(result).toEqual({ ok: true, data: { who: "mk-staff", county: "513201" } });
  });

  it("turns an AppError into a translated result with one message per field path, and passes details on", async () => {
    const fields = await callAction(
      () =>
        runAction(async () => {
          throw validationError([
            { path: "contacts.3.idNumber", key: "registry.errors.idCardFormat" },
            { path: "contacts.3.idNumber", key: "errors.required" },
            { path: "name", key: "errors.required" },
          ]);
        }),
      `${cookie.mk}; NEXT_LOCALE=en`,
    );
    expect(fields).toMatchObject({ ok: false, code: "VALIDATION" });
    if (fields.ok) throw new Error("expected a refusal");
    expect(Object.keys(fields.fields)).toEqual(["contacts.3.idNumber", "name"]);
    expect(fields.fields["contacts.3.idNumber"]).not.toBe(fields.fields.name);
    expect(fields.fields.name).toBe("This field is required.");

    const withDetails = await callAction(
      () =>
        runAction(async () => {
          throw new AppError("MATCHES_FOUND", "registry.errors.matchesFound", { count: 1, rows: 2 }, [], { matches: [{ row: 0 }] });
        }),
      cookie.mk,
    );
    expect(withDetails).toMatchObject({ ok: false, code: "MATCHES_FOUND", details: { matches: [{ row: 0 }] } });
  });

  it("answers anything unexpected as INTERNAL with a generic message, and logs it", async () => {
    const logged = vi.spyOn(log, "error");
    const result = await callAction(
      () =>
        runAction(async () => {
          throw new Error("password=hunter2");
        }),
      cookie.mk,
    );
    expect(result).toMatchObject({ ok: false, code: "INTERNAL", fields: {} });
    expect(JSON.stringify(result)).not.toContain("hunter2");
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
  });

  it("serves a real server action: the policy preview for an administrator, FORBIDDEN for county staff", async () => {
    const input = { version: "draft", maxExtensionDays: 28, categories: DEFAULT_POLICY.categories, contact: { category: "SECONDARY", lastExposureDate: "2026-03-01", identifiedDate: "2026-03-02" } };
    const admin = await callAction(() => previewPolicyAction(input), cookie.admin);
    if (!admin.ok) throw new Error(admin.message);
    expect(policyPreviewSchema.parse(admin.data).draft.releaseDate).toBe("2026-03-15");
    expect(await callAction(() => previewPolicyAction(input), cookie.mk)).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});
