import { getFormatter, getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/http/page-guard";
import { listAuditEvents } from "@/lib/audit/list-events";
import { Table } from "@/components/ui/table";

export default async function AuditPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await requirePagePermission("audit:read");
  const page = Number((await searchParams).page ?? "1");
  const [t, format, result] = await Promise.all([getTranslations("common.audit"), getFormatter(), listAuditEvents(user, page)]);
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <Table
        caption={t("title")}
        headers={[t("at"), t("actor"), t("action"), t("entity"), t("ip")]}
        empty={t("empty")}
        rows={result.events.map((e) => ({
          key: String(e.id),
          cells: [
            format.dateTime(e.at, { dateStyle: "short", timeStyle: "medium" }),
            e.actorName ?? "—",
            <code key="a" className="text-xs">{e.action}</code>,
            `${e.entity}${e.entityId ? ` ${e.entityId.slice(0, 8)}` : ""}`,
            e.ip ?? "—",
          ],
        }))}
      />
    </section>
  );
}
