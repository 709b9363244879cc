import { useTranslations } from "next-intl";
import { PHASE_TONE, type Tone } from "@/components/ui/badge";
import { addDays, compareDates, diffDays, maxDate, minDate } from "@/lib/isolation/dates";
import { OUTCOME_MARK, outcomeOf, type Outcome } from "./test-outcome";

type PhaseKind = keyof typeof PHASE_TONE;

export interface TimelinePlan {
  phases: { kind: PhaseKind; startDate: string; endDate: string }[];
  tests: { date: string; phase: string; doubleSample: boolean }[];
  releaseDate: string;
}

const BAR: Record<Tone, string> = {
  red: "bg-red-100 border-red-300 text-red-900",
  amber: "bg-amber-100 border-amber-300 text-amber-900",
  violet: "bg-violet-100 border-violet-300 text-violet-900",
  sky: "bg-sky-100 border-sky-300 text-sky-900",
  slate: "bg-slate-100 border-slate-300 text-slate-900",
  teal: "bg-teal-100 border-teal-300 text-teal-900",
  green: "bg-green-100 border-green-300 text-green-900",
};

/** Days of today beyond the plan still drawn inside the chart rather than off its edge. */
const TODAY_REACH = 14;

function tickStep(days: number): number {
  return [1, 2, 3, 7, 14, 28].find((s) => days / s <= 10) ?? 56;
}

/**
 * The plan as a chart: phases as bars over the dates, each scheduled test as a marker in its
 * result's colour, and today as a vertical line. Plain positioned boxes (percentages of the
 * date range), so it needs no script and keeps its size on load. It is hidden from assistive
 * technology: the schedule tables next to it carry the same data as text.
 */
export function PlanTimeline({
  plan,
  results,
  today,
}: {
  plan: TimelinePlan;
  results: { sampleDate: string; result: string }[];
  today: string;
}) {
  const t = useTranslations("contacts.timeline");
  const tp = useTranslations("domain.phase");
  const dates = [...plan.phases.flatMap((p) => [p.startDate, p.endDate]), ...plan.tests.map((x) => x.date), plan.releaseDate];
  let start = minDate(dates[0]!, ...dates);
  let end = maxDate(dates[0]!, ...dates);
  if (compareDates(today, end) > 0 && diffDays(today, end) <= TODAY_REACH) end = today;
  if (compareDates(today, start) < 0 && diffDays(start, today) <= TODAY_REACH) start = today;
  const days = diffDays(end, start) + 1;
  const left = (date: string) => (diffDays(date, start) / days) * 100;
  const centre = (date: string) => ((diffDays(date, start) + 0.5) / days) * 100;
  const width = (from: string, to: string) => ((diffDays(to, from) + 1) / days) * 100;
  const todayInside = compareDates(today, start) >= 0 && compareDates(today, end) <= 0;
  const step = tickStep(days);
  const ticks: string[] = [];
  for (let d = 0; d < days; d += step) ticks.push(addDays(start, d));

  const summary = plan.phases.map((p) => `${tp(p.kind)} ${p.startDate}–${p.endDate}`).join("; ");

  return (
    <figure className="space-y-3" data-testid="plan-timeline">
      <figcaption className="sr-only">{t("chartLabel", { start, end, phases: summary, today })}</figcaption>
      <div className="px-5" aria-hidden="true">
        <div className="relative h-32 select-none">
          {/* day grid */}
          {ticks.map((d) => (
            <div key={d} className="absolute top-5 bottom-6 border-l border-slate-200" style={{ left: `${left(d)}%` }} />
          ))}
          {ticks.map((d) => (
            <span key={`l${d}`} className="absolute top-0 -translate-x-1/2 text-[11px] whitespace-nowrap text-slate-500 tabular-nums" style={{ left: `${centre(d)}%` }}>
              {d.slice(5)}
            </span>
          ))}
          {/* phases */}
          {plan.phases.map((p) => (
            <div
              key={p.kind}
              className={`absolute top-7 flex h-8 items-center overflow-hidden rounded border px-2 text-xs font-medium whitespace-nowrap ${BAR[PHASE_TONE[p.kind]]}`}
              style={{ left: `${left(p.startDate)}%`, width: `${width(p.startDate, p.endDate)}%` }}
              title={`${tp(p.kind)} ${p.startDate} – ${p.endDate}`}
              data-phase={p.kind}
            >
              <span className="truncate">{tp(p.kind)}</span>
            </div>
          ))}
          {/* tests */}
          {plan.tests.map((x) => {
            const outcome = outcomeOf(x.date, results, today);
            return (
              <span
                key={x.date}
                className={`absolute top-[4.6rem] size-3.5 -translate-x-1/2 rounded-full border-2 ${OUTCOME_MARK[outcome]} ${x.doubleSample ? "ring-2 ring-slate-400 ring-offset-1" : ""}`}
                style={{ left: `${centre(x.date)}%` }}
                title={`${x.date} ${t(`legend${LEGEND[outcome]}`)}`}
                data-test-date={x.date}
                data-outcome={outcome}
              />
            );
          })}
          {/* today */}
          {todayInside ? (
            <div className="absolute top-5 bottom-0 flex -translate-x-1/2 flex-col items-center" style={{ left: `${centre(today)}%` }} data-testid="timeline-today">
              <div className="w-0.5 flex-1 bg-teal-600" />
              <span className="rounded bg-teal-700 px-1.5 text-[11px] leading-4 whitespace-nowrap text-white">{t("today")}</span>
            </div>
          ) : null}
        </div>
        <p className="mt-1 flex justify-between text-xs text-slate-500 tabular-nums">
          <span>{start}</span>
          <span>{end}</span>
        </p>
      </div>
      <Legend />
    </figure>
  );
}

const LEGEND = {
  NEGATIVE: "Negative",
  POSITIVE: "Positive",
  PENDING: "Pending",
  MISSING: "Missing",
  UPCOMING: "Upcoming",
} as const satisfies Record<Outcome, string>;

function Legend() {
  const t = useTranslations("contacts.timeline");
  return (
    <ul aria-label={t("legend")} className="flex flex-wrap gap-x-4 gap-y-1 px-1 text-xs text-slate-600">
      {(Object.keys(LEGEND) as Outcome[]).map((o) => (
        <li key={o} className="flex items-center gap-1.5">
          <span aria-hidden className={`inline-block size-3 rounded-full border-2 ${OUTCOME_MARK[o]}`} />
          {t(`legend${LEGEND[o]}`)}
        </li>
      ))}
      <li className="flex items-center gap-1.5">
        <span aria-hidden className="inline-block size-3 rounded-full border-2 border-slate-500 bg-white ring-2 ring-slate-400 ring-offset-1" />
        {t("legendDouble")}
      </li>
      <li className="flex items-center gap-1.5">
        <span aria-hidden className="inline-block h-3 w-0.5 bg-teal-600" />
        {t("today")}
      </li>
    </ul>
  );
}
