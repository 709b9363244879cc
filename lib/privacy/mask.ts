// Prefecture officials see personal data only masked (DESIGN.md §2).
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";

export function seesFull(user: SessionUser): boolean {
  return can(user, "personal:full");
}

export function maskName(name: string): string {
  const chars = [...name];
  return chars.length <= 1 ? "*" : `${chars[0]}${"*".repeat(Math.min(chars.length - 1, 3))}`;
}

export function maskTail(value: string | null, keep: number): string | null {
  if (value === null) return null;
  return value.length <= keep ? "*".repeat(value.length) : `${"*".repeat(value.length - keep)}${value.slice(-keep)}`;
}

export interface PersonView {
  id: string;
  name: string;
  sex: string | null;
  birthDate: string | null;
  idType: string;
  idNumber: string | null;
  phone: string | null;
  address: string | null;
}

export function maskPerson(user: SessionUser, person: PersonView): PersonView {
  if (seesFull(user)) return person;
  return {
    ...person,
    name: maskName(person.name),
    birthDate: null,
    idNumber: maskTail(person.idNumber, 4),
    phone: maskTail(person.phone, 4),
    address: null,
  };
}

export function personName(user: SessionUser, name: string): string {
  return seesFull(user) ? name : maskName(name);
}
