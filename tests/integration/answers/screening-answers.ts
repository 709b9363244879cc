// Producers of real answers for the screening operations. See registry-answers.ts.
import { createScreeningItem } from "@/lib/screening/add-items";
import { getScreeningItem, listScreening } from "@/lib/screening/list-items";
import { recordAttempt } from "@/lib/screening/record-attempt";
import { resolveScreeningItem } from "@/lib/screening/resolve-item";
import { nextId, WENCHUAN } from "../registry/fixtures";
import type { Producer, Scenario } from "./registry-answers";

const opts = (s: Scenario) => ({ now: s.now });
const entry = () => ({ name: "排查甲", phone: "13900000000", idNumber: nextId(), reason: "途经风险地区", sourceArea: "成都市", arrivalDate: "2026-03-09", pushedAt: "2026-03-10 08:00" });

export const SCREENING_PRODUCERS: Record<string, Producer> = {
  createScreeningItem: async (s) => {
    const a = await createScreeningItem(s.u.mk, entry(), opts(s));
    const b = await createScreeningItem(s.u.mk, entry(), opts(s));
    [s.ids.screening, s.ids.screening2] = [a.id, b.id];
    s.versions.screening = a.version;
    return [a, b];
  },
  recordScreeningAttempt: async (s) => {
    const item = await recordAttempt(s.u.mk, s.ids.screening!, { version: s.versions.screening!, method: "PHONE", note: "无人接听" }, opts(s));
    s.versions.screening = item.version;
    return [item];
  },
  getScreeningItem: async (s) => [await getScreeningItem(s.u.mk, s.ids.screening!, opts(s)), await getScreeningItem(s.u.official, s.ids.screening!, opts(s))],
  listScreening: async (s) => [await listScreening(s.u.mk, {}, opts(s)), await listScreening(s.u.official, { status: "ALL" }, opts(s))],
  resolveScreeningItem: async (s) => {
    const monitored = await resolveScreeningItem(s.u.mk, s.ids.screening!, { version: s.versions.screening!, outcome: "MONITORING", startDate: "2026-03-10", note: "居家监测" }, opts(s));
    const b = await getScreeningItem(s.u.mk, s.ids.screening2!, opts(s));
    const forwarded = await resolveScreeningItem(s.u.mk, b.id, { version: b.version, outcome: "FORWARD", toCountyCode: WENCHUAN }, opts(s));
    return [monitored, forwarded];
  },
};
