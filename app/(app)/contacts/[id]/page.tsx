import { BackLink } from "@/components/ui/back-link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ContactActions } from "@/components/contacts/contact-actions";
import { AssignStaffDialog } from "@/components/assignment/assign-staff-dialog";
import { countyStaff } from "@/lib/assignment/assign-staff";
import { readDb } from "@/lib/db";
import { ContactFacts } from "@/components/contacts/contact-facts";
import { FeedbackProvider } from "@/components/contacts/feedback";
import { HealthChecksTable } from "@/components/contacts/health-checks-table";
import { PlanSchedule } from "@/components/contacts/plan-schedule";
import { PlanTimeline } from "@/components/contacts/plan-timeline";
import { SourceChain } from "@/components/contacts/source-chain";
import { TestResultsTable } from "@/components/contacts/test-results-table";
import { TransferCountyDialog } from "@/components/contacts/transfer-county-dialog";
import { MergedBanner, OpenRequestsBanner } from "@/components/identity/record-banners";
import { ContactNotices } from "@/components/notices/contact-notices";
import { LinkButton } from "@/components/ui/link-button";
import { Withheld } from "@/components/ui/withheld";
import { CategoryBadge, PhaseBadge, StatusBadge } from "@/components/ui/domain-badges";
import { Notice } from "@/components/ui/notice";
import { Card, PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { getContact } from "@/lib/contacts/get-contact";
import { getContactLinks } from "@/lib/contacts/contact-links";
import { getSourceChain } from "@/lib/contacts/source-chain";
import { AppError } from "@/lib/errors";
import { requirePagePermission } from "@/lib/http/page-guard";
import { diffDays } from "@/lib/isolation/dates";
import { phaseOn } from "@/lib/isolation/plan";
import { countyNames, findCounty, jurisdictionName } from "@/lib/jurisdictions/counties";
import { todayOf } from "@/lib/calendar";
import { listSites } from "@/lib/sites/list-sites";
import { recordPersonAccess } from "@/lib/audit/access-log";

async function loadContact(user: Parameters<typeof getContact>[0], id: string) {
  try {
    return await getContact(user, id);
  } catch (error) {
    // Absent and another county's contact look the same: the 404 page.
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export default async function ContactPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePagePermission("contact:read");
  const { id } = await params;
  const contact = await loadContact(user, id);
  const today = todayOf();
  const active = contact.status === "ACTIVE";
  const may = {
    write: active && can(user, "contact:write"),
    test: active && can(user, "test:write"),
    health: active && can(user, "health:write"),
    release: active && can(user, "contact:release"),
    reclassify: active && can(user, "contact:reclassify"),
    site: active && can(user, "site:write"),
  };
  const locale = await getLocale();
  // Logged beside the page's other reads (PIPL; docs/decisions/0015-audit-trail.md).
  const [t, td, ti, chain, sites, county, links, counties, staff] = await Promise.all([
    getTranslations("contacts"),
    getTranslations("domain"),
    getTranslations("identity"),
    getSourceChain(user, contact),
    may.site ? listSites(user, { pageSize: 200 }) : Promise.resolve(null),
    findCounty(contact.countyCode),
    getContactLinks(user, contact.id),
    countyNames(locale),
    may.write && user.countyCode === contact.countyCode ? countyStaff(readDb(), contact.countyCode) : Promise.resolve(null),
    recordPersonAccess(user, { entity: "Contact", ...contact }, "page"),
  ]);
  // Handing over and merging records are for the county that holds the person.
  const own = user.countyCode === contact.countyCode;
  const transferable = may.write && own && !links.transfer;
  const mergeable = own && can(user, "case:write") && can(user, "contact:write");
  const plan = contact.plan;
  const phase = plan && active ? phaseOn(plan, today) : null;
  const day = diffDays(today, contact.lastExposureDate);

  return (
    <FeedbackProvider>
      <div className="space-y-6">
        <BackLink href="/contacts">{t("detail.back")}</BackLink>
        <PageHeader
          title={<span data-testid="contact-name">{contact.person.name}</span>}
          subtitle={
            <span className="flex flex-wrap items-center gap-2" data-testid="contact-badges">
              <CategoryBadge category={contact.category} />
              {phase ? <PhaseBadge phase={phase} /> : null}
              <StatusBadge status={contact.status} />
              {active ? <span>{t("detail.dayN", { day })}</span> : null}
              {!active && contact.statusDate ? <span>{t("detail.statusSince", { status: td(`status.${contact.status}`), date: contact.statusDate })}</span> : null}
              {contact.previousCategory ? <span>{t("detail.upgraded", { category: td(`category.${contact.previousCategory}`) })}</span> : null}
            </span>
          }
        />
        {contact.status === "MERGED" && links.mergedInto ? <MergedBanner mergedInto={links.mergedInto} counties={counties} record="CONTACT" /> : null}
        <OpenRequestsBanner assists={links.assists} transfer={links.transfer} counties={counties} />
        {active ? (
          Object.values(may).some(Boolean) || transferable || mergeable ? (
            <section aria-label={t("actions.title")} className="flex flex-wrap gap-2">
              <ContactActions contact={contact} today={today} sites={sites?.items ?? null} may={may} />
              {staff ? <AssignStaffDialog kind="contact" id={contact.id} personName={contact.person.name} version={contact.version} currentId={contact.assignedToId} staff={staff} /> : null}
              {transferable ? (
                <TransferCountyDialog
                  contactId={contact.id}
                  personName={contact.person.name}
                  counties={Object.entries(counties)
                    .filter(([code]) => code !== contact.countyCode)
                    .map(([code, name]) => ({ code, name }))}
                />
              ) : null}
              {mergeable ? <LinkButton href={`/persons/merge?keep=${contact.person.id}`}>{ti("merge.entry")}</LinkButton> : null}
            </section>
          ) : null
        ) : (
          <>
            {contact.status !== "MERGED" ? (
              <Notice kind="info" testId="contact-inactive">
                <p>{t("detail.inactive")}</p>
                {contact.hidden.includes("statusReason") ? (
                  <p className="mt-1">
                    {ti("fields.statusReasonLabel")} <Withheld value={null} hidden />
                  </p>
                ) : contact.statusReason ? (
                  <p className="mt-1">{t("detail.statusReason", { reason: contact.statusReason })}</p>
                ) : null}
              </Notice>
            ) : null}
            {mergeable ? (
              <div>
                <LinkButton href={`/persons/merge?keep=${contact.person.id}`}>{ti("merge.entry")}</LinkButton>
              </div>
            ) : null}
          </>
        )}

        <ContactNotices user={user} contact={contact} />
        <div className="grid gap-6 lg:grid-cols-3">
          <div className="min-w-0 space-y-6 lg:col-span-2">
            <Card
              title={t("timeline.title")}
              actions={plan ? <span className="text-xs text-slate-500">{t("detail.policy", { version: plan.policyVersion })}</span> : null}
            >
              {plan ? (
                <div className="space-y-6">
                  <PlanTimeline plan={plan} results={contact.testResults} today={today} />
                  <PlanSchedule plan={plan} extensions={plan.extensions} results={contact.testResults} lastExposureDate={contact.lastExposureDate} today={today} />
                </div>
              ) : (
                <p className="text-sm text-slate-600">{t("detail.noPlan")}</p>
              )}
            </Card>
            <Card title={t("tests.title")}>
              <TestResultsTable results={contact.testResults} />
            </Card>
            <Card title={t("health.title")}>
              <HealthChecksTable checks={contact.healthChecks} />
            </Card>
          </div>
          {/* On a tablet the facts and the chain come first, side by side; on a desktop they sit on the right. */}
          <div className="order-first min-w-0 space-y-6 md:grid md:grid-cols-2 md:items-start md:gap-6 md:space-y-0 lg:order-none lg:block lg:space-y-6">
            <Card title={t("detail.facts")}>
              <ContactFacts contact={contact} countyName={county ? jurisdictionName(county, locale) : null} />
            </Card>
            <Card title={t("chain.title")}>
              <SourceChain
                chain={chain}
                personName={contact.person.name}
                category={contact.category}
                enterSecondaryHref={
                  contact.category === "CLOSE" && may.write && contact.sourceCaseId
                    ? `/cases/${contact.sourceCaseId}/contacts/${contact.id}/secondary`
                    : undefined
                }
              />
            </Card>
          </div>
        </div>
      </div>
    </FeedbackProvider>
  );
}
