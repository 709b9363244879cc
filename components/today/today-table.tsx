"use client";

import { useTranslations } from "next-intl";
import { HealthCheckDialog } from "@/components/contacts/health-check-dialog";
import { RecordResultDialog } from "@/components/contacts/record-result-dialog";
import { ReleaseDialog } from "@/components/contacts/release-dialog";
import { CategoryBadge, PhaseBadge } from "@/components/ui/domain-badges";
import type { PersonTasks } from "@/lib/tasks/schemas";
import type { BulkOptions } from "./bulk-bar";
import { PersonCell } from "./person-cell";
import { PersonItems } from "./person-items";
import { SelectableTable } from "./selectable-table";
import { TransferDialog } from "./transfer-dialog";

/** What the viewer may record from a row (decided on the server; the actions check again). */
export interface RowPermissions {
  test: boolean;
  health: boolean;
  release: boolean;
  transfer: boolean;
}

/**
 * Today's people, one row each, rendered from the page's items in the browser as well as on the
 * server: the page sends the items once (the same shape as GET /api/v1/tasks) instead of every
 * cell's element tree, which made the page's payload twice its HTML
 * (docs/decisions/0022-today-by-person.md, "Page weight").
 */
export function TodayTable({ items, may, today, actionDate, bulk }: { items: PersonTasks[]; may: RowPermissions; today: string; actionDate: string; bulk: BulkOptions | null }) {
  const t = useTranslations("today");
  const actions = (p: PersonTasks) => {
    const firstTest = p.overdueTests[0] ?? p.testsDue[0];
    return (
      <span className="flex flex-wrap gap-1">
        {may.test && firstTest ? <RecordResultDialog contactId={p.contactId} personName={p.personName} sampleDate={firstTest.date} doubleSample={firstTest.doubleSample} today={today} size="small" /> : null}
        {may.health && p.missingSlots.length ? (
          <HealthCheckDialog contactId={p.contactId} personName={p.personName} date={actionDate} slot={p.missingSlots[0]!} today={today} size="small" />
        ) : null}
        {may.transfer && p.kinds.includes("transfer") ? <TransferDialog contactId={p.contactId} personName={p.personName} date={actionDate} today={today} /> : null}
        {may.release && (p.kinds.includes("releaseDue") || p.kinds.includes("releaseOverdue")) ? (
          <ReleaseDialog contactId={p.contactId} personName={p.personName} releaseDate={p.releaseDate} today={today} size="small" variant="primary" />
        ) : null}
      </span>
    );
  };
  const rows = items.map((p) => ({
    key: p.contactId,
    id: p.contactId,
    version: p.version,
    label: `${p.personName}${p.phoneTail ? ` (${p.phoneTail.slice(-4)})` : ""}`,
    alert: p.kinds[0] === "symptomatic",
    cells: [
      <span key="p" className="flex flex-col">
        <PersonCell contactId={p.contactId} name={p.personName} />
        <span className="text-xs text-slate-500 tabular-nums" data-testid="person-tails">
          {[p.idTail ? `ID …${p.idTail.slice(-4)}` : null, p.phoneTail ? `☎ …${p.phoneTail.slice(-4)}` : null].filter(Boolean).join(" · ") || "—"}
        </span>
      </span>,
      <span key="c" className="flex flex-col items-start gap-1">
        <CategoryBadge category={p.category} />
        {p.phase ? <PhaseBadge phase={p.phase} /> : null}
      </span>,
      <PersonItems key="i" p={p} />,
      <span key="s" className="flex flex-col text-xs text-slate-600">
        <span>{p.siteName ?? "—"}</span>
        <span>{p.assignedToName ?? t("unassigned")}</span>
      </span>,
      <span key="a">{actions(p)}</span>,
    ],
  }));
  return (
    <SelectableTable
      caption={t("people")}
      headers={[t("columns.person"), t("columns.category"), t("columns.items"), `${t("columns.site")} / ${t("columns.assignee")}`, t("columns.action")]}
      rows={rows}
      empty={t("peopleEmpty")}
      bulk={bulk}
    />
  );
}
