import type { SessionUser } from "@/lib/auth/user";
import { recordAudit } from "@/lib/audit/record";
import type { Prisma } from "@/lib/db";
import { ruleViolation, validationError } from "@/lib/errors";
import { maskName } from "@/lib/privacy/mask";
import { attemptsInclude, screeningItemView, type ScreeningItemView, type ScreeningRowWithAttempts } from "./item-view";
import { dueAtOf } from "./time";

/**
 * "Not in this county": the item moves to the other county's queue (a new item there, received
 * now, due 24 h later, with the attempts' history left behind), and the sender keeps a forwarded
 * record only — the name's initial, no phone, no document, no free text. Audited in both counties.
 */
export async function forwardItem(
  tx: Prisma.TransactionClient,
  user: SessionUser,
  item: ScreeningRowWithAttempts,
  data: { toCountyCode: string; note?: string },
  now: Date,
): Promise<ScreeningItemView> {
  if (data.toCountyCode === item.countyCode) throw ruleViolation("transferSameCounty", {}, "toCountyCode");
  const to = await tx.jurisdiction.findFirst({ where: { code: data.toCountyCode, level: "COUNTY" }, select: { active: true } });
  if (!to?.active) {
    const key = to ? "registry.errors.countyInactive" : "registry.errors.unknownCounty";
    throw validationError([{ path: "toCountyCode", key, values: { code: data.toCountyCode } }]);
  }
  const moved = await tx.screeningItem.create({
    data: {
      countyCode: data.toCountyCode,
      name: item.name,
      phone: item.phone,
      idType: item.idType,
      idNumber: item.idNumber,
      reason: item.reason,
      sourceArea: item.sourceArea,
      arrivalDate: item.arrivalDate,
      pushedAt: item.pushedAt,
      receivedAt: now,
      dueAt: dueAtOf(now),
      forwardedFromCounty: item.countyCode,
      // The sender's note travels as the reason it was sent on; nothing else of its work does.
      resolutionNote: null,
      createdById: user.id,
    },
  });
  const updated = await tx.screeningItem.update({
    where: { id: item.id },
    data: {
      status: "FORWARDED",
      name: maskName(item.name),
      phone: null,
      idNumber: null,
      reason: null,
      resolutionNote: null,
      resolvedAt: now,
      resolvedById: user.id,
      resolvedByName: user.displayName.slice(0, 50),
      forwardedToCounty: data.toCountyCode,
      version: { increment: 1 },
    },
    include: attemptsInclude,
  });
  // Attempt notes may hold personal data too.
  await tx.screeningAttempt.updateMany({ where: { itemId: item.id }, data: { note: null } });
  for (const countyCode of [item.countyCode, data.toCountyCode]) {
    await recordAudit(tx, {
      actor: user,
      action: "screening.forward",
      entity: "ScreeningItem",
      entityId: countyCode === item.countyCode ? item.id : moved.id,
      countyCode,
      after: { fromCounty: item.countyCode, toCounty: data.toCountyCode, fromItemId: item.id, toItemId: moved.id, onTime: now.getTime() <= item.dueAt.getTime() },
    });
  }
  return screeningItemView(user, { ...updated, attempts: updated.attempts.map((a) => ({ ...a, note: null })) }, now);
}
