import { getLocale, getTranslations } from "next-intl/server";
import { AUDIT_ACTIONS, AUDIT_ACTION_NAMES, AUDIT_ENTITIES } from "@/lib/audit/actions";
import type { AuditFilter } from "@/lib/audit/filters";

const INPUT = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

export interface FilterOptions {
  actors: { id: string; username: string; displayName: string }[];
  counties: { code: string; name: string }[];
}

/** The viewer's filters as a GET form, so a filtered view is a link (and its export the same query). */
export async function AuditFilters({ log, filter, options }: { log: "events" | "access"; filter: Partial<AuditFilter>; options: FilterOptions }) {
  const [t, locale] = await Promise.all([getTranslations("audit.filters"), getLocale()]);
  const entities = log === "access" ? (["Case", "Contact"] as const) : AUDIT_ENTITIES;
  const select = (name: string, label: string, value: string | undefined, items: { value: string; label: string }[]) => (
    <label className="flex flex-col gap-1 text-sm">
      <span className="text-slate-600">{label}</span>
      <select name={name} defaultValue={value ?? ""} className={INPUT} aria-label={label}>
        <option value="">{t("any")}</option>
        {items.map((i) => (
          <option key={i.value} value={i.value}>
            {i.label}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form method="get" action="/admin/audit" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3" data-testid="audit-filters">
      <input type="hidden" name="log" value={log} />
      {select("actor", t("actor"), filter.actor, options.actors.map((a) => ({ value: a.id, label: `${a.displayName} (${a.username})` })))}
      {log === "events"
        ? select("action", t("action"), filter.action, AUDIT_ACTION_NAMES.map((a) => ({ value: a, label: locale === "en" ? AUDIT_ACTIONS[a].en : AUDIT_ACTIONS[a].zh })))
        : null}
      {select("entity", t("entity"), filter.entity, entities.map((e) => ({ value: e, label: e })))}
      {select("county", t("county"), filter.county, options.counties.map((c) => ({ value: c.code, label: c.name })))}
      <label className="flex flex-col gap-1 text-sm">
        <span className="text-slate-600">{t("from")}</span>
        <input type="date" name="from" defaultValue={filter.from ?? ""} className={INPUT} aria-label={t("from")} />
      </label>
      <label className="flex flex-col gap-1 text-sm">
        <span className="text-slate-600">{t("to")}</span>
        <input type="date" name="to" defaultValue={filter.to ?? ""} className={INPUT} aria-label={t("to")} />
      </label>
      <button type="submit" className="rounded-md bg-teal-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-teal-800">
        {t("apply")}
      </button>
      <a href={`/admin/audit?log=${log}`} className="px-2 py-1.5 text-sm text-slate-700 underline">
        {t("reset")}
      </a>
    </form>
  );
}
