// Producers of real answers for transmission chains and the daily bulletin. See registry-answers.ts.
import { getCaseChain, getCountyChains } from "@/lib/chains/get-chains";
import { getBulletin, listBulletins, listPublishedBulletins } from "@/lib/bulletins/list-bulletins";
import { correctBulletin, createBulletin, publishBulletin, reviewBulletin, updateBulletin } from "@/lib/bulletins/workflow";
import { MAERKANG } from "../registry/fixtures";
import type { Producer, Scenario } from "./registry-answers";

const opts = (s: Scenario) => ({ now: s.now });

export const CHAINS_BULLETINS_PRODUCERS: Record<string, Producer> = {
  getCaseChain: async (s) => [await getCaseChain(s.u.mk, s.ids.case!, {}, opts(s)), await getCaseChain(s.u.official, s.ids.case!, {}, opts(s))],
  getCountyChains: async (s) => [await getCountyChains(s.u.mk, {}, opts(s)), await getCountyChains(s.u.official, { countyCode: MAERKANG, from: "2026-02-01", to: "2026-03-10" }, opts(s))],
  createBulletin: async (s) => {
    const b = await createBulletin(s.u.official, { date: "2026-03-09" }, opts(s));
    s.ids.bulletin = b.id;
    s.versions.bulletin = b.version;
    return [b];
  },
  listBulletins: async (s) => [{ items: await listBulletins(s.u.official, opts(s)) }],
  getBulletin: async (s) => [await getBulletin(s.u.official, s.ids.bulletin!, opts(s))],
  updateBulletin: async (s) => {
    const b = await updateBulletin(s.u.official, s.ids.bulletin!, { version: s.versions.bulletin!, title: "3月9日通报", body: "正文" }, opts(s));
    s.versions.bulletin = b.version;
    return [b];
  },
  reviewBulletin: async (s) => {
    const b = await reviewBulletin(s.u.official, s.ids.bulletin!, { version: s.versions.bulletin! }, opts(s));
    s.versions.bulletin = b.version;
    return [b];
  },
  publishBulletin: async (s) => [await publishBulletin(s.u.official, s.ids.bulletin!, { version: s.versions.bulletin! }, opts(s))],
  correctBulletin: async (s) => [await correctBulletin(s.u.official, s.ids.bulletin!, { correctionNote: "更正新增病例数" }, opts(s))],
  listPublicBulletins: async () => [{ items: await listPublishedBulletins() }],
};
