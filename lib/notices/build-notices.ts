// What printed notices say (docs/decisions/0019-screening-queue.md, "Notices"): per contact, the
// notice its category and phase call for, with the plan's dates as stored from the engine, or
// the reason none can be issued. The county's name is added by the page in its language.
import { assertCan } from "@/lib/auth/permissions";
import { countyScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/user";
import { fromDbDate, fromDbDateOrNull } from "@/lib/calendar";
import { loadCase } from "@/lib/cases/load-case";
import { activePlan, toEnginePlan } from "@/lib/contacts/plan-store";
import type { Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { NoticeKind } from "@/lib/generated/prisma/client";
import { compareDates } from "@/lib/isolation/dates";
import { phaseOn } from "@/lib/isolation/plan-ops";
import { releaseRefusal } from "@/lib/isolation/release";
import type { IsolationPlan, PhaseKind } from "@/lib/isolation/types";
import { seesFull } from "@/lib/privacy/mask";
import { dbFor, todayFor, type ServiceOptions } from "@/lib/transaction";
import { parseInput } from "@/lib/validation/parse-input";
import { MAX_NOTICES, printNoticesSchema, type NoticeChoice } from "./schemas";

export interface NoticeDoc {
  contactId: string;
  kind: NoticeKind;
  countyCode: string;
  name: string;
  idNumber: string | null;
  category: "CLOSE" | "SECONDARY" | "GENERAL";
  lastExposureDate: string;
  identifiedDate: string;
  plan: IsolationPlan;
  /** Isolation notices: the phase the notice is about. */
  phase: PhaseKind | null;
  /** Release certificates: the day released (or releasable, today). */
  releasedOn: string | null;
}
export interface Skipped {
  contactId: string;
  name: string;
  key: string;
  values: Record<string, string | number>;
}

type Row = Prisma.ContactGetPayload<{ include: { person: true } }>;

const skip = (c: Row, key: string, values: Record<string, string | number> = {}): Skipped => ({ contactId: c.id, name: c.person.name, key, values });

/** The phase an isolation notice is about: the one in force today, else the first still to come. */
function isolationPhase(plan: IsolationPlan, today: string): PhaseKind | null {
  return phaseOn(plan, today) ?? plan.phases.find((p) => compareDates(p.startDate, today) > 0)?.kind ?? null;
}

async function docFor(tx: Prisma.TransactionClient, c: Row, choice: NoticeChoice, today: string): Promise<NoticeDoc | Skipped> {
  if (c.status !== "ACTIVE" && !(choice === "release" && c.status === "RELEASED")) return skip(c, "errors.notices.notActive");
  const row = await activePlan(tx, c.id);
  if (!row) return skip(c, "registry.errors.noActivePlan");
  const plan = toEnginePlan(row);
  const kind: NoticeChoice = choice === "auto" ? (c.category === "GENERAL" ? "risk" : "isolation") : choice;
  const base = { contactId: c.id, countyCode: c.countyCode, name: c.person.name, idNumber: c.person.idNumber, category: c.category, lastExposureDate: fromDbDate(c.lastExposureDate), identifiedDate: fromDbDate(c.identifiedDate), plan };
  if (kind === "risk") {
    if (c.category !== "GENERAL") return skip(c, "errors.notices.riskOnlyGeneral");
    return { ...base, kind: "RISK", phase: "MEDICAL_OBSERVATION", releasedOn: null };
  }
  if (kind === "isolation") {
    if (c.category === "GENERAL") return skip(c, "errors.notices.isolationNotForGeneral");
    const phase = isolationPhase(plan, today);
    if (!phase) return skip(c, "errors.notices.noPhase");
    return { ...base, kind: phase === "CENTRALIZED_ISOLATION" ? "CENTRALIZED_ISOLATION" : "HOME_ISOLATION", phase, releasedOn: null };
  }
  // Release certificate: the release rule of lib/isolation, as the release itself applies it.
  if (c.status === "RELEASED") return { ...base, kind: "RELEASE", phase: null, releasedOn: fromDbDateOrNull(c.statusDate) ?? plan.releaseDate };
  const results = await tx.testResult.findMany({ where: { contactId: c.id }, select: { sampleDate: true, result: true } });
  const refusal = releaseRefusal(plan, results.map((r) => ({ date: fromDbDate(r.sampleDate), result: r.result })), today);
  if (refusal) return skip(c, `registry.errors.${refusal.reason}`, refusal.values);
  return { ...base, kind: "RELEASE", phase: null, releasedOn: today };
}

/**
 * The notices to print for the chosen contacts (or a case's contacts: close, general and the
 * secondary contacts of its close contacts), in the user's county. Personal data in full: only
 * roles that see it may print (403 otherwise).
 */
export async function buildNotices(user: SessionUser, input: unknown, opts?: ServiceOptions): Promise<{ notices: NoticeDoc[]; skipped: Skipped[] }> {
  assertCan(user, "contact:read");
  if (!seesFull(user)) throw new AppError("FORBIDDEN", "errors.notices.personalDataOnly");
  const f = parseInput(printNoticesSchema, input);
  const tx = dbFor(opts) as Prisma.TransactionClient;
  const today = todayFor(opts);
  let where: Prisma.ContactWhereInput = { id: { in: f.ids } };
  if (f.caseId) {
    const source = await loadCase(tx, user, f.caseId);
    where = { OR: [{ sourceCaseId: source.id }, { sourceContact: { sourceCaseId: source.id } }], status: { not: "MERGED" } };
  }
  const contacts = await tx.contact.findMany({ where: { ...where, ...countyScope(user) }, include: { person: true }, orderBy: [{ category: "asc" }, { createdAt: "asc" }, { id: "asc" }], take: MAX_NOTICES + 1 });
  if (contacts.length > MAX_NOTICES) throw new AppError("VALIDATION", "errors.notices.tooMany", { max: MAX_NOTICES });
  const notices: NoticeDoc[] = [];
  const skipped: Skipped[] = [];
  for (const c of contacts) {
    const doc = await docFor(tx, c, f.kind, today);
    if ("key" in doc) skipped.push(doc);
    else notices.push(doc);
  }
  return { notices, skipped };
}
