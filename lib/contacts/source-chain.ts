import { assertCan } from "@/lib/auth/permissions";
import { countyScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/user";
import type { ContactCategory, ContactStatus, CaseClassification } from "@/lib/generated/prisma/enums";
import { personName } from "@/lib/privacy/mask";
import { dbFor, type ServiceOptions } from "@/lib/transaction";

export type ChainLink =
  | { kind: "CASE"; id: string; name: string; classification: CaseClassification; fromContactId: string | null }
  | { kind: "CONTACT"; id: string; name: string; category: ContactCategory; status: ContactStatus }
  /** A source the user may not see (another county's record). */
  | { kind: "HIDDEN" };

export interface RelatedContact {
  id: string;
  name: string;
  category: ContactCategory;
  previousCategory: ContactCategory | null;
  status: ContactStatus;
}

export interface SourceChain {
  /** From the first known source down to (not including) the contact itself. */
  chain: ChainLink[];
  /** The contacts exposed to this one (its secondary contacts, upgraded ones included). */
  exposed: RelatedContact[];
  /** The case this contact became after a positive result. */
  resultingCase: { id: string; name: string } | null;
}

const MAX_DEPTH = 8;

/**
 * The exposure chain above a contact — case → close contact → secondary contact, and further
 * up when a case arose from a contact that turned positive — plus the contacts exposed to it
 * and the case it became. Every read is scoped; a source in another county shows as hidden.
 */
export async function getSourceChain(user: SessionUser, contact: { id: string; category: ContactCategory; sourceCaseId: string | null; sourceContactId: string | null }, opts?: ServiceOptions): Promise<SourceChain> {
  assertCan(user, "contact:read");
  const db = dbFor(opts);
  const scope = countyScope(user);

  const [exposedRows, resulting] = await Promise.all([
    db.contact.findMany({
      where: { sourceContactId: contact.id, ...scope },
      select: { id: true, category: true, previousCategory: true, status: true, person: { select: { name: true } } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    db.case.findFirst({ where: { sourceContactId: contact.id, ...scope }, select: { id: true, person: { select: { name: true } } } }),
  ]);

  const chain: ChainLink[] = [];
  // A secondary contact hangs under its close contact; every other contact under its case.
  let next: { kind: "CASE" | "CONTACT"; id: string } | null =
    contact.category === "SECONDARY" && contact.sourceContactId
      ? { kind: "CONTACT", id: contact.sourceContactId }
      : contact.sourceCaseId
        ? { kind: "CASE", id: contact.sourceCaseId }
        : contact.sourceContactId
          ? { kind: "CONTACT", id: contact.sourceContactId }
          : null;
  const seen = new Set<string>([contact.id]);
  while (next && chain.length < MAX_DEPTH && !seen.has(next.id)) {
    seen.add(next.id);
    if (next.kind === "CASE") {
      const c = await db.case.findFirst({
        where: { id: next.id, ...scope },
        select: { id: true, classification: true, sourceContactId: true, person: { select: { name: true } } },
      });
      if (!c) {
        chain.unshift({ kind: "HIDDEN" });
        break;
      }
      chain.unshift({ kind: "CASE", id: c.id, name: personName(user, c.person.name), classification: c.classification, fromContactId: c.sourceContactId });
      next = c.sourceContactId ? { kind: "CONTACT", id: c.sourceContactId } : null;
    } else {
      const c = await db.contact.findFirst({
        where: { id: next.id, ...scope },
        select: { id: true, category: true, status: true, sourceCaseId: true, sourceContactId: true, person: { select: { name: true } } },
      });
      if (!c) {
        chain.unshift({ kind: "HIDDEN" });
        break;
      }
      chain.unshift({ kind: "CONTACT", id: c.id, name: personName(user, c.person.name), category: c.category, status: c.status });
      next =
        c.category === "SECONDARY" && c.sourceContactId
          ? { kind: "CONTACT", id: c.sourceContactId }
          : c.sourceCaseId
            ? { kind: "CASE", id: c.sourceCaseId }
            : null;
    }
  }

  return {
    chain,
    exposed: exposedRows.map((r) => ({
      id: r.id,
      name: personName(user, r.person.name),
      category: r.category,
      previousCategory: r.previousCategory,
      status: r.status,
    })),
    resultingCase: resulting ? { id: resulting.id, name: personName(user, resulting.person.name) } : null,
  };
}
