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
