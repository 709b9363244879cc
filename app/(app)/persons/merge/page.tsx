import Link from "next/link";
import { BackLink } from "@/components/ui/back-link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { loadOr404 } from "@/lib/http/page-load";
import { requirePagePermission } from "@/lib/http/page-guard";
import { getPersonRecord, recordHref, searchPersons } from "@/lib/persons/search-persons";
import { MergeConfirm } from "@/components/persons/merge-confirm";
import { mergePreview } from "@/components/persons/merge-preview";
import { PersonRecordCard } from "@/components/persons/person-record-card";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { Card, PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table } from "@/components/ui/table";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LINK = "font-medium text-teal-800 underline-offset-2 hover:underline";
type Search = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

/**
 * Two records of this county found to be the same person (docs/domain.md "Identity and
 * privacy"): find the other record by name, ID number or phone, see both side by side with
 * what the merge will do, confirm, and land on the kept record.
 */
export default async function MergePersonsPage({ searchParams }: { searchParams: Search }) {
  const user = await requirePagePermission("case:write");
  if (!can(user, "contact:write")) notFound();
  const sp = await searchParams;
  const keepId = one(sp.keep);
  const otherId = one(sp.other);
  const q = one(sp.q)?.slice(0, 50);
  const page = Math.max(1, Math.min(1000, Math.floor(Number(one(sp.page))) || 1));
  if (!keepId || !UUID.test(keepId) || (otherId && !UUID.test(otherId))) notFound();

  const [t, keep, other, found] = await Promise.all([
    getTranslations("identity.merge"),
    loadOr404(getPersonRecord(user, keepId)),
    otherId && otherId !== keepId ? loadOr404(getPersonRecord(user, otherId)) : null,
    q ? searchPersons(user, { q, excludeId: keepId, page, pageSize: 10 }) : null,
  ]);
  const back = recordHref(keep);
  const preview = other ? mergePreview(keep, other) : null;
  const pick = (id: string) => `/persons/merge?${new URLSearchParams({ keep: keepId, ...(q ? { q } : {}), other: id })}`;

  return (
    <div className="space-y-6">
      {back ? (
        <BackLink href={back}>{t("back")}</BackLink>
      ) : null}
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <Card title={t("findTitle")}>
        <form method="get" action="/persons/merge" role="search" className="flex flex-wrap items-end gap-2">
          <input type="hidden" name="keep" value={keepId} />
          <div className="w-full max-w-sm">
            <label htmlFor="merge-q" className="block text-sm font-medium text-slate-700">
              {t("searchLabel")}
            </label>
            <Input id="merge-q" name="q" type="search" defaultValue={q ?? ""} maxLength={50} className="mt-1" />
          </div>
          <Button type="submit">{t("search")}</Button>
        </form>
        {found ? (
          <div className="mt-4" data-testid="merge-results">
            <Table
              caption={t("results")}
              headers={[t("fields.name"), t("fields.idNumber"), t("fields.phone"), t("stateColumn"), ""]}
              empty={t("noResults", { q: q ?? "" })}
              rows={found.items.map((r) => ({
                key: r.person.id,
                cells: [
                  r.person.name,
                  <span key="i" className="tabular-nums">{r.person.idNumber ?? "—"}</span>,
                  <span key="p" className="tabular-nums">{r.person.phone ?? "—"}</span>,
                  t(`state.${r.state}`),
                  <Link key="c" href={pick(r.person.id)} className={LINK} aria-label={t("chooseOf", { name: r.person.name })}>
                    {t("choose")}
                  </Link>,
                ],
              }))}
            />
            <Pagination page={found.page} pageSize={found.pageSize} total={found.total} basePath="/persons/merge" params={{ keep: keepId, q }} />
          </div>
        ) : null}
      </Card>

      <div className="grid gap-6 lg:grid-cols-2">
        <PersonRecordCard record={keep} title={t("keepTitle")} testId="merge-keep" />
        {other ? (
          <div className="space-y-2">
            <PersonRecordCard record={other} title={t("otherTitle")} testId="merge-other" />
            <Link href={`/persons/merge?${new URLSearchParams({ keep: other.person.id, other: keep.person.id })}`} className={`${LINK} text-sm`}>
              {t("swap")}
            </Link>
          </div>
        ) : (
          <p className="text-sm text-slate-600">{t("pickOther")}</p>
        )}
      </div>

      {other && preview ? (
        <Card title={t("previewTitle")}>
          {preview.refused ? (
            <Notice kind="error" testId="merge-refused">
              {t("refusedDocuments")}
            </Notice>
          ) : (
            <div className="space-y-4">
              <ul className="list-disc space-y-1 pl-5 text-sm" data-testid="merge-preview">
                {preview.lines.map((line) => (
                  <li key={line.key}>
                    {line.key === "keptValues" || line.key === "filled"
                      ? t(`preview.${line.key}`, { fields: line.fields.map((f) => t(`fields.${f}`)).join("、") })
                      : line.key === "contactsEnd"
                        ? t("preview.contactsEnd", { count: line.count })
                        : line.key === "historyMoves"
                          ? t("preview.historyMoves", { cases: line.cases, contacts: line.contacts })
                          : t(`preview.${line.key}`)}
                  </li>
                ))}
              </ul>
              <MergeConfirm keepPersonId={keep.person.id} mergePersonId={other.person.id} />
            </div>
          )}
        </Card>
      ) : null}
    </div>
  );
}
