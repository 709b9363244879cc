// A screening item as its viewer may see it: staff of the holding county in full; officials
// masked (name initial, last 4 of phone and ID, no free text). A forwarded item holds no
// personal data in the sending county to begin with (forward-item.ts).
import type { SessionUser } from "@/lib/auth/user";
import { fromDbDateOrNull } from "@/lib/calendar";
import type { ScreeningAttempt, ScreeningItem } from "@/lib/generated/prisma/client";
import { maskName, maskTail, seesFull } from "@/lib/privacy/mask";
import { minutesLeft } from "./time";

export type ScreeningRowWithAttempts = ScreeningItem & { attempts: ScreeningAttempt[] };

export const attemptsInclude = { attempts: { orderBy: [{ at: "asc" as const }, { id: "asc" as const }] } };

export function screeningItemView(user: SessionUser, item: ScreeningRowWithAttempts, now: Date = new Date()) {
  const full = seesFull(user);
  const open = item.status === "OPEN";
  return {
    id: item.id,
    countyCode: item.countyCode,
    name: full ? item.name : maskName(item.name),
    phone: full ? item.phone : maskTail(item.phone, 4),
    idType: item.idType,
    idNumber: full ? item.idNumber : maskTail(item.idNumber, 4),
    reason: item.reason,
    sourceArea: item.sourceArea,
    arrivalDate: fromDbDateOrNull(item.arrivalDate),
    pushedAt: item.pushedAt.toISOString(),
    receivedAt: item.receivedAt.toISOString(),
    dueAt: item.dueAt.toISOString(),
    status: item.status,
    minutesLeft: open ? minutesLeft(item.dueAt, now) : null,
    onTime: item.resolvedAt ? item.resolvedAt.getTime() <= item.dueAt.getTime() : null,
    resolvedAt: item.resolvedAt?.toISOString() ?? null,
    resolvedByName: item.resolvedByName,
    resolutionNote: full ? item.resolutionNote : null,
    contactId: item.contactId,
    monitoringStart: fromDbDateOrNull(item.monitoringStart),
    forwardedToCounty: item.forwardedToCounty,
    forwardedFromCounty: item.forwardedFromCounty,
    attempts: item.attempts.map((a) => ({ id: a.id, at: a.at.toISOString(), method: a.method, note: full ? a.note : null, createdByName: a.createdByName })),
    version: item.version,
    masked: !full,
    hidden: full ? [] : ["resolutionNote", "attempts.note"],
  };
}
export type ScreeningItemView = ReturnType<typeof screeningItemView>;
