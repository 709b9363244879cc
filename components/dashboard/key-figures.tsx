import Link from "next/link";
import { useTranslations } from "next-intl";
import type { Figures } from "@/lib/dashboard/county-figures";

const percent = (v: number | null) => (v === null ? "—" : `${Math.round(v * 1000) / 10}%`);

interface Card {
  id: string;
  label: string;
  value: string | number;
  hint: string;
  /** The list behind the figure, for those who may read it. */
  href?: string;
  alert?: boolean;
}

/**
 * The day's key figures for the scope; each opens the list behind it (contacts list with the
 * same county, date and filter — masked for officials by the list itself).
 */
export function KeyFigures({ f, date, county, canOpenLists }: { f: Figures; date: string; county?: string; canOpenLists: boolean }) {
  const t = useTranslations("dashboard");
  const list = (params: Record<string, string>) => {
    if (!canOpenLists) return undefined;
    const q = new URLSearchParams({ ...params, ...(county ? { county } : {}) });
    return `/contacts?${q.toString()}`;
  };
  const cards: Card[] = [
    { id: "new-cases", label: t("newCases"), value: f.newCases.total, hint: `${t("newCasesHint", { confirmed: f.newCases.CONFIRMED, asymptomatic: f.newCases.ASYMPTOMATIC })} · ${t("casesToDate", { total: f.cases.total })}`, href: canOpenLists ? "/cases" : undefined },
    {
      id: "contacts-registered",
      label: t("contactsRegistered"),
      value: f.contactsRegistered.total,
      hint: t("contactsRegisteredHint", { close: f.contactsRegistered.CLOSE, secondary: f.contactsRegistered.SECONDARY, general: f.contactsRegistered.GENERAL }),
    },
    {
      id: "under-management",
      label: t("underManagement"),
      value: f.activeContacts.total,
      hint: t("underManagementHint", { ci: f.phases.CENTRALIZED_ISOLATION, hhm: f.phases.HOME_HEALTH_MONITORING, hi: f.phases.HOME_ISOLATION, mo: f.phases.MEDICAL_OBSERVATION }),
      href: list({ status: "ACTIVE", date }),
    },
    {
      id: "tracing",
      label: t("tracing"),
      value: percent(f.tracing.share),
      hint: t("tracingHint", { within: f.tracing.within24h, total: f.tracing.closeContacts, median: f.tracing.medianHours ?? "—" }),
    },
    { id: "placement", label: t("placement"), value: percent(f.placement.share), hint: t("placementHint", { within: f.placement.within24h, total: f.placement.closeContacts }) },
    {
      id: "test-completion",
      label: t("testCompletion"),
      value: percent(f.tests.completion),
      hint: t("testCompletionHint", { due: f.tests.due, done: f.tests.done }),
      href: list({ due: "today", date }),
    },
    { id: "overdue", label: t("overdue"), value: f.testsOverdue, hint: "", href: list({ due: "overdue", date }), alert: f.testsOverdue > 0 },
    { id: "releases", label: t("releases"), value: f.releases, hint: t("releasesHint", { due: f.releasesDue }), href: list({ status: "RELEASED" }) },
    {
      id: "became-cases",
      label: t("becameCases"),
      value: f.becameCases.onDate,
      hint: t("becameCasesHint", { onDate: f.becameCases.onDate, close: f.becameCases.closeToDate, share: percent(f.becameCases.shareOfClose) }),
      href: list({ status: "BECAME_CASE" }),
    },
    {
      id: "occupancy",
      label: t("occupancy"),
      value: f.sites.occupancy,
      hint: t("occupancyHint", { occupancy: f.sites.occupancy, capacity: f.sites.capacity, sites: f.sites.count }),
      alert: f.sites.capacity > 0 && f.sites.occupancy >= f.sites.capacity * 0.9,
    },
  ];
  return (
    <section aria-labelledby="key-figures-heading" className="mb-6">
      <h2 id="key-figures-heading" className="sr-only">
        {t("keyFigures")}
      </h2>
      <ul className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-5" data-testid="key-figures">
        {cards.map((c) => (
          <li key={c.id} className="rounded-lg border border-slate-200 bg-white p-3" data-figure={c.id}>
            <p className="text-xs text-slate-600">{c.label}</p>
            <p className={`text-2xl font-semibold tabular-nums ${c.alert ? "text-red-700" : "text-slate-900"}`}>{c.value}</p>
            {c.hint ? <p className="mt-1 text-xs text-slate-500">{c.hint}</p> : null}
            {c.href ? (
              <Link href={c.href} className="mt-1 inline-block text-xs text-teal-700 underline" aria-label={`${t("openList")}: ${c.label}`}>
                {t("openList")}
              </Link>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
