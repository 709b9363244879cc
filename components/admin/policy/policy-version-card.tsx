import { getFormatter, getTranslations } from "next-intl/server";
import { CONTACT_CATEGORIES } from "@/lib/isolation/types";
import type { PolicyVersionView } from "@/lib/policy/schemas";
import { Badge } from "@/components/ui/badge";
import { Table } from "@/components/ui/table";

type Version = Omit<PolicyVersionView, "createdAt"> & { createdAt: Date };

/** One policy version: per category its phases, test days, double-sample days and release day. */
export async function PolicyVersionCard({ version: v }: { version: Version }) {
  const [t, td, format] = await Promise.all([getTranslations("admin.policy"), getTranslations("domain"), getFormatter()]);
  const days = (list: number[]) => (list.length ? list.join(", ") : t("none"));
  return (
    <section className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" data-testid={`policy-${v.version}`} aria-label={v.version}>
      <div className="flex flex-wrap items-center gap-2">
        <h2 className="font-mono text-lg font-semibold">{v.version}</h2>
        {v.current ? <Badge tone="teal">{t("current")}</Badge> : null}
        <span className="text-sm text-slate-600">
          {v.createdByName ? t("createdBy", { name: v.createdByName, at: format.dateTime(v.createdAt, { dateStyle: "medium", timeStyle: "short" }) }) : t("builtIn")}
        </span>
      </div>
      {v.note ? (
        <p className="text-sm">
          <span className="mr-2 text-slate-500">{t("note")}</span>
          {v.note}
        </p>
      ) : null}
      <p className="text-sm text-slate-600">
        {t("planCount", { count: v.planCount })} · {t("maxExtension", { days: v.maxExtensionDays })}
      </p>
      <Table
        caption={v.version}
        headers={[t("category"), t("phases"), t("testDays"), t("doubleSampleDays"), t("releaseDay")]}
        empty={t("none")}
        rows={CONTACT_CATEGORIES.map((c) => {
          const cat = v.categories[c];
          return {
            key: c,
            cells: [
              td(`category.${c}`),
              <ul key="p" className="space-y-0.5">
                {cat.phases.map((p) => (
                  <li key={p.kind}>{t("dayRange", { phase: td(`phase.${p.kind}`), start: p.startDay, end: p.endDay })}</li>
                ))}
              </ul>,
              days(cat.testDays),
              days(cat.doubleSampleDays),
              t("day", { day: cat.releaseDay }),
            ],
          };
        })}
      />
    </section>
  );
}
