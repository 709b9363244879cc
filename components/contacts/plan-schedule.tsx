import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { PhaseBadge } from "@/components/ui/domain-badges";
import { Table } from "@/components/ui/table";
import { diffDays } from "@/lib/isolation/dates";
import type { TimelinePlan } from "./plan-timeline";
import { outcomeOf, type Outcome } from "./test-outcome";

const OUTCOME_TONE = { NEGATIVE: "green", POSITIVE: "red", PENDING: "amber", MISSING: "red", UPCOMING: "slate" } as const;

/** The plan as text — the accessible equivalent of the timeline chart, and the exact dates. */
export function PlanSchedule({
  plan,
  extensions,
  results,
  lastExposureDate,
  today,
}: {
  plan: TimelinePlan;
  extensions: { phase: string; previousEnd: string; newEnd: string; reason: string | null; hidden: string[] }[];
  results: { sampleDate: string; result: string }[];
  lastExposureDate: string;
  today: string;
}) {
  const t = useTranslations("contacts.timeline");
  const td = useTranslations("domain");
  const outcomeLabel = (o: Outcome) =>
    o === "MISSING" ? t("outcomeMissing") : o === "UPCOMING" ? t("outcomeUpcoming") : td(`testResult.${o}`);
  const firstEnd = (kind: string) => extensions.find((e) => e.phase === kind)?.previousEnd;

  return (
    <div className="space-y-4" data-testid="plan-schedule">
      <div className="space-y-2">
        <h3 className="text-sm font-medium text-slate-700">{t("phasesCaption")}</h3>
        {plan.phases.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noPhases")}</p>
        ) : (
          <Table
            caption={t("phasesCaption")}
            headers={[t("phase"), t("start"), t("end"), t("days")]}
            empty="—"
            rows={plan.phases.map((p) => {
              const original = firstEnd(p.kind);
              return {
                key: p.kind,
                cells: [
                  <PhaseBadge key="p" phase={p.kind} />,
                  p.startDate,
                  <span key="e">
                    {p.endDate}
                    {original ? <span className="ml-2 text-xs text-amber-800">{t("extended", { previous: original })}</span> : null}
                  </span>,
                  diffDays(p.endDate, p.startDate) + 1,
                ],
              };
            })}
          />
        )}
      </div>
      <div className="space-y-2">
        <h3 className="text-sm font-medium text-slate-700">{t("testsCaption")}</h3>
        <Table
          caption={t("testsCaption")}
          headers={[t("date"), t("day"), t("phase"), t("outcome")]}
          empty={t("noTests")}
          rows={plan.tests.map((x) => {
            const o = outcomeOf(x.date, results, today);
            return {
              key: x.date,
              cells: [
                x.date,
                t("dayValue", { day: diffDays(x.date, lastExposureDate) }),
                <span key="p" className="flex flex-wrap items-center gap-1">
                  {td(`phase.${x.phase as "CENTRALIZED_ISOLATION"}`)}
                  {x.doubleSample ? <Badge tone="violet">{td("doubleSample")}</Badge> : null}
                </span>,
                <span key="o" data-outcome={o}>
                  <Badge tone={OUTCOME_TONE[o]}>{outcomeLabel(o)}</Badge>
                </span>,
              ],
            };
          })}
        />
      </div>
      {extensions.length ? (
        <div className="space-y-1">
          <h3 className="text-sm font-medium text-slate-700">{t("extensions")}</h3>
          <ul className="list-disc space-y-0.5 pl-5 text-sm text-slate-700" data-testid="extensions">
            {extensions.map((e, i) => (
              <li key={i}>
                {t("extensionLine", { phase: td(`phase.${e.phase as "CENTRALIZED_ISOLATION"}`), previous: e.previousEnd, next: e.newEnd, reason: e.hidden.includes("reason") ? td("hidden") : (e.reason ?? "") })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
