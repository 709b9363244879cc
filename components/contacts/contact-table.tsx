import Link from "next/link";
import { useTranslations } from "next-intl";
import { CategoryBadge, PhaseBadge, StatusBadge } from "@/components/ui/domain-badges";
import { Badge } from "@/components/ui/badge";
import { Table } from "@/components/ui/table";
import { compareDates } from "@/lib/isolation/dates";

export interface ContactRow {
  id: string;
  name: string;
  idNumber: string | null;
  category: "CLOSE" | "SECONDARY" | "GENERAL";
  phase: "CENTRALIZED_ISOLATION" | "HOME_HEALTH_MONITORING" | "HOME_ISOLATION" | "MEDICAL_OBSERVATION" | null;
  status: "ACTIVE" | "RELEASED" | "BECAME_CASE" | "ENDED_EARLY" | "MERGED";
  nextTest: { date: string; doubleSample: boolean; pending: boolean } | null;
  siteName: string | null;
}

export function ContactTable({ rows, today }: { rows: ContactRow[]; today: string }) {
  const t = useTranslations("contacts.list");
  const td = useTranslations("domain");
  return (
    <Table
      caption={t("caption")}
      headers={[t("columns.name"), t("columns.category"), t("columns.phase"), t("columns.nextTest"), t("columns.site"), t("columns.status")]}
      empty={t("empty")}
      rows={rows.map((c) => ({
        key: c.id,
        cells: [
          <span key="n" className="flex flex-col">
            <Link href={`/contacts/${c.id}`} className="font-medium text-teal-800 hover:underline focus-visible:outline-2 focus-visible:outline-teal-600">
              {c.name}
            </Link>
            {c.idNumber ? <span className="text-xs text-slate-500 tabular-nums">{c.idNumber}</span> : null}
          </span>,
          <CategoryBadge key="c" category={c.category} />,
          c.phase ? <PhaseBadge key="p" phase={c.phase} /> : "—",
          c.status !== "ACTIVE" || !c.nextTest ? (
            c.status === "ACTIVE" ? <span key="x" className="text-slate-500">{t("noTest")}</span> : "—"
          ) : (
            <span key="x" className="flex flex-wrap items-center gap-1 tabular-nums">
              <span className={compareDates(c.nextTest.date, today) < 0 ? "font-medium text-red-700" : ""}>{c.nextTest.date}</span>
              {compareDates(c.nextTest.date, today) < 0 ? <Badge tone="red">{t("overdue")}</Badge> : null}
              {c.nextTest.pending ? <Badge tone="amber">{t("pending")}</Badge> : null}
              {c.nextTest.doubleSample ? <Badge tone="violet">{td("doubleSample")}</Badge> : null}
            </span>
          ),
          c.siteName ?? t("notInSite"),
          <StatusBadge key="s" status={c.status} />,
        ],
      }))}
    />
  );
}
