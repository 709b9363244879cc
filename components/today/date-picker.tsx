import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { addDays } from "@/lib/isolation/dates";

const LINK =
  "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600";

/** Looks at another day's tasks: a GET form (?date=), plus previous / today / next links. */
export function TaskDatePicker({ date, today }: { date: string; today: string }) {
  const t = useTranslations("today.picker");
  return (
    <div className="flex flex-wrap items-end gap-2" data-testid="task-date-picker">
      <Link className={LINK} href={`/today?date=${addDays(date, -1)}`} rel="nofollow">
        ← {t("previous")}
      </Link>
      <Link className={LINK} href="/today" aria-current={date === today ? "date" : undefined}>
        {t("today")}
      </Link>
      <Link className={LINK} href={`/today?date=${addDays(date, 1)}`} rel="nofollow">
        {t("next")} →
      </Link>
      <form method="get" action="/today" className="flex shrink-0 items-end gap-2">
        <label htmlFor="task-date" className="sr-only">
          {t("label")}
        </label>
        <Input id="task-date" name="date" type="date" defaultValue={date} required className="w-40" />
        <Button type="submit" variant="secondary" className="whitespace-nowrap">
          {t("show")}
        </Button>
      </form>
    </div>
  );
}
