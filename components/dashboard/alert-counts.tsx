import { getLocale, getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/user";
import { countyNames } from "@/lib/jurisdictions/counties";
import { alertCountsFor } from "@/lib/tasks/alert-counts";

const KEYS = ["symptomatic", "placement", "releaseOverdue", "missedChecks", "sitesNearFull", "sitesOver"] as const;

/** The alerts of Today as counts per county (one line on the dashboard page). */
export async function AlertCountsSection({ user, date }: { user: SessionUser; date: string }) {
  const [t, names, rows] = await Promise.all([getTranslations("today.alerts"), getLocale().then(countyNames), alertCountsFor(user, date)]);
  const totals = Object.fromEntries(KEYS.map((k) => [k, rows.reduce((n, r) => n + r[k], 0)])) as Record<(typeof KEYS)[number], number>;
  return (
    <section aria-labelledby="alerts-title" className="my-6 space-y-2" data-testid="dashboard-alerts">
      <h2 id="alerts-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <thead className="bg-slate-50">
            <tr>
              <th scope="col" className="px-3 py-2 text-left font-medium text-slate-600">
                {t("county")}
              </th>
              {KEYS.map((k) => (
                <th key={k} scope="col" className="px-3 py-2 text-right font-medium text-slate-600">
                  {t(k)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 tabular-nums">
            {rows.map((r) => (
              <tr key={r.countyCode}>
                <th scope="row" className="px-3 py-1 text-left font-normal">
                  {names[r.countyCode] ?? r.countyCode}
                </th>
                {KEYS.map((k) => (
                  <td key={k} className={`px-3 py-1 text-right ${r[k] ? "font-semibold text-red-700" : "text-slate-400"}`}>
                    {r[k]}
                  </td>
                ))}
              </tr>
            ))}
            <tr className="bg-slate-50 font-medium">
              <th scope="row" className="px-3 py-1 text-left">
                {t("total")}
              </th>
              {KEYS.map((k) => (
                <td key={k} className="px-3 py-1 text-right" data-testid={`alerts-total-${k}`}>
                  {totals[k]}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}
