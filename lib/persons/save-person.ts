import type { Prisma } from "@/lib/db";
import type { Person } from "@/lib/generated/prisma/client";
import { toDbDate } from "@/lib/calendar";
import { identityKeyOf, residentIdFacts } from "./identity";
import type { PersonInput } from "./schemas";

/**
 * A new record of this county with what the user typed. Sex and birth date missing from the
 * row are read from a valid resident ID number (what was typed always wins).
 */
export async function createPerson(tx: Prisma.TransactionClient, countyCode: string, input: PersonInput): Promise<Person> {
  return tx.person.create({ data: personData(countyCode, input) });
}

/** The row createPerson writes; batches insert many at once (lib/contacts/register-batch.ts). */
export function personData(countyCode: string, input: PersonInput) {
  const idType = input.idType ?? "RESIDENT_ID";
  const facts = residentIdFacts(idType, input.idNumber);
  const birthDate = input.birthDate ?? facts?.birthDate;
  return {
    countyCode,
    name: input.name,
    sex: input.sex ?? facts?.sex ?? null,
    birthDate: birthDate ? toDbDate(birthDate) : null,
    idType,
    idNumber: input.idNumber ?? null,
    identityKey: identityKeyOf(idType, input.idNumber),
    phone: input.phone ?? null,
    address: input.address ?? null,
  };
}

/**
 * This county's existing record, completed with what it lacks from a new registration. What
 * the record already holds is never overwritten by a registration (an edit does that); the
 * differences are answered to the user with the match (lib/persons/match.ts).
 */
export async function completePerson(tx: Prisma.TransactionClient, person: Person, input: PersonInput): Promise<Person> {
  const fill: Prisma.PersonUpdateInput = {};
  if (!person.sex && input.sex) fill.sex = input.sex;
  if (!person.birthDate && input.birthDate) fill.birthDate = toDbDate(input.birthDate);
  if (!person.phone && input.phone) fill.phone = input.phone;
  if (!person.address && input.address) fill.address = input.address;
  if (!person.idNumber && input.idNumber) {
    fill.idType = input.idType ?? "RESIDENT_ID";
    fill.idNumber = input.idNumber;
    fill.identityKey = identityKeyOf(input.idType, input.idNumber);
  }
  return Object.keys(fill).length ? tx.person.update({ where: { id: person.id }, data: fill }) : person;
}
