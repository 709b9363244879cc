import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { ITEM_KINDS, type TaskFilters } from "@/lib/tasks/schemas";
import { PHASE_KIND_VALUES } from "@/lib/validation/fields";

const CATEGORIES = ["CLOSE", "SECONDARY", "GENERAL"] as const;

/** The filters of Today as a GET form: everything stays in the URL. */
export function TaskFiltersForm({ filters, date, sites, staff }: { filters: Partial<TaskFilters>; date: string; sites: { id: string; name: string }[]; staff: { id: string; displayName: string }[] }) {
  const t = useTranslations("today.filters");
  const tk = useTranslations("today.kinds");
  const td = useTranslations("domain");
  const field = (id: string, label: string, control: React.ReactNode) => (
    <label htmlFor={id} className="flex flex-col gap-1 text-xs text-slate-600">
      {label}
      {control}
    </label>
  );
  return (
    <form method="get" action="/today" className="flex flex-wrap items-end gap-3" aria-label={t("label")} data-testid="task-filters">
      <input type="hidden" name="date" value={date} />
      {field(
        "f-category",
        t("category"),
        <Select id="f-category" name="category" defaultValue={filters.category ?? ""}>
          <option value="">{t("any")}</option>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {td(`category.${c}`)}
            </option>
          ))}
        </Select>,
      )}
      {field(
        "f-phase",
        t("phase"),
        <Select id="f-phase" name="phase" defaultValue={filters.phase ?? ""}>
          <option value="">{t("any")}</option>
          {PHASE_KIND_VALUES.map((p) => (
            <option key={p} value={p}>
              {td(`phase.${p}`)}
            </option>
          ))}
        </Select>,
      )}
      {sites.length
        ? field(
            "f-site",
            t("site"),
            <Select id="f-site" name="siteId" defaultValue={filters.siteId ?? ""}>
              <option value="">{t("any")}</option>
              {sites.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </Select>,
          )
        : null}
      {field(
        "f-assignee",
        t("assignee"),
        <Select id="f-assignee" name="assignedTo" defaultValue={filters.assignedTo ?? ""}>
          <option value="">{t("any")}</option>
          <option value="me">{t("me")}</option>
          <option value="none">{t("none")}</option>
          {staff.map((s) => (
            <option key={s.id} value={s.id}>
              {s.displayName}
            </option>
          ))}
        </Select>,
      )}
      {field(
        "f-kind",
        t("kind"),
        <Select id="f-kind" name="kind" defaultValue={filters.kind ?? ""}>
          <option value="">{t("any")}</option>
          {ITEM_KINDS.map((k) => (
            <option key={k} value={k}>
              {tk(k)}
            </option>
          ))}
        </Select>,
      )}
      <Button type="submit" variant="secondary">
        {t("apply")}
      </Button>
      <Link href={`/today?date=${date}`} className="py-2 text-sm text-teal-800 hover:underline">
        {t("clear")}
      </Link>
    </form>
  );
}
