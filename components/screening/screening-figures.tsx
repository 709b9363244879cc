import { getLocale, getTranslations } from "next-intl/server";
import { Table } from "@/components/ui/table";
import type { SessionUser } from "@/lib/auth/user";
import { can } from "@/lib/auth/permissions";
import { listCountiesInScope, jurisdictionName } from "@/lib/jurisdictions/counties";
import { screeningCompletion } from "@/lib/screening/completion";

/**
 * Completion within 24 h per county for the items received on `date` (counts only, so
 * officials see it too). Self-contained: the dashboard renders it with one line.
 */
export async function ScreeningFigures({ user, date }: { user: SessionUser; date: string }) {
  if (!can(user, "dashboard:read")) return null;
  const t = await getTranslations("screening.figures");
  const [locale, counties] = await Promise.all([getLocale(), listCountiesInScope(user)]);
  const rows = await screeningCompletion(counties.map((c) => c.code), date);
  const name = new Map(counties.map((c) => [c.code, jurisdictionName(c, locale)]));
  const sum = (k: "received" | "onTime" | "late" | "open" | "overdue") => rows.reduce((n, r) => n + r[k], 0);
  const pct = (rate: number | null) => (rate === null ? "—" : `${(rate * 100).toFixed(1)}%`);
  const total = { received: sum("received"), onTime: sum("onTime"), late: sum("late"), open: sum("open"), overdue: sum("overdue") };
  const line = (label: string, r: typeof total & { rate: number | null }) => [
    label,
    r.received,
    r.onTime,
    r.late,
    r.open,
    <span key="o" className={r.overdue ? "font-medium text-red-700" : ""}>{r.overdue}</span>,
    <span key="r" className="tabular-nums">{pct(r.rate)}</span>,
  ];
  return (
    <section className="mt-8 space-y-2" data-testid="screening-figures">
      <h2 className="text-lg font-semibold">{t("title")}</h2>
      <p className="text-sm text-slate-600">{t("subtitle", { date })}</p>
      <Table
        headers={["", t("received"), t("onTime"), t("late"), t("open"), t("overdue"), t("rate")]}
        empty="—"
        rows={[
          ...rows.map((r) => ({ key: r.countyCode, cells: line(name.get(r.countyCode) ?? r.countyCode, r) })),
          { key: "total", cells: line(t("total"), { ...total, rate: total.received ? total.onTime / total.received : null }) },
        ]}
      />
    </section>
  );
}
