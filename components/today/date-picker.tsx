import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { addDays } from "@/lib/isolation/dates";

const LINK =
  "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600";

/**
 * Looks at another day's tasks: a GET form (?date=), plus previous / today / next links. The
 * filters in force (`keep`, e.g. assignedTo=me) go along, so changing the day keeps the view.
 */
export function TaskDatePicker({ date, today, keep = {} }: { date: string; today: string; keep?: Record<string, string> }) {
  const t = useTranslations("today.picker");
  const href = (day: string | null) => {
    const q = new URLSearchParams();
    if (day) q.set("date", day);
    for (const [k, v] of Object.entries(keep)) q.set(k, v);
    const s = q.toString();
    return s ? `/today?${s}` : "/today";
  };
  return (
    <div className="flex flex-wrap items-end gap-2" data-testid="task-date-picker">
      <Link className={LINK} href={href(addDays(date, -1))} rel="nofollow">
        ← {t("previous")}
      </Link>
      <Link className={LINK} href={href(null)} aria-current={date === today ? "date" : undefined}>
        {t("today")}
      </Link>
      <Link className={LINK} href={href(addDays(date, 1))} rel="nofollow">
        {t("next")} →
      </Link>
      <form method="get" action="/today" className="flex shrink-0 items-end gap-2">
        <label htmlFor="task-date" className="sr-only">
          {t("label")}
        </label>
        <Input id="task-date" name="date" type="date" defaultValue={date} required className="w-40" />
        {Object.entries(keep).map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        <Button type="submit" variant="secondary" className="whitespace-nowrap">
          {t("show")}
        </Button>
      </form>
    </div>
  );
}
