// Prefecture officials see personal data only masked (docs/architecture.md#access): a name's
// first character, the last four characters of a document or phone number; birth date,
// address and every free-text field are withheld — a note may hold a phone number or a name.
// A withheld field is listed in `hidden`, so pages show "已隐藏 / hidden", not "none".
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";

export function seesFull(user: Pick<SessionUser, "role">): boolean {
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
  /** True when name, document and phone are masked for this viewer. */
  masked: boolean;
  /** Fields withheld from this viewer. */
  hidden: string[];
}

export function maskPerson(user: SessionUser, person: Omit<PersonView, "masked" | "hidden">): PersonView {
  if (seesFull(user)) return { ...person, masked: false, hidden: [] };
  return {
    ...person,
    name: maskName(person.name),
    birthDate: null,
    idNumber: maskTail(person.idNumber, 4),
    phone: maskTail(person.phone, 4),
    address: null,
    masked: true,
    hidden: ["birthDate", "address"],
  };
}

export function personName(user: SessionUser, name: string): string {
  return seesFull(user) ? name : maskName(name);
}

/**
 * Free-text fields of a record for this viewer: the values for those who see personal data in
 * full; for others every named field becomes null and is listed in `hidden`.
 */
export function freeText<K extends string>(user: SessionUser, values: Record<K, string | null>): Record<K, string | null> & { hidden: K[] } {
  if (seesFull(user)) return { ...values, hidden: [] };
  const keys = Object.keys(values) as K[];
  return { ...(Object.fromEntries(keys.map((k) => [k, null])) as Record<K, null>), hidden: keys };
}

// ---------------------------------------------------------------- audit snapshots
// No full ID number or phone is stored in the audit trail (docs/decisions/0015-audit-trail.md):
// fields that hold one are masked to their last four characters, and numbers that look like a
// resident ID or a mobile phone inside any other text (a note) are masked the same way.
const SNAPSHOT_MASKED_KEYS: ReadonlySet<string> = new Set(["idNumber", "phone", "identityKey"]);
const RESIDENT_ID_IN_TEXT = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g;
const MOBILE_IN_TEXT = /(?<!\d)(?:\+?86[- ]?)?1[3-9]\d{9}(?!\d)/g;

export function maskInText(text: string): string {
  const tail = (m: string) => maskTail(m, 4)!;
  return text.replace(RESIDENT_ID_IN_TEXT, tail).replace(MOBILE_IN_TEXT, tail);
}

/** A JSON value with every ID number and phone masked (a new value; the input is not changed). */
export function maskSnapshot(value: unknown, key?: string): unknown {
  if (typeof value === "string") return key && SNAPSHOT_MASKED_KEYS.has(key) ? maskTail(value, 4) : maskInText(value);
  if (Array.isArray(value)) return value.map((v) => maskSnapshot(v));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskSnapshot(v, k)]));
  }
  return value;
}
