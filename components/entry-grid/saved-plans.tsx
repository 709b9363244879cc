import Link from "next/link";
import { useTranslations } from "next-intl";
import type { RegisteredContact } from "@/lib/contacts/register-batch";
import { Badge } from "@/components/ui/badge";
import { CategoryBadge, PhaseBadge } from "@/components/ui/domain-badges";
import { Table } from "@/components/ui/table";

export interface SavedRow {
  name: string;
  contact: RegisteredContact;
}

/** The plan the server computed for each contact just registered. */
export function SavedPlans({ saved }: { saved: SavedRow[] }) {
  const t = useTranslations("cases.grid.plans");
  const d = useTranslations("domain");
  return (
    <div data-testid="saved-plans">
      <Table
        caption={t("caption")}
        headers={[t("name"), t("category"), t("phases"), t("tests"), t("release"), ""]}
        empty="—"
        rows={saved.map(({ name, contact }) => ({
          key: contact.id,
          cells: [
            <span key="n" className="font-medium">{name}</span>,
            <CategoryBadge key="c" category={contact.category} />,
            <ul key="p" className="space-y-1">
              {contact.plan.phases.map((p) => (
                <li key={p.kind} className="flex flex-wrap items-center gap-2">
                  <PhaseBadge phase={p.kind} />
                  <span className="tabular-nums">
                    {p.startDate} – {p.endDate}
                  </span>
                </li>
              ))}
            </ul>,
            <ul key="t" className="space-y-0.5 tabular-nums">
              {contact.plan.tests.map((x) => (
                <li key={x.date} className="flex flex-wrap items-center gap-1">
                  {x.date}
                  {x.doubleSample ? <Badge tone="violet">{d("doubleSample")}</Badge> : null}
                </li>
              ))}
            </ul>,
            <span key="r" className="font-medium tabular-nums" data-testid="release-date">
              {contact.plan.releaseDate}
            </span>,
            <Link key="o" href={`/contacts/${contact.id}`} className="text-teal-800 underline-offset-2 hover:underline">
              {t("open")}
            </Link>,
          ],
        }))}
      />
    </div>
  );
}
