import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";

export interface ContactFilterValues {
  q?: string;
  category?: string;
  phase?: string;
  due?: string;
  siteId?: string;
  status?: string;
  assignedTo?: string;
}

const CATEGORIES = ["CLOSE", "SECONDARY", "GENERAL"] as const;
const PHASES = ["CENTRALIZED_ISOLATION", "HOME_HEALTH_MONITORING", "HOME_ISOLATION", "MEDICAL_OBSERVATION"] as const;
const STATUSES = ["ACTIVE", "RELEASED", "BECAME_CASE", "ENDED_EARLY", "MERGED"] as const;

/**
 * Search and filters as a plain GET form: the URL holds the whole query, so a filtered list
 * can be bookmarked or sent to a colleague, and it works before any script has loaded.
 */
export function ContactFilters({ values, sites, canSearch }: { values: ContactFilterValues; sites: { id: string; name: string }[]; canSearch: boolean }) {
  const t = useTranslations("contacts.list");
  const td = useTranslations("domain");
  return (
    <form method="get" action="/contacts" role="search" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" data-testid="contact-filters">
      {canSearch ? (
        <div className="flex flex-wrap items-end gap-2">
          <div className="min-w-64 flex-1">
            <Field id="contact-q" label={t("searchLabel")}>
              <Input id="contact-q" name="q" type="search" defaultValue={values.q ?? ""} placeholder={t("searchPlaceholder")} maxLength={50} />
            </Field>
          </div>
          <Button type="submit">{t("searchButton")}</Button>
        </div>
      ) : null}
      <fieldset className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-5">
        <legend className="sr-only">{t("filters")}</legend>
        <Field id="contact-category" label={t("category")}>
          <Select id="contact-category" name="category" defaultValue={values.category ?? ""}>
            <option value="">{t("any")}</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {td(`category.${c}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="contact-phase" label={t("phase")}>
          <Select id="contact-phase" name="phase" defaultValue={values.phase ?? ""}>
            <option value="">{t("any")}</option>
            {PHASES.map((p) => (
              <option key={p} value={p}>
                {td(`phase.${p}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="contact-due" label={t("due")}>
          <Select id="contact-due" name="due" defaultValue={values.due ?? ""}>
            <option value="">{t("any")}</option>
            <option value="today">{t("dueToday")}</option>
            <option value="overdue">{t("dueOverdue")}</option>
          </Select>
        </Field>
        <Field id="contact-site" label={t("site")}>
          <Select id="contact-site" name="siteId" defaultValue={values.siteId ?? ""}>
            <option value="">{t("any")}</option>
            {sites.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="contact-status" label={t("status")}>
          <Select id="contact-status" name="status" defaultValue={values.status ?? ""}>
            <option value="">{t("any")}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {td(`status.${s}`)}
              </option>
            ))}
          </Select>
        </Field>
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="assignedTo" value="me" defaultChecked={values.assignedTo === "me"} className="size-4 accent-teal-700" data-testid="filter-mine" />
          {t("mine")}
        </label>
        <Button type="submit" variant="secondary">
          {t("apply")}
        </Button>
        <Link href="/contacts" className="rounded px-2 py-1 text-sm text-slate-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-teal-600">
          {t("reset")}
        </Link>
      </div>
    </form>
  );
}

export const FILTER_VALUES = { CATEGORIES, PHASES, STATUSES, DUE: ["today", "overdue"] as const };
