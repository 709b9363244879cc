import type { SessionUser } from "@/lib/auth/user";
import type { Person } from "@/lib/generated/prisma/client";
import { fromDbDateOrNull } from "@/lib/calendar";
import { maskPerson, type PersonView } from "@/lib/privacy/mask";

export function personView(user: SessionUser, p: Person): PersonView {
  return maskPerson(user, {
    id: p.id,
    name: p.name,
    sex: p.sex,
    birthDate: fromDbDateOrNull(p.birthDate),
    idType: p.idType,
    idNumber: p.idNumber,
    phone: p.phone,
    address: p.address,
  });
}
