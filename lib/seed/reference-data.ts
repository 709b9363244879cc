import type { Db } from "@/lib/db";

export const ABA_PREFECTURE = { code: "513200", nameZh: "阿坝藏族羌族自治州", nameEn: "Ngawa (Aba) Tibetan and Qiang Autonomous Prefecture" };

/** The 13 county-level units of Aba with their official administrative division codes. */
export const ABA_COUNTIES = [
  { code: "513201", nameZh: "马尔康市", nameEn: "Barkam (Maerkang) City" },
  { code: "513221", nameZh: "汶川县", nameEn: "Wenchuan County" },
  { code: "513222", nameZh: "理县", nameEn: "Li County" },
  { code: "513223", nameZh: "茂县", nameEn: "Mao County" },
  { code: "513224", nameZh: "松潘县", nameEn: "Songpan County" },
  { code: "513225", nameZh: "九寨沟县", nameEn: "Jiuzhaigou County" },
  { code: "513226", nameZh: "金川县", nameEn: "Jinchuan County" },
  { code: "513227", nameZh: "小金县", nameEn: "Xiaojin County" },
  { code: "513228", nameZh: "黑水县", nameEn: "Heishui County" },
  { code: "513230", nameZh: "壤塘县", nameEn: "Rangtang County" },
  { code: "513231", nameZh: "阿坝县", nameEn: "Aba (Ngawa) County" },
  { code: "513232", nameZh: "若尔盖县", nameEn: "Zoige (Ruo'ergai) County" },
  { code: "513233", nameZh: "红原县", nameEn: "Hongyuan County" },
] as const;

/**
 * Idempotent: creates the prefecture and its counties where missing, so it is safe on every
 * start. Rows that exist are left alone: administrators rename, add and deactivate counties
 * (/admin/reference), and a restart must not undo that.
 */
export async function seedReferenceData(db: Db): Promise<void> {
  await db.jurisdiction.createMany({
    data: [
      { ...ABA_PREFECTURE, level: "PREFECTURE" },
      ...ABA_COUNTIES.map((county) => ({ ...county, level: "COUNTY" as const, parentCode: ABA_PREFECTURE.code })),
    ],
    skipDuplicates: true,
  });
}
