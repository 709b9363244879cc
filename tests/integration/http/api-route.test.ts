// apiRoute (lib/http/api.ts) around real route handlers: the session cookie is checked against
// the database on every request, AppErrors become {error: {code, message, fields?}} with the
// status of their code and the message in the request's language, anything else a generic 500.
// First: Next.js creates its request storages on first import and needs AsyncLocalStorage then.
import "next/dist/server/node-environment-baseline";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { apiRoute } from "@/lib/http/api";
import { log } from "@/lib/http/log";
import { errorAnswerSchema } from "@/lib/http/answer-schemas";
import { caseDetailSchema, registeredCaseSchema } from "@/lib/cases/schemas";
import { meSchema } from "@/lib/admin/schemas";
import { DEFAULT_POLICY } from "@/lib/isolation/policy";
import { GET as getMe } from "@/app/api/v1/me/route";
import { GET as listCases, POST as postCase } from "@/app/api/v1/cases/route";
import { GET as getCase } from "@/app/api/v1/cases/[id]/route";
import { GET as listPolicies, POST as postPolicy } from "@/app/api/v1/admin/policy/route";
import { GET as getReference } from "@/app/api/v1/admin/reference/route";
import { caseBody, nextId, seedFixtures, WENCHUAN, type Users } from "../registry/fixtures";
import { callRoute, sessionCookie } from "./next-request";

let u: Users;
const cookie: Record<string, string> = {};
beforeAll(async () => {
  u = await seedFixtures();
  for (const [name, user] of Object.entries(u)) cookie[name] = await sessionCookie(user);
});

const errorOf = (body: unknown) => errorAnswerSchema.parse(body).error;

describe("apiRoute", () => {
  it("answers 401 without a session, in the request's language", async () => {
    const zh = await callRoute(getMe, "/api/v1/me");
    expect(zh.status).toBe(401);
    expect(errorOf(zh.body)).toEqual({ code: "UNAUTHENTICATED", message: "请先登录。", requestId: expect.any(String) });
    const en = await callRoute(getMe, "/api/v1/me", { headers: { "accept-language": "en-US,en;q=0.9" } });
    expect(errorOf(en.body).message).toBe("Please sign in first.");
    const cookieLocale = await callRoute(getMe, "/api/v1/me", { cookie: "NEXT_LOCALE=en" });
    expect(errorOf(cookieLocale.body).message).toBe("Please sign in first.");
  });

  it("lets a valid session cookie through to the handler, and refuses a forged one", async () => {
    const me = await callRoute(getMe, "/api/v1/me", { cookie: cookie.mk });
    expect(me.status).toBe(200);
    expect(meSchema.parse(me.body).user).toMatchObject({ id: u.mk.id, role: "COUNTY_STAFF", countyCode: "513201" });
    const forged = `${cookie.mk!.slice(0, -6)}AAAAAA`;
    expect((await callRoute(getMe, "/api/v1/me", { cookie: forged })).status).toBe(401);
  });

  it("re-reads the account on every request: a disabled account is signed out on its next request", async () => {
    const user = await prisma().user.create({ data: { username: "soon.disabled", displayName: "x", passwordHash: "x", role: "COUNTY_STAFF", countyCode: WENCHUAN } });
    const c = await sessionCookie(user);
    expect((await callRoute(getMe, "/api/v1/me", { cookie: c })).status).toBe(200);
    await prisma().user.update({ where: { id: user.id }, data: { active: false } });
    expect((await callRoute(getMe, "/api/v1/me", { cookie: c })).status).toBe(401);
  });

  it("maps each AppError to its status: 201, 400 with fields, malformed JSON, 403, 404, 409 with matches", async () => {
    const idNumber = nextId();
    const created = await callRoute(postCase, "/api/v1/cases", { cookie: cookie.mk, body: caseBody({ idNumber }) });
    expect(created.status).toBe(201);
    const theCase = registeredCaseSchema.parse(created.body);

    const invalid = await callRoute(postCase, "/api/v1/cases", { cookie: cookie.mk, body: caseBody({ sex: "X", confirmedDate: "2026-02-30" }), headers: { "accept-language": "en" } });
    expect(invalid.status).toBe(400);
    const fields = errorOf(invalid.body).fields!;
    expect(fields.map((f) => f.path)).toEqual(expect.arrayContaining(["sex", "confirmedDate"]));
    expect(fields.find((f) => f.path === "confirmedDate")!.message).toMatch(/2026-02-30/);

    const malformed = await callRoute(postCase, "/api/v1/cases", { cookie: cookie.mk, body: "{not json" });
    expect(malformed.status).toBe(400);
    expect(errorOf(malformed.body).code).toBe("VALIDATION");

    const forbidden = await callRoute(postCase, "/api/v1/cases", { cookie: cookie.official, body: caseBody() });
    expect(forbidden.status).toBe(403);
    expect(errorOf(forbidden.body).code).toBe("FORBIDDEN");

    // Route params are awaited and passed on; another county's record is absent.
    const own = await callRoute(getCase, `/api/v1/cases/${theCase.id}`, { cookie: cookie.mk, params: { id: theCase.id } });
    expect(own.status).toBe(200);
    expect(caseDetailSchema.parse(own.body).id).toBe(theCase.id);
    const elsewhere = await callRoute(getCase, `/api/v1/cases/${theCase.id}`, { cookie: cookie.wc, params: { id: theCase.id } });
    expect(elsewhere.status).toBe(404);
    expect(errorOf(elsewhere.body).code).toBe("NOT_FOUND");

    const again = await callRoute(postCase, "/api/v1/cases", { cookie: cookie.mk, body: caseBody({ idNumber }) });
    expect(again.status).toBe(409);
    const error = errorOf(again.body);
    expect(error.code).toBe("ALREADY_A_CASE");
    expect(error.matches![0]!.matches[0]).toMatchObject({ kind: "OPEN_CASE", caseId: theCase.id });
  });

  it("passes query strings to the service", async () => {
    const page = await callRoute(listCases, "/api/v1/cases?page=2&pageSize=1", { cookie: cookie.mk });
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ page: 2, pageSize: 1 });
    const bad = await callRoute(listCases, "/api/v1/cases?pageSize=500", { cookie: cookie.mk });
    expect(bad.status).toBe(400);
    expect(errorOf(bad.body).fields![0]!.path).toBe("pageSize");
  });

  it("answers 403 to non-administrators on the policy and reference-data endpoints", async () => {
    for (const who of ["mk", "official"]) {
      for (const [handler, path] of [
        [listPolicies, "/api/v1/admin/policy"],
        [getReference, "/api/v1/admin/reference"],
      ] as const) {
        const res = await callRoute(handler, path, { cookie: cookie[who] });
        expect(res.status, `${who} ${path}`).toBe(403);
      }
    }
    expect((await callRoute(listPolicies, "/api/v1/admin/policy", { cookie: cookie.admin })).status).toBe(200);
  });

  it("names a refused policy field in the user's language", async () => {
    const categories = JSON.parse(JSON.stringify(DEFAULT_POLICY.categories)) as { CLOSE: { phases: { startDay: number }[] } };
    categories.CLOSE.phases[1]!.startDay = 16;
    const body = { version: "gap", maxExtensionDays: 28, categories };
    const zh = await callRoute(postPolicy, "/api/v1/admin/policy", { cookie: cookie.admin, body });
    expect(zh.status).toBe(400);
    expect(errorOf(zh.body).fields).toEqual([{ path: "categories.CLOSE.phases.1.startDay", message: "阶段须从第 1 天起首尾相接：此阶段应从第 15 天开始。" }]);
    const en = await callRoute(postPolicy, "/api/v1/admin/policy", { cookie: `${cookie.admin}; NEXT_LOCALE=en`, body });
    expect(errorOf(en.body).fields![0]!.message).toBe("Phases must follow each other from day 1: this phase should start on day 15.");
  });

  it("answers anything unexpected with a logged, generic 500", async () => {
    const logged = vi.spyOn(log, "error");
    const failing = apiRoute(async () => {
      throw new Error("connection reset with a secret in it");
    });
    const res = await callRoute(failing, "/api/v1/anything", { cookie: cookie.mk });
    expect(res.status).toBe(500);
    expect(errorOf(res.body)).toEqual({ code: "INTERNAL", message: expect.any(String), requestId: expect.any(String) });
    expect(JSON.stringify(res.body)).not.toContain("secret");
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
  });
});
