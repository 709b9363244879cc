import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { AuditFilters } from "@/components/audit/audit-filters";
import { ExportLinks } from "@/components/exports/export-links";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Table } from "@/components/ui/table";
import { actionLabel } from "@/lib/audit/actions";
import { filterQuery } from "@/lib/audit/filters";
import { listAccessLog, listAuditEvents } from "@/lib/audit/list-events";
import { listUsers } from "@/lib/admin/list-users";
import { AppError } from "@/lib/errors";
import { requirePagePermission } from "@/lib/http/page-guard";
import { countyNames } from "@/lib/jurisdictions/counties";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The query's single, non-empty string values. */
function plain(sp: Record<string, string | string[] | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(sp).filter((e): e is [string, string] => typeof e[1] === "string" && e[1].trim() !== ""));
}

/** A bad filter in a hand-edited link shows everything with a notice, not an error page. */
async function orUnfiltered<T>(load: (input: Record<string, string>) => Promise<T>, input: Record<string, string>): Promise<{ result: T; invalid: boolean }> {
  try {
    return { result: await load(input), invalid: false };
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== "VALIDATION") throw error;
    return { result: await load({}), invalid: true };
  }
}

/** The audit log and the access log (docs/decisions/0015-audit-trail.md), administrators only. */
export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePagePermission("audit:read");
  const input = plain(await searchParams);
  const log = input.log === "access" ? "access" : "events";
  const locale = await getLocale();
  const [t, tr, format, users, counties] = await Promise.all([getTranslations("audit"), getTranslations("common.roles"), getFormatter(), listUsers(user), countyNames(locale)]);
  const when = (at: Date) => format.dateTime(at, { dateStyle: "short", timeStyle: "medium" });
  const who = (actor: { username: string; displayName: string } | null, fallback: string | null) =>
    actor ? `${actor.displayName} (${actor.username})` : (fallback ?? t("system"));
  const county = (code: string | null) => (code ? (counties[code] ?? code) : "—");
  const options = { actors: users, counties: Object.entries(counties).map(([code, name]) => ({ code, name })) };

  let table;
  let filter;
  let next: string | null;
  let invalid: boolean;
  if (log === "access") {
    const loaded = await orUnfiltered((i) => listAccessLog(user, i), input);
    ({ filter, nextCursor: next } = loaded.result);
    invalid = loaded.invalid;
    table = (
      <Table
        caption={t("tabs.access")}
        headers={[t("columns.at"), t("columns.actor"), t("columns.role"), t("columns.record"), t("columns.county"), t("columns.via")]}
        empty={t("empty")}
        rows={loaded.result.entries.map((e) => ({
          key: String(e.id),
          cells: [when(e.at), who(e.actor, e.actorName), tr(e.actorRole), `${e.entity} ${e.entityId.slice(0, 8)}`, county(e.countyCode), t(`via.${e.via === "api" ? "api" : "page"}`)],
        }))}
      />
    );
  } else {
    const loaded = await orUnfiltered((i) => listAuditEvents(user, i), input);
    ({ filter, nextCursor: next } = loaded.result);
    invalid = loaded.invalid;
    table = (
      <Table
        caption={t("tabs.events")}
        headers={[t("columns.at"), t("columns.actor"), t("columns.action"), t("columns.entity"), t("columns.county"), t("columns.ip")]}
        empty={t("empty")}
        rows={loaded.result.events.map((e) => ({
          key: String(e.id),
          cells: [
            when(e.at),
            who(e.actor, e.actorName),
            <span key="a" title={e.action}>
              {actionLabel(e.action, locale)}
            </span>,
            `${e.entity}${e.entityId ? ` ${e.entityId.slice(0, 8)}` : ""}`,
            county(e.countyCode),
            e.ip ?? "—",
          ],
        }))}
      />
    );
  }
  const query = { log, ...filterQuery(filter) };
  const link = (extra: Record<string, string>) => `/admin/audit?${new URLSearchParams({ ...query, ...extra }).toString()}`;
  const tab = (name: "events" | "access") => (
    <Link
      href={`/admin/audit?log=${name}`}
      aria-current={log === name ? "page" : undefined}
      className={`rounded-md px-3 py-1.5 text-sm font-medium ${log === name ? "bg-teal-700 text-white" : "text-slate-700 hover:bg-slate-100"}`}
    >
      {t(`tabs.${name}`)}
    </Link>
  );

  return (
    <section className="space-y-4">
      <PageHeader title={t("title")} actions={<ExportLinks list="audit" params={query} />} />
      <nav className="flex gap-2" aria-label={t("title")}>
        {tab("events")}
        {tab("access")}
      </nav>
      {invalid ? <Notice kind="warning">{t("invalidFilter")}</Notice> : null}
      <AuditFilters log={log} filter={filter} options={options} />
      {table}
      <nav className="flex justify-between text-sm" aria-label={t("pages")}>
        {input.cursor ? <Link href={link({})} className="underline">{t("newest")}</Link> : <span />}
        {next ? (
          <Link href={link({ cursor: next })} className="underline" data-testid="audit-older">
            {t("older")}
          </Link>
        ) : null}
      </nav>
    </section>
  );
}
