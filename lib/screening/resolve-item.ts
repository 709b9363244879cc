import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";
import { recordAudit } from "@/lib/audit/record";
import { toDbDate } from "@/lib/calendar";
import { registerContacts } from "@/lib/contacts/register-contacts";
import type { Prisma } from "@/lib/db";
import { AppError, validationError } from "@/lib/errors";
import type { ScreeningStatus } from "@/lib/generated/prisma/client";
import { identityKeyOf } from "@/lib/persons/identity";
import { inTransaction, todayFor, type ServiceOptions } from "@/lib/transaction";
import { parseInput } from "@/lib/validation/parse-input";
import { forwardItem } from "./forward-item";
import { attemptsInclude, screeningItemView, type ScreeningItemView, type ScreeningRowWithAttempts } from "./item-view";
import { lockItem } from "./lock-item";
import { makeResolveSchema } from "./schemas";
import { MIN_UNREACHABLE_ATTEMPTS } from "./time";

type Resolve = ReturnType<typeof makeResolveSchema>["_zod"]["output"];
type ContactOutcome = Extract<Resolve, { outcome: "CONTACT" }>;

/** Registration errors name "contacts.0.x"; here the fields are the item's or "register.x". */
function asRegisterError(error: unknown): unknown {
  if (!(error instanceof AppError)) return error;
  const fields = error.fields.map((f) => ({ ...f, path: f.path.replace(/^contacts\.0\./, "register.") }));
  return new AppError(error.code, error.key, error.values, fields, error.details);
}

/** The contact the item is linked to: one of the county's own, or one registered now from the item. */
async function contactFor(tx: Prisma.TransactionClient, user: SessionUser, item: ScreeningRowWithAttempts, data: ContactOutcome, today: string, now: Date): Promise<string> {
  if (data.contactId) {
    const contact = await tx.contact.findFirst({ where: { id: data.contactId, countyCode: item.countyCode }, include: { person: true } });
    if (!contact) throw validationError([{ path: "contactId", key: "errors.screening.contactNotFound" }]);
    const key = identityKeyOf(item.idType, item.idNumber);
    if (key && contact.person.identityKey && key !== contact.person.identityKey) throw validationError([{ path: "contactId", key: "errors.screening.contactOtherPerson" }]);
    return contact.id;
  }
  const r = data.register!;
  const row = {
    name: item.name,
    phone: item.phone ?? undefined,
    idType: item.idType,
    idNumber: item.idNumber ?? undefined,
    category: r.category,
    lastExposureDate: r.lastExposureDate,
    identifiedDate: r.identifiedDate ?? today,
    exposureSetting: r.exposureSetting,
    onDuplicate: r.onDuplicate,
    personId: r.personId,
  };
  try {
    const { contacts } = await registerContacts(user, r.caseId, { contacts: [row] }, { db: tx, now });
    return contacts[0]!.id;
  } catch (error) {
    throw asRegisterError(error);
  }
}

/**
 * POST /api/v1/screening/{id}/resolve: the verification's outcome — registered as a contact
 * (linked), under health monitoring, forwarded to another county, or unreachable after at least
 * MIN_UNREACHABLE_ATTEMPTS recorded attempts. Final; on time when done within 24 h of receipt.
 */
export async function resolveScreeningItem(user: SessionUser, id: string, input: unknown, opts?: ServiceOptions): Promise<ScreeningItemView> {
  assertCan(user, "contact:write");
  const now = opts?.now ?? new Date();
  const today = todayFor(opts);
  const data = parseInput(makeResolveSchema(today), input);
  return inTransaction(opts, async (tx) => {
    const item = await lockItem(tx, user, id, data.version);
    if (data.outcome === "FORWARD") return forwardItem(tx, user, item, data, now);
    if (data.outcome === "UNREACHABLE" && item.attempts.length < MIN_UNREACHABLE_ATTEMPTS) {
      throw new AppError("REFUSED", "errors.screening.tooFewAttempts", { min: MIN_UNREACHABLE_ATTEMPTS, count: item.attempts.length });
    }
    const status: ScreeningStatus = data.outcome;
    const contactId = data.outcome === "CONTACT" ? await contactFor(tx, user, item, data, today, now) : null;
    const updated = await tx.screeningItem.update({
      where: { id: item.id },
      data: {
        status,
        resolvedAt: now,
        resolvedById: user.id,
        resolvedByName: user.displayName.slice(0, 50),
        resolutionNote: data.note ?? null,
        contactId,
        monitoringStart: data.outcome === "MONITORING" ? toDbDate(data.startDate) : null,
        version: { increment: 1 },
      },
      include: attemptsInclude,
    });
    await recordAudit(tx, {
      actor: user,
      action: "screening.resolve",
      entity: "ScreeningItem",
      entityId: item.id,
      countyCode: item.countyCode,
      before: { status: item.status },
      after: { status, contactId, onTime: now.getTime() <= item.dueAt.getTime(), attempts: item.attempts.length },
    });
    return screeningItemView(user, updated, now);
  });
}
