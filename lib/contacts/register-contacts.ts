import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";
import { loadCase } from "@/lib/cases/load-case";
import { lockCaseRow } from "@/lib/db-locks";
import { fromDbDate } from "@/lib/calendar";
import { inTransaction, todayFor, type ServiceOptions } from "@/lib/transaction";
import { parseInput } from "@/lib/validation/parse-input";
import { registerBatch, type RegisteredContact } from "./register-batch";
import { makeRegisterContactsSchema } from "./schemas";

/** POST /api/v1/cases/{id}/contacts: close and general contacts of a case, all or nothing. */
export async function registerContacts(
  user: SessionUser,
  caseId: string,
  input: unknown,
  opts?: ServiceOptions,
): Promise<{ contacts: RegisteredContact[] }> {
  assertCan(user, "contact:write");
  const today = todayFor(opts);
  const data = parseInput(makeRegisterContactsSchema("CASE", today), input);
  return inTransaction(opts, async (tx) => {
    const source = await loadCase(tx, user, caseId);
    // Serializes registrations under one case, so "already a contact of this case" holds.
    await lockCaseRow(tx, source.id);
    const contacts = await registerBatch(
      tx,
      user,
      {
        kind: "CASE",
        id: source.id,
        countyCode: source.countyCode,
        personId: source.personId,
        classification: source.classification,
        confirmedDate: fromDbDate(source.confirmedDate),
      },
      data.contacts,
      today,
    );
    return { contacts };
  });
}
