import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ContactCounts } from "@/lib/cases/contact-counts";
import type { PlanProgress } from "@/lib/cases/plan-progress";
import { Badge } from "@/components/ui/badge";
import { CategoryBadge, PhaseBadge, StatusBadge } from "@/components/ui/domain-badges";
import { Card } from "@/components/ui/page-header";
import { Table } from "@/components/ui/table";

export interface CaseContact {
  id: string;
  category: keyof ContactCounts;
  status: "ACTIVE" | "RELEASED" | "BECAME_CASE" | "ENDED_EARLY" | "MERGED";
  sourceContactId: string | null;
  person: { name: string; idNumber: string | null; phone: string | null };
  releaseDate: string | null;
}

const GROUPS = [
  ["close", "CLOSE"],
  ["general", "GENERAL"],
  ["secondary", "SECONDARY"],
] as const;

function NextTestCell({ progress }: { progress: PlanProgress | undefined }) {
  const t = useTranslations("cases.contacts");
  const d = useTranslations("domain");
  const next = progress?.nextTest;
  if (!next) return <span className="text-slate-500">{t("noTest")}</span>;
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      <span className="tabular-nums">{next.date}</span>
      {next.doubleSample ? <Badge tone="violet">{d("doubleSample")}</Badge> : null}
      {next.pending ? <Badge tone="sky">{t("pending")}</Badge> : next.overdue ? <Badge tone="red">{t("overdue")}</Badge> : null}
    </span>
  );
}

/** The case's contacts grouped by category, each with its phase today and next owed test. */
export function CaseContacts({
  caseId,
  groups,
  progress,
  canEnter,
}: {
  caseId: string;
  groups: Record<"close" | "general" | "secondary", CaseContact[]>;
  progress: Record<string, PlanProgress>;
  /** Whether the viewer may enter secondary contacts (the grid); others get no link to it. */
  canEnter: boolean;
}) {
  const t = useTranslations("cases.contacts");
  const d = useTranslations("domain.category");
  const closeNames = new Map(groups.close.map((c) => [c.id, c.person.name]));
  return (
    <div className="space-y-4" data-testid="case-contacts">
      {GROUPS.map(([group, category]) => {
        const rows = groups[group];
        const headers = [t("name"), t("idNumber"), t("phone"), t("status"), t("phase"), t("nextTest"), t("release")];
        if (category === "SECONDARY") headers.push(t("source"));
        if (category === "CLOSE" && canEnter) headers.push(t("actions"));
        return (
          <Card
            key={group}
            title={
              <span className="flex items-center gap-2">
                <CategoryBadge category={category} />
                <span className="text-sm font-normal text-slate-600">{t("count", { count: rows.length })}</span>
              </span>
            }
          >
            <div data-testid={`contacts-${category}`}>
              <Table
                caption={d(category)}
                headers={headers}
                empty={t("empty")}
                rows={rows.map((c) => {
                  const p = progress[c.id];
                  const cells = [
                    <Link key="n" href={`/contacts/${c.id}`} className="font-medium text-teal-800 underline-offset-2 hover:underline">
                      {c.person.name}
                    </Link>,
                    <span key="i" className="tabular-nums">{c.person.idNumber ?? ""}</span>,
                    <span key="p" className="tabular-nums">{c.person.phone ?? ""}</span>,
                    <StatusBadge key="s" status={c.status} />,
                    p?.currentPhase ? <PhaseBadge key="ph" phase={p.currentPhase} /> : <span key="ph" className="text-slate-500">{c.status === "ACTIVE" ? t("noPhase") : "—"}</span>,
                    c.status === "ACTIVE" ? <NextTestCell key="t" progress={p} /> : <span key="t">—</span>,
                    <span key="r" className="tabular-nums">{c.releaseDate ?? ""}</span>,
                  ];
                  if (category === "SECONDARY") cells.push(<span key="src">{(c.sourceContactId && closeNames.get(c.sourceContactId)) ?? ""}</span>);
                  if (category === "CLOSE" && canEnter) {
                    cells.push(
                      c.status === "ACTIVE" ? (
                        <Link
                          key="a"
                          href={`/cases/${caseId}/contacts/${c.id}/secondary`}
                          aria-label={t("enterSecondaryOf", { name: c.person.name })}
                          className="text-teal-800 underline-offset-2 hover:underline"
                        >
                          {t("enterSecondary")}
                        </Link>
                      ) : (
                        <span key="a" />
                      ),
                    );
                  }
                  return { key: c.id, cells };
                })}
              />
            </div>
          </Card>
        );
      })}
    </div>
  );
}
