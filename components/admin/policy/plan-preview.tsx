"use client";

import { useTranslations } from "next-intl";
import type { IsolationPlan } from "@/lib/isolation/types";

/** A computed plan, compact: phases with their dates, tests, release date. */
export function PlanPreview({ title, plan, testId }: { title: string; plan: IsolationPlan; testId: string }) {
  const t = useTranslations("admin.policy");
  const td = useTranslations("domain");
  return (
    <section className="space-y-2 rounded-md border border-slate-200 p-3 text-sm" data-testid={testId}>
      <h3 className="font-medium">{title}</h3>
      {plan.phases.length ? (
        <ul className="space-y-0.5">
          {plan.phases.map((p) => (
            <li key={p.kind}>
              {td(`phase.${p.kind}`)} {p.startDate} – {p.endDate}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-slate-600">{t("noPhases")}</p>
      )}
      <p>
        <span className="text-slate-500">{t("previewTests")}: </span>
        {plan.tests.map((x) => (x.doubleSample ? `${x.date} (${t("doubleSample")})` : x.date)).join(", ")}
      </p>
      <p className="font-medium" data-testid={`${testId}-release`}>
        {t("previewRelease", { date: plan.releaseDate })}
      </p>
    </section>
  );
}
