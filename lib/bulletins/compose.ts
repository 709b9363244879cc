// The generated announcement (pure): title and body in Chinese, the language of the prefecture's
// public notices, from the figures only. Officials edit it as a draft before review.
import type { BulletinFigures } from "./bulletin-figures";

function monthDay(date: string): string {
  const [, m, d] = date.split("-");
  return `${Number(m)}月${Number(d)}日`;
}

export function composeTitle(prefectureName: string, date: string): string {
  return `${prefectureName}${monthDay(date)}疫情防控信息发布`;
}

export function composeBody(prefectureName: string, f: BulletinFigures): string {
  const day = monthDay(f.date);
  const t = f.totals;
  const lines = [`${day}0—24时，${prefectureName}新增确诊病例${t.newConfirmed}例、无症状感染者${t.newAsymptomatic}例。`];
  const withNew = f.counties.filter((c) => c.newConfirmed > 0 || c.newAsymptomatic > 0);
  if (withNew.length) {
    lines.push(`其中，${withNew.map((c) => `${c.nameZh}新增确诊病例${c.newConfirmed}例、无症状感染者${c.newAsymptomatic}例`).join("；")}。`);
  }
  lines.push(
    `截至${day}24时，${prefectureName}累计报告确诊病例${t.totalConfirmed}例、无症状感染者${t.totalAsymptomatic}例。`,
    `正在实施管控的人员${t.underManagement}人，其中密切接触者${t.close}人、次密切接触者${t.secondary}人、一般接触者${t.general}人；当日解除管控${t.released}人，到期待解除${t.releasesDue}人。`,
    "请广大群众继续做好个人防护，如有发热、干咳等症状请及时就近就医。",
  );
  return lines.join("\n");
}

/** A resident ID number or a mainland mobile number: never in a public text. */
const PERSONAL = [/\d{17}[\dXx]/, /(?<!\d)1[3-9]\d{9}(?!\d)/];

export function looksPersonal(text: string): boolean {
  return PERSONAL.some((re) => re.test(text));
}
