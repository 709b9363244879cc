import Link from "next/link";
import { useTranslations } from "next-intl";
import { CategoryBadge, PhaseBadge, StatusBadge } from "@/components/ui/domain-badges";
import { Badge } from "@/components/ui/badge";
import { Table } from "@/components/ui/table";
import { SelectableTable } from "@/components/today/selectable-table";
import type { BulkOptions } from "@/components/today/bulk-bar";
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
  /** The version shown, sent with a bulk action. */
  version: number;
}

/** The contacts list; with `bulk`, rows can be selected for the action bar (docs/decisions/0023-bulk-actions.md). */
export function ContactTable({ rows, today, bulk }: { rows: ContactRow[]; today: string; bulk?: BulkOptions | null }) {
  const t = useTranslations("contacts.list");
  const td = useTranslations("domain");
  const headers = [t("columns.name"), t("columns.category"), t("columns.phase"), t("columns.nextTest"), t("columns.site"), t("columns.status")];
  const shown = rows.map((c) => ({
        key: c.id,
        id: c.id,
        version: c.version,
        label: c.name,
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
      }));
  if (bulk) return <SelectableTable caption={t("caption")} headers={headers} rows={shown} empty={t("empty")} bulk={bulk} />;
  return <Table caption={t("caption")} headers={headers} empty={t("empty")} rows={shown} />;
}
