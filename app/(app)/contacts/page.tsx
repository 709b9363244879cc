import { getTranslations } from "next-intl/server";
import { ContactFilters, FILTER_VALUES, type ContactFilterValues } from "@/components/contacts/contact-filters";
import { ContactTable } from "@/components/contacts/contact-table";
import { PageHeader } from "@/components/ui/page-header";
import { ExportLinks } from "@/components/exports/export-links";
import { Pagination } from "@/components/ui/pagination";
import { listContacts } from "@/lib/contacts/list-contacts";
import { nextOpenTests } from "@/lib/contacts/next-tests";
import { requirePagePermission } from "@/lib/http/page-guard";
import { seesFull } from "@/lib/privacy/mask";
import { listSites } from "@/lib/sites/list-sites";
import { isValidIsoDate } from "@/lib/isolation/dates";
import { can } from "@/lib/auth/permissions";
import { countyStaff } from "@/lib/assignment/assign-staff";
import { bulkActionsFor } from "@/lib/bulk/actions-for";
import { readDb } from "@/lib/db";

const PAGE_SIZE = 25;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Search = Record<string, string | string[] | undefined>;

function one(search: Search, key: string): string | undefined {
  const v = search[key];
  const s = (Array.isArray(v) ? v[0] : v)?.trim();
  return s ? s : undefined;
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[]): T | undefined {
  return allowed.find((a) => a === value);
}

/** Only well-formed values reach the service: a hand-edited URL shows an unfiltered list rather than an error. */
function readFilters(search: Search, canSearch: boolean): ContactFilterValues & { page: number; county?: string; date?: string } {
  const siteId = one(search, "siteId");
  const page = Number(one(search, "page") ?? "1");
  return {
    q: canSearch ? one(search, "q")?.slice(0, 50) : undefined,
    category: oneOf(one(search, "category"), FILTER_VALUES.CATEGORIES),
    phase: oneOf(one(search, "phase"), FILTER_VALUES.PHASES),
    due: oneOf(one(search, "due"), FILTER_VALUES.DUE),
    status: oneOf(one(search, "status"), FILTER_VALUES.STATUSES),
    siteId: siteId && UUID.test(siteId) ? siteId : undefined,
    // The dashboard's drill-down: a county and the figure's date.
    county: /^\d{6}$/.test(one(search, "county") ?? "") ? one(search, "county") : undefined,
    date: isValidIsoDate(one(search, "date") ?? "") ? one(search, "date") : undefined,
    assignedTo: one(search, "assignedTo") === "me" ? "me" : undefined,
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
  };
}

export default async function ContactsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requirePagePermission("contact:read");
  const canSearch = seesFull(user);
  const filters = readFilters(await searchParams, canSearch);
  const [t, list, sites] = await Promise.all([
    getTranslations("contacts.list"),
    listContacts(user, { ...filters, pageSize: PAGE_SIZE }),
    listSites(user, { pageSize: 200, includeInactive: true }),
  ]);
  const next = await nextOpenTests(user, list.items.filter((c) => c.status === "ACTIVE").map((c) => c.id));
  const siteName = new Map(sites.items.map((s) => [s.id, s.name]));
  const { page, ...values } = filters;
  const bulk = user.countyCode && can(user, "contact:write") ? { actions: bulkActionsFor(user), sites: sites.items.filter((s) => s.active), staff: await countyStaff(readDb(), user.countyCode), today: list.date } : null;

  return (
    <div className="space-y-4">
      <PageHeader
        title={t("title")}
        subtitle={<span data-testid="contact-count">{t(list.totalCapped ? "summaryCapped" : "summary", { total: list.total, date: list.date })}</span>}
        actions={<ExportLinks list="contacts" params={values} />}
      />
      <ContactFilters values={values} sites={sites.items} canSearch={canSearch} />
      <ContactTable
        today={list.date}
        rows={list.items.map((c) => ({
          id: c.id,
          name: c.person.name,
          idNumber: c.person.idNumber,
          category: c.category,
          phase: c.phaseOnDate,
          status: c.status,
          nextTest: next.get(c.id) ?? null,
          siteName: c.siteId ? (siteName.get(c.siteId) ?? null) : null,
          version: c.version,
        }))}
        bulk={bulk}
      />
      <Pagination page={page} pageSize={list.pageSize} total={list.total} totalCapped={list.totalCapped} shown={list.items.length} basePath="/contacts" params={values} />
    </div>
  );
}
