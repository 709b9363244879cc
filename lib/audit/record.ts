import type { Db, Prisma } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/user";
import { maskSnapshot } from "@/lib/privacy/mask";
import type { AuditAction } from "./actions";

export interface AuditInput {
  actor: Pick<SessionUser, "id" | "username"> | null;
  /** One of the typed list (lib/audit/actions.ts). */
  action: AuditAction;
  entity: string;
  entityId?: string | null;
  countyCode?: string | null;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
}

function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  // Dates and other class instances become plain JSON, as they would over the wire; ID numbers
  // and phones are masked before they reach the trail (docs/decisions/0015-audit-trail.md).
  return maskSnapshot(JSON.parse(JSON.stringify(value))) as Prisma.InputJsonValue;
}

/** Append an audit event. Pass the transaction of the change it records. */
export async function recordAudit(db: Db, input: AuditInput): Promise<void> {
  await db.auditEvent.create({
    data: {
      actorId: input.actor?.id ?? null,
      actorName: input.actor?.username ?? null,
      action: input.action,
      entity: input.entity,
      entityId: input.entityId ?? null,
      countyCode: input.countyCode ?? null,
      before: toJson(input.before),
      after: toJson(input.after),
      ip: input.ip ?? null,
    },
  });
}

/**
 * Appends many audit events in one statement (a registration batch: one event per record),
 * as INSERT … SELECT FROM unnest (docs/decisions/0025-set-based-registration.md).
 */
export async function recordAudits(db: Db, inputs: AuditInput[]): Promise<void> {
  if (inputs.length === 0) return;
  const col = <T>(f: (i: AuditInput) => T) => inputs.map(f);
  const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));
  await db.$executeRaw`
    INSERT INTO "AuditEvent" ("actorId", "actorName", "action", "entity", "entityId", "countyCode", "before", "after", "ip")
    SELECT actor, actor_name, action, entity, entity_id, county, before::jsonb, after::jsonb, ip
    FROM unnest(${col((i) => i.actor?.id ?? null)}::uuid[], ${col((i) => i.actor?.username ?? null)}::text[], ${col((i) => i.action)}::text[],
                ${col((i) => i.entity)}::text[], ${col((i) => i.entityId ?? null)}::text[], ${col((i) => i.countyCode ?? null)}::text[],
                ${col((i) => json(i.before))}::text[], ${col((i) => json(i.after))}::text[], ${col((i) => i.ip ?? null)}::text[])
      AS t(actor, actor_name, action, entity, entity_id, county, before, after, ip)`;
}
