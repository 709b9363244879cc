import Link from "next/link";
import { useTranslations } from "next-intl";
import type { PersonRecord } from "@/lib/persons/search-persons";
import { Badge } from "@/components/ui/badge";
import { CategoryBadge, StatusBadge } from "@/components/ui/domain-badges";
import { Withheld } from "@/components/ui/withheld";
import { PERSON_FIELDS } from "./merge-preview";

const LINK = "text-teal-800 underline-offset-2 hover:underline";
const STATE_TONE = { OPEN_CASE: "red", ACTIVE_PLAN: "teal", HISTORY: "slate" } as const;

/** A person record of the county: its details, state, cases and contacts. */
export function PersonRecordCard({ record, title, testId }: { record: PersonRecord; title: string; testId: string }) {
  const t = useTranslations("identity.merge");
  const d = useTranslations("domain");
  const p = record.person;
  const show = (f: (typeof PERSON_FIELDS)[number]) => {
    const v = p[f];
    if (v === null) return null;
    if (f === "sex") return d(`sex.${v as "MALE"}`);
    if (f === "idType") return d(`idType.${v as "RESIDENT_ID"}`);
    return v;
  };
  return (
    <section className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" data-testid={testId}>
      <h2 className="flex flex-wrap items-center gap-2 font-medium">
        {title}
        <Badge tone={STATE_TONE[record.state]}>{t(`state.${record.state}`)}</Badge>
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {PERSON_FIELDS.map((f) => (
          <div key={f} className="contents">
            <dt className="text-slate-500">{t(`fields.${f}`)}</dt>
            <dd className="min-w-0 break-words" data-field={f}>
              <Withheld value={show(f)} hidden={p.hidden.includes(f)} empty="—" />
            </dd>
          </div>
        ))}
      </dl>
      <div className="space-y-1 text-sm">
        <h3 className="font-medium text-slate-700">{t("records")}</h3>
        {record.cases.length === 0 && record.contacts.length === 0 ? <p className="text-slate-500">{t("noRecords")}</p> : null}
        <ul className="space-y-1">
          {record.cases.map((c) => (
            <li key={c.id} className="flex flex-wrap items-center gap-2">
              <Link href={`/cases/${c.id}`} className={LINK}>
                {t("caseLine", { classification: d(`classification.${c.classification}`), date: c.confirmedDate })}
              </Link>
              <Badge tone={c.status === "UNDER_TREATMENT" ? "red" : "slate"}>{d(`caseStatus.${c.status}`)}</Badge>
            </li>
          ))}
          {record.contacts.map((c) => (
            <li key={c.id} className="flex flex-wrap items-center gap-2">
              <Link href={`/contacts/${c.id}`} className={LINK}>
                {t("contactLine", { date: c.lastExposureDate })}
              </Link>
              <CategoryBadge category={c.category} />
              <StatusBadge status={c.status} />
              {c.releaseDate ? <span className="text-xs text-slate-600">{t("releaseOn", { date: c.releaseDate })}</span> : null}
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
