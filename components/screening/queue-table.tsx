import Link from "next/link";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Table } from "@/components/ui/table";
import type { ScreeningItemView } from "@/lib/screening/item-view";
import { formatLocal } from "@/lib/screening/time";
import { TimeLeft } from "./time-left";

const STATUS_TONE = { OPEN: "amber", CONTACT: "teal", MONITORING: "sky", FORWARDED: "slate", UNREACHABLE: "red" } as const;

/** Items of the queue: overdue rows are red; each links to its work page. */
export function QueueTable({ items, counties, compact = false }: { items: ScreeningItemView[]; counties: Record<string, string>; compact?: boolean }) {
  const t = useTranslations("screening");
  const headers = compact
    ? [t("columns.name"), t("columns.phone"), t("columns.sourceArea"), t("columns.pushedAt"), t("columns.timeLeft")]
    : [t("columns.name"), t("columns.phone"), t("columns.idNumber"), t("columns.reason"), t("columns.sourceArea"), t("columns.pushedAt"), t("columns.timeLeft"), t("columns.status")];
  return (
    <Table
      headers={headers}
      empty={t("empty")}
      rows={items.map((i) => {
        const overdue = i.minutesLeft !== null && i.minutesLeft < 0;
        const name = (
          <Link key="n" href={`/screening/${i.id}`} className={`font-medium hover:underline ${overdue ? "text-red-700" : "text-teal-800"}`} data-testid="screening-link">
            {i.name}
          </Link>
        );
        const left =
          i.minutesLeft !== null ? (
            <TimeLeft key="l" minutes={i.minutesLeft} />
          ) : (
            <Badge key="l" tone={i.onTime ? "green" : "red"}>
              {i.onTime ? t("onTime") : t("late")}
            </Badge>
          );
        const from = i.forwardedFromCounty ? <span className="ml-1 text-xs text-slate-500">{t("forwardedFrom", { county: counties[i.forwardedFromCounty] ?? i.forwardedFromCounty })}</span> : null;
        const pushed = <span key="p" className="tabular-nums">{formatLocal(new Date(i.pushedAt))}</span>;
        const cells = compact
          ? [<span key="n">{name}{from}</span>, i.phone ?? "—", i.sourceArea ?? "—", pushed, left]
          : [
              <span key="n">{name}{from}</span>,
              i.phone ?? "—",
              i.idNumber ?? "—",
              i.reason ?? "—",
              i.sourceArea ?? "—",
              pushed,
              left,
              <Badge key="s" tone={STATUS_TONE[i.status]}>
                {i.status === "FORWARDED" && i.forwardedToCounty ? t("forwardedTo", { county: counties[i.forwardedToCounty] ?? i.forwardedToCounty }) : t(`status.${i.status}`)}
              </Badge>,
            ];
        return { key: i.id, cells };
      })}
    />
  );
}
