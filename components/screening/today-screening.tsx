import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/user";
import { can } from "@/lib/auth/permissions";
import { countyNames } from "@/lib/jurisdictions/counties";
import { seesFull } from "@/lib/privacy/mask";
import { listScreening, openScreeningCounts } from "@/lib/screening/list-items";
import { QueueTable } from "./queue-table";

/**
 * Today's screening section: staff see their queue's open items, nearest deadline first, with
 * the time left (overdue in red); officials see counts per county only. Self-contained: the
 * Today page renders it with one line.
 */
export async function TodayScreening({ user }: { user: SessionUser }) {
  if (!can(user, "contact:read")) return null;
  const [t, counties] = await Promise.all([getTranslations("screening.today"), getLocale().then(countyNames)]);
  const counts = await openScreeningCounts(user);
  const open = counts.reduce((n, c) => n + c.open, 0);
  const overdue = counts.reduce((n, c) => n + c.overdue, 0);
  const list = seesFull(user) ? await listScreening(user, { status: "OPEN", pageSize: 20 }) : null;
  return (
    <section id="screening" aria-labelledby="screening-title" className="scroll-mt-4 space-y-2" data-testid="section-screening">
      <h2 id="screening-title" className="flex flex-wrap items-baseline gap-2 text-lg font-semibold">
        {t("title")}
        <span className={`rounded-full px-2 text-sm font-normal tabular-nums ${overdue ? "bg-red-100 text-red-800" : "bg-slate-100 text-slate-600"}`}>{t("counts", { open, overdue })}</span>
        {list ? (
          <Link href="/screening" className="ml-auto text-sm font-normal text-teal-800 hover:underline">
            {t("more")}
          </Link>
        ) : null}
      </h2>
      {list ? (
        <QueueTable items={list.items} counties={counties} compact />
      ) : counts.length ? (
        <ul className="text-sm">
          {counts.map((c) => (
            <li key={c.countyCode}>
              {counties[c.countyCode] ?? c.countyCode}：{t("counts", { open: c.open, overdue: c.overdue })}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600">{t("empty")}</p>
      )}
    </section>
  );
}
