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

const LINK = "text-teal-800 underline-offset-2 hover:underline";

/**
 * What became of each row (docs/domain.md "Identity and privacy"): a new plan, or a
 * re-exposure merged into the plan the county already runs for the person; and the 协查 a
 * row sent to the county that manages the person.
 */
function Outcome({ contact, counties }: { contact: RegisteredContact; counties: Record<string, string> }) {
  const t = useTranslations("identity.saved");
  return (
    <div className="space-y-1" data-testid="saved-outcome">
      {contact.status === "MERGED" ? (
        <p>
          <Badge tone="slate">{t("merged")}</Badge>{" "}
          {contact.mergedIntoContactId ? (
            <Link href={`/contacts/${contact.mergedIntoContactId}`} className={LINK}>
              {t("running")}
            </Link>
          ) : null}
        </p>
      ) : (
        <Badge tone="teal">{t("newPlan")}</Badge>
      )}
      {contact.assistRequests.map((a) => (
        <p key={a.assistRequestId}>
          <Link href={`/requests/assists/${a.assistRequestId}`} className={LINK} data-testid="saved-assist">
            {t("assist", { county: counties[a.countyCode] ?? a.countyCode })}
          </Link>
        </p>
      ))}
    </div>
  );
}

/** The plan the server computed for each contact just registered (the running plan, for a merged row). */
export function SavedPlans({ saved, counties }: { saved: SavedRow[]; counties: Record<string, string> }) {
  const t = useTranslations("cases.grid.plans");
  const ti = useTranslations("identity.saved");
  const d = useTranslations("domain");
  return (
    <div data-testid="saved-plans">
      <Table
        caption={t("caption")}
        headers={[t("name"), t("category"), ti("outcome"), t("phases"), t("tests"), t("release"), ""]}
        empty="—"
        rows={saved.map(({ name, contact }) => ({
          key: contact.id,
          cells: [
            <span key="n" className="font-medium">{name}</span>,
            <CategoryBadge key="c" category={contact.category} />,
            <Outcome key="s" contact={contact} counties={counties} />,
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
