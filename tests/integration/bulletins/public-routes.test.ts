// The public bulletin routes answer signed out and show published bulletins only; the proxy lets
// exactly the public prefixes through without a session (docs/decisions/0021-bulletin-workflow.md).
import "next/dist/server/node-environment-baseline";
import { beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { createBulletin, publishBulletin, reviewBulletin } from "@/lib/bulletins/workflow";
import { publicBulletinListSchema } from "@/lib/bulletins/schemas";
import { GET as listPublic } from "@/app/api/v1/public/bulletins/route";
import { GET as exportPublic } from "@/app/api/v1/public/bulletins/[id]/export/route";
import { GET as listOfficial } from "@/app/api/v1/bulletins/route";
import { proxy } from "@/proxy";
import { at, seedFixtures, type Users } from "../registry/fixtures";
import { callRoute, inRequestScope, requestFor } from "../http/next-request";

let u: Users;
let published: string;
let draft: string;
const now = at("2026-03-10");

beforeAll(async () => {
  u = await seedFixtures();
  let b = await createBulletin(u.official, { date: "2026-03-09" }, { now });
  b = await reviewBulletin(u.official, b.id, { version: b.version }, { now });
  published = (await publishBulletin(u.official, b.id, { version: b.version }, { now })).id;
  draft = (await createBulletin(u.official, { date: "2026-03-10" }, { now })).id;
});

describe("public bulletin routes", () => {
  it("list the published bulletins to a caller without a session, never a draft", async () => {
    const res = await callRoute(listPublic, "/api/v1/public/bulletins");
    expect(res.status).toBe(200);
    const { items } = publicBulletinListSchema.parse(res.body);
    expect(items.map((b) => b.id)).toEqual([published]);
    expect(JSON.stringify(res.body)).not.toContain("official");
  });

  it("download a published bulletin as CSV or XLSX signed out; a draft is not found", async () => {
    const csvReq = requestFor(`/api/v1/public/bulletins/${published}/export?format=csv`);
    const csv = await inRequestScope(csvReq, () => exportPublic(csvReq, { params: Promise.resolve({ id: published }) }));
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect(csv.headers.get("content-disposition")).toBe('attachment; filename="bulletin-2026-03-09-r1.csv"');
    expect(await csv.text()).toContain("马尔康市");
    const xlsxReq = requestFor(`/api/v1/public/bulletins/${published}/export?format=xlsx`);
    const xlsx = await inRequestScope(xlsxReq, () => exportPublic(xlsxReq, { params: Promise.resolve({ id: published }) }));
    expect(Buffer.from(await xlsx.arrayBuffer()).subarray(0, 2).toString()).toBe("PK");
    expect((await callRoute(exportPublic, `/api/v1/public/bulletins/${draft}/export`, { params: { id: draft } })).status).toBe(404);
    expect((await callRoute(exportPublic, `/api/v1/public/bulletins/${published}/export?format=pdf`, { params: { id: published } })).status).toBe(400);
  });

  it("keep the officials' workflow behind sign-in", async () => {
    expect((await callRoute(listOfficial, "/api/v1/bulletins")).status).toBe(401);
  });

  it("the proxy lets the public pages and API through signed out, and nothing else", async () => {
    const through = async (path: string) => {
      const res = await proxy(new NextRequest(new URL(path, "http://localhost:3000")));
      return res.status === 200 && !res.headers.get("location");
    };
    expect(await through("/public/bulletins")).toBe(true);
    expect(await through(`/public/bulletins/${published}`)).toBe(true);
    expect(await through("/api/v1/public/bulletins")).toBe(true);
    expect(await through(`/api/v1/public/bulletins/${published}/export`)).toBe(true);
    expect(await through("/bulletins")).toBe(false);
    expect(await through("/publicity")).toBe(false);
    expect(await through("/api/v1/bulletins")).toBe(false);
    expect(await through("/chains")).toBe(false);
  });
});
