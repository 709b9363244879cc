import { BackLink } from "@/components/ui/back-link";
import { getLocale, getTranslations } from "next-intl/server";
import { NoticeSheet } from "@/components/notices/notice-sheet";
import { PrintToolbar } from "@/components/notices/print-toolbar";
import { Notice } from "@/components/ui/notice";
import { can } from "@/lib/auth/permissions";
import { todayOf } from "@/lib/calendar";
import { AppError } from "@/lib/errors";
import { translate } from "@/lib/i18n/catalogue";
import { loadOr404 } from "@/lib/http/page-load";
import { requirePagePermission } from "@/lib/http/page-guard";
import { countyNames } from "@/lib/jurisdictions/counties";
import { buildNotices } from "@/lib/notices/build-notices";
import "./print.css";

type Props = { searchParams: Promise<{ kind?: string; id?: string | string[]; case?: string }> };

/**
 * Print preview of notices: one contact (?id=), a selection (?id=…&id=…) or a case's contacts
 * (?case=), of the kind asked (auto: by category). Contacts that get none are named with why.
 */
export default async function PrintNoticesPage({ searchParams }: Props) {
  // Notices carry personal data in full: officials get the 404 page.
  const user = await requirePagePermission("personal:full");
  const sp = await searchParams;
  const locale = await getLocale();
  const [t, counties] = await Promise.all([getTranslations("notices"), countyNames(locale)]);
  const ids = sp.id === undefined ? [] : Array.isArray(sp.id) ? sp.id : [sp.id];
  let result: Awaited<ReturnType<typeof buildNotices>>;
  try {
    result = await loadOr404(buildNotices(user, { kind: sp.kind || undefined, ids, caseId: sp.case || undefined }));
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== "VALIDATION") throw error;
    return <Notice kind="error">{translate(locale, error.key, error.values)}</Notice>;
  }
  const today = todayOf();
  const riskIds = can(user, "contact:write") ? result.notices.filter((n) => n.kind === "RISK").map((n) => n.contactId) : [];
  const back = sp.case ? `/cases/${sp.case}` : ids.length === 1 ? `/contacts/${ids[0]}` : "/contacts";
  return (
    <div>
      <div className="notice-toolbar mb-6 space-y-3">
        <BackLink href={back}>{t("back")}</BackLink>
        <h1 className="text-xl font-semibold" data-testid="notice-count">{t("preview", { count: result.notices.length })}</h1>
        {result.notices.length ? <PrintToolbar riskIds={riskIds} /> : null}
        {result.skipped.length ? (
          <Notice kind="warning" testId="notice-skipped">
            <p>{t("skipped")}</p>
            <ul className="mt-1 list-disc pl-5">
              {result.skipped.map((s) => (
                <li key={s.contactId}>
                  {s.name}：{translate(locale, s.key, s.values)}
                </li>
              ))}
            </ul>
          </Notice>
        ) : null}
      </div>
      {result.notices.map((doc) => (
        <NoticeSheet key={doc.contactId} doc={doc} county={counties[doc.countyCode] ?? doc.countyCode} today={today} />
      ))}
    </div>
  );
}
