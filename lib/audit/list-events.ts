import { prisma, type Db } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";
import { parseInput } from "@/lib/validation/parse-input";
import { accessWhere, auditFilterSchema, auditWhere, type AuditFilter } from "./filters";

export { AUDIT_PAGE_SIZE } from "./filters";

/** Who each actor id is, for showing names instead of ids (one query for a page). */
async function actorsOf(db: Db, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  const users = wanted.length
    ? await db.user.findMany({ where: { id: { in: wanted } }, select: { id: true, username: true, displayName: true } })
    : [];
  return new Map(users.map((u) => [u.id, u]));
}

function nextCursor<T extends { id: bigint }>(rows: T[], pageSize: number): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, pageSize);
  return { items, nextCursor: rows.length > pageSize ? String(items[items.length - 1]!.id) : null };
}

/**
 * Audit events newest first, filtered, one page at a time by keyset (administrators only): an
 * index on each filter column with the id (prisma/schema.prisma) keeps a page cheap however
 * long the trail grows.
 */
export async function listAuditEvents(user: SessionUser, input: unknown = {}, db: Db = prisma()) {
  assertCan(user, "audit:read");
  const f = parseInput(auditFilterSchema, input ?? {});
  const rows = await db.auditEvent.findMany({
    where: { ...auditWhere(f), ...(f.cursor ? { id: { lt: BigInt(f.cursor) } } : {}) },
    orderBy: { id: "desc" },
    take: f.pageSize + 1,
  });
  const page = nextCursor(rows, f.pageSize);
  const actors = await actorsOf(db, page.items.map((e) => e.actorId));
  return {
    filter: f,
    nextCursor: page.nextCursor,
    events: page.items.map((e) => ({ ...e, actor: e.actorId ? (actors.get(e.actorId) ?? null) : null })),
  };
}

/** Reads of people's records (PIPL), newest first, with the same filters (administrators only). */
export async function listAccessLog(user: SessionUser, input: unknown = {}, db: Db = prisma()) {
  assertCan(user, "audit:read");
  const f: AuditFilter = parseInput(auditFilterSchema, input ?? {});
  const rows = await db.personAccessLog.findMany({
    where: { ...accessWhere(f), ...(f.cursor ? { id: { lt: BigInt(f.cursor) } } : {}) },
    orderBy: { id: "desc" },
    take: f.pageSize + 1,
  });
  const page = nextCursor(rows, f.pageSize);
  const actors = await actorsOf(db, page.items.map((e) => e.actorId));
  return {
    filter: f,
    nextCursor: page.nextCursor,
    entries: page.items.map((e) => ({ ...e, actor: actors.get(e.actorId) ?? null })),
  };
}
