import Link from "next/link";
import { useTranslations } from "next-intl";
import type { CaseView } from "@/lib/cases/case-view";
import type { ContactCounts } from "@/lib/cases/contact-counts";
import { Badge, CATEGORY_TONE } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { LinkButton } from "@/components/ui/link-button";
import { Table } from "@/components/ui/table";

/** A plain GET form: the search is in the URL, so it survives reloads and can be shared. */
export function CaseSearch({ q }: { q: string }) {
  const t = useTranslations("cases.list");
  return (
    <form method="get" action="/cases" role="search" className="mb-4 flex flex-wrap items-end gap-2">
      <div className="w-full max-w-sm">
        <label htmlFor="case-q" className="block text-sm font-medium text-slate-700">
          {t("searchLabel")}
        </label>
        <Input id="case-q" name="q" type="search" defaultValue={q} placeholder={t("searchPlaceholder")} maxLength={50} className="mt-1" />
      </div>
      <Button type="submit">{t("search")}</Button>
      {q ? (
        <LinkButton href="/cases" variant="ghost">
          {t("clear")}
        </LinkButton>
      ) : null}
    </form>
  );
}

function Counts({ counts }: { counts: ContactCounts | undefined }) {
  const t = useTranslations("domain.categoryShort");
  const l = useTranslations("cases.list");
  const c = counts ?? { CLOSE: 0, GENERAL: 0, SECONDARY: 0 };
  return (
    <span className="inline-flex gap-1" aria-label={l("countsLabel")}>
      {(["CLOSE", "SECONDARY", "GENERAL"] as const).map((k) => (
        <Badge key={k} tone={c[k] ? CATEGORY_TONE[k] : "slate"}>
          {t(k)} {c[k]}
        </Badge>
      ))}
    </span>
  );
}

export function CaseListTable({ cases, counts, q }: { cases: CaseView[]; counts: Map<string, ContactCounts>; q: string }) {
  const t = useTranslations("cases");
  const d = useTranslations("domain");
  return (
    <Table
      caption={t("list.title")}
      headers={[t("columns.name"), t("columns.idNumber"), t("columns.phone"), t("columns.classification"), t("columns.confirmedDate"), t("columns.contacts"), t("columns.status")]}
      empty={q ? t("list.noMatch", { q }) : t("list.empty")}
      rows={cases.map((c) => ({
        key: c.id,
        cells: [
          <Link key="n" href={`/cases/${c.id}`} className="font-medium text-teal-800 underline-offset-2 hover:underline">
            {c.person.name}
          </Link>,
          <span key="i" className="tabular-nums">{c.person.idNumber ?? ""}</span>,
          <span key="p" className="tabular-nums">{c.person.phone ?? ""}</span>,
          <Badge key="c" tone={c.classification === "CONFIRMED" ? "red" : "amber"}>
            {d(`classification.${c.classification}`)}
          </Badge>,
          <span key="d" className="tabular-nums">{c.confirmedDate}</span>,
          <Counts key="k" counts={counts.get(c.id)} />,
          d(`caseStatus.${c.status}`),
        ],
      }))}
    />
  );
}
