// Rows nested as JSON inside one SQL statement (docs/decisions/0028-detail-reads-in-one-statement.md)
// revived into the query builder's row types: PostgreSQL's JSON writes a `date` as "2026-11-30",
// a `timestamp(3)` without its zone (stored as UTC) and a `numeric` as a number.
import { Prisma } from "@/lib/db";
import type { CaseTrackEntry, Contact, IsolationPlan, Person, PlanPhase } from "@/lib/generated/prisma/client";

export type Json = Record<string, unknown>;

/** A `date` → the Date the query builder gives (UTC midnight). */
export const day = (v: unknown): Date => new Date(`${String(v)}T00:00:00.000Z`);
export const dayOrNull = (v: unknown): Date | null => (v == null ? null : day(v));
/** A `timestamp(3)` → Date. */
export const instant = (v: unknown): Date => new Date(/(Z|[+-]\d\d:\d\d)$/.test(String(v)) ? String(v) : `${String(v)}Z`);
export const instantOrNull = (v: unknown): Date | null => (v == null ? null : instant(v));
export const decimal = (v: unknown): Prisma.Decimal => new Prisma.Decimal(String(v));
export const decimalOrNull = (v: unknown): Prisma.Decimal | null => (v == null ? null : decimal(v));

export const personRow = (p: Json): Person => ({ ...(p as unknown as Person), birthDate: dayOrNull(p.birthDate), createdAt: instant(p.createdAt), updatedAt: instant(p.updatedAt) });

export const contactRow = (c: Json): Contact => ({
  ...(c as unknown as Contact),
  lastExposureDate: day(c.lastExposureDate),
  identifiedDate: day(c.identifiedDate),
  riskNoticeDate: dayOrNull(c.riskNoticeDate),
  statusDate: dayOrNull(c.statusDate),
  placedAt: instantOrNull(c.placedAt),
  createdAt: instant(c.createdAt),
  updatedAt: instant(c.updatedAt),
});

export const planRow = (p: Json): IsolationPlan => ({ ...(p as unknown as IsolationPlan), releaseDate: day(p.releaseDate), createdAt: instant(p.createdAt) });

export const phaseRow = (p: Json): PlanPhase => ({ ...(p as unknown as PlanPhase), startDate: day(p.startDate), endDate: day(p.endDate) });

export const trackEntryRow = (e: Json): CaseTrackEntry => ({ ...(e as unknown as CaseTrackEntry), date: day(e.date), removedAt: instantOrNull(e.removedAt) });
