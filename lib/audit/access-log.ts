// Who opened whose record (PIPL; docs/decisions/0015-audit-trail.md): one insert per read of a
// case or contact page or API record, into the append-only PersonAccessLog. Pages start it
// beside their other reads, so it costs one round trip run in parallel, not one more in series.
import type { SessionUser } from "@/lib/auth/user";
import { prisma, type Db } from "@/lib/db";

export interface AccessedRecord {
  entity: "Case" | "Contact";
  id: string;
  countyCode: string;
  person: { id: string };
}

export async function recordPersonAccess(user: SessionUser, record: AccessedRecord, via: "page" | "api", db: Db = prisma()): Promise<void> {
  await db.personAccessLog.create({
    data: {
      actorId: user.id,
      actorName: user.username,
      actorRole: user.role,
      entity: record.entity,
      entityId: record.id,
      personId: record.person.id,
      countyCode: record.countyCode,
      via,
    },
  });
}
