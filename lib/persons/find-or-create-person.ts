import type { Prisma } from "@/lib/db";
import type { Person } from "@/lib/generated/prisma/client";
import { toDbDate } from "@/lib/calendar";
import type { PersonInput } from "./schemas";

/** How a row's person would be matched: by ID number first, then by name + phone. */
export function personKey(p: Pick<PersonInput, "idNumber" | "name" | "phone">): string | null {
  if (p.idNumber) return `id:${p.idNumber.toUpperCase()}`;
  if (p.phone) return `np:${p.name}\u0000${p.phone}`;
  return null;
}

export async function findPerson(tx: Prisma.TransactionClient, input: PersonInput): Promise<Person | null> {
  if (input.idNumber) return tx.person.findUnique({ where: { idNumber: input.idNumber } });
  if (input.phone) {
    return tx.person.findFirst({ where: { name: input.name, phone: input.phone }, orderBy: { createdAt: "asc" } });
  }
  return null;
}

/**
 * One human, one Person row: an existing person found by ID number (then name + phone) is
 * linked, and only fields it lacks are filled in (a registration never overwrites what an
 * earlier one recorded).
 */
export async function findOrCreatePerson(
  tx: Prisma.TransactionClient,
  input: PersonInput,
): Promise<{ person: Person; created: boolean }> {
  const existing = await findPerson(tx, input);
  if (existing) {
    const fill: Prisma.PersonUpdateInput = {};
    if (!existing.sex && input.sex) fill.sex = input.sex;
    if (!existing.birthDate && input.birthDate) fill.birthDate = toDbDate(input.birthDate);
    if (!existing.phone && input.phone) fill.phone = input.phone;
    if (!existing.address && input.address) fill.address = input.address;
    if (!existing.idNumber && input.idNumber) {
      fill.idNumber = input.idNumber;
      fill.idType = input.idType ?? "RESIDENT_ID";
    }
    const person = Object.keys(fill).length ? await tx.person.update({ where: { id: existing.id }, data: fill }) : existing;
    return { person, created: false };
  }
  const person = await tx.person.create({
    data: {
      name: input.name,
      sex: input.sex ?? null,
      birthDate: input.birthDate ? toDbDate(input.birthDate) : null,
      idType: input.idType ?? "RESIDENT_ID",
      idNumber: input.idNumber ?? null,
      phone: input.phone ?? null,
      address: input.address ?? null,
    },
  });
  return { person, created: true };
}
