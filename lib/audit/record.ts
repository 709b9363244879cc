import type { Db, Prisma } from "@/lib/db";
import { bulkInsert } from "@/lib/db-bulk";
import type { SessionUser } from "@/lib/auth/user";

export interface AuditInput {
  actor: Pick<SessionUser, "id" | "username"> | null;
  action: string;
  entity: string;
  entityId?: string | null;
  countyCode?: string | null;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
}

function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  // Dates and other class instances become plain JSON, as they would over the wire.
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
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

/** Append many audit events in one insert (a batch registration). Pass the change's transaction. */
export async function recordAudits(tx: Prisma.TransactionClient, inputs: AuditInput[]): Promise<void> {
  await bulkInsert(
    tx,
    "AuditEvent",
    { actorId: "uuid", actorName: "text", action: "text", entity: "text", entityId: "text", countyCode: "text", before: "jsonb", after: "jsonb", ip: "text" },
    inputs.map((input) => ({
      actorId: input.actor?.id ?? null,
      actorName: input.actor?.username ?? null,
      action: input.action,
      entity: input.entity,
      entityId: input.entityId ?? null,
      countyCode: input.countyCode ?? null,
      before: toJson(input.before) ?? null,
      after: toJson(input.after) ?? null,
      ip: input.ip ?? null,
    })),
  );
}
