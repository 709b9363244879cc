import type { Prisma } from "@/lib/db";
import type { Person } from "@/lib/generated/prisma/client";
import { toDbDate } from "@/lib/calendar";
import { validationError } from "@/lib/errors";
import type { PersonInput } from "./schemas";

/** Applies the person fields of an edit; an ID number already held by another person is refused. */
export async function updatePersonFields(
  tx: Prisma.TransactionClient,
  person: Person,
  input: Partial<PersonInput>,
): Promise<Person> {
  if (input.idNumber !== undefined && input.idNumber !== person.idNumber) {
    const holder = await tx.person.findUnique({ where: { idNumber: input.idNumber } });
    if (holder && holder.id !== person.id) {
      throw validationError([{ path: "idNumber", key: "registry.errors.idNumberTaken" }]);
    }
  }
  const data: Prisma.PersonUpdateInput = {
    name: input.name,
    sex: input.sex,
    birthDate: input.birthDate === undefined ? undefined : toDbDate(input.birthDate),
    idType: input.idType,
    idNumber: input.idNumber,
    phone: input.phone,
    address: input.address,
  };
  if (Object.values(data).every((v) => v === undefined)) return person;
  return tx.person.update({ where: { id: person.id }, data });
}
