import { assertCan } from "@/lib/auth/permissions";
import { countyScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/user";
import type { Db, Prisma } from "@/lib/db";
import { assertId, notFound } from "@/lib/errors";
import { dbFor, type ServiceOptions } from "@/lib/transaction";
import { contactDetail, type ContactDetail } from "./contact-view";

/** Reads inside a transaction too, so services can answer with the state they just wrote. */
export async function readContact(db: Db | Prisma.TransactionClient, user: SessionUser, id: unknown): Promise<ContactDetail> {
  assertId(id);
  const row = await db.contact.findFirst({
    where: { id, ...countyScope(user) },
    include: {
      person: true,
      site: true,
      plans: { where: { active: true }, include: { phases: true, tests: true, extensions: { orderBy: { createdAt: "asc" } } } },
      testResults: { orderBy: [{ sampleDate: "asc" }, { createdAt: "asc" }] },
      healthChecks: { orderBy: [{ date: "asc" }, { slot: "asc" }] },
      resultingCase: { select: { id: true } },
      secondaries: { select: { id: true }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!row) throw notFound();
  return contactDetail(user, row);
}

/** GET /api/v1/contacts/{id} */
export async function getContact(user: SessionUser, contactId: string, opts?: ServiceOptions): Promise<ContactDetail> {
  assertCan(user, "contact:read");
  return readContact(dbFor(opts), user, contactId);
}
