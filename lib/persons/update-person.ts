import type { SessionUser } from "@/lib/auth/user";
import { openAssists } from "@/lib/assists/open-assist";
import type { Prisma } from "@/lib/db";
import type { Person } from "@/lib/generated/prisma/client";
import { toDbDate } from "@/lib/calendar";
import { lockIdentities } from "@/lib/db-locks";
import { validationError } from "@/lib/errors";
import { identityKeyOf } from "./identity";
import { findMatches } from "./match";
import type { PersonInput } from "./schemas";

/**
 * Applies the person fields of an edit to this county's own record (another county's record
 * is never reachable: the record edited is the one the county's case or contact points to).
 * A document already held by another record of the county is refused — the two are merged
 * instead (lib/persons/merge-persons.ts). A new document another county manages opens a 协查
 * when this record is under management here.
 */
export async function updatePersonFields(
  tx: Prisma.TransactionClient,
  user: SessionUser,
  person: Person,
  input: Partial<PersonInput>,
  managedHere: { contactId?: string; caseId?: string } = {},
): Promise<Person> {
  const idType = input.idType ?? person.idType;
  const idNumber = input.idNumber ?? person.idNumber;
  const identityKey = identityKeyOf(idType, idNumber);
  const identityChanged = identityKey !== person.identityKey;
  if (identityChanged && identityKey) {
    await lockIdentities(tx, person.countyCode, [identityKey]);
    const holder = await tx.person.findFirst({ where: { countyCode: person.countyCode, identityKey, id: { not: person.id } }, select: { id: true } });
    if (holder) throw validationError([{ path: "idNumber", key: "registry.errors.idNumberTaken", values: { personId: holder.id } }]);
  }
  const data: Prisma.PersonUpdateInput = {
    name: input.name,
    sex: input.sex,
    birthDate: input.birthDate === undefined ? undefined : toDbDate(input.birthDate),
    idType: input.idType,
    idNumber: input.idNumber,
    phone: input.phone,
    address: input.address,
    ...(identityChanged ? { identityKey } : {}),
  };
  if (Object.values(data).every((v) => v === undefined)) return person;
  const updated = await tx.person.update({ where: { id: person.id }, data });
  if (identityChanged && identityKey && (managedHere.contactId || managedHere.caseId)) {
    const [matches] = await findMatches(tx, person.countyCode, [{ name: updated.name, idType, idNumber: idNumber ?? undefined }]);
    await openAssists(tx, user, { fromPersonId: person.id, fromCountyCode: person.countyCode, fromContactId: managedHere.contactId, fromCaseId: managedHere.caseId }, matches ?? []);
  }
  return updated;
}
