import { addDays, compareDates, maxDate } from "@/lib/isolation/dates";
import type { ContactDetail } from "@/lib/contacts/contact-view";
import type { SiteView } from "@/lib/sites/site-view";
import { AssignSiteDialog } from "./assign-site-dialog";
import { ExtendPhaseDialog } from "./extend-phase-dialog";
import { HealthCheckDialog } from "./health-check-dialog";
import { ReclassifyDialog } from "./reclassify-dialog";
import { RecordResultDialog } from "./record-result-dialog";
import { ReleaseDialog } from "./release-dialog";
import { outcomeOf } from "./test-outcome";

/**
 * The contact page's action buttons, each opening its form. Defaults come from the plan:
 * the result form offers the earliest scheduled test still without a result (else today),
 * the health check the first slot of today not yet recorded.
 */
export function ContactActions({
  contact,
  today,
  sites,
  may,
}: {
  contact: ContactDetail;
  today: string;
  sites: SiteView[] | null;
  may: { write: boolean; test: boolean; health: boolean; release: boolean; reclassify: boolean; site: boolean };
}) {
  const name = contact.person.name;
  const plan = contact.plan;
  const openTest = plan?.tests.find((x) => {
    const o = outcomeOf(x.date, contact.testResults, today);
    return (o === "MISSING" || o === "PENDING" || o === "UPCOMING") && compareDates(x.date, today) <= 0;
  });
  const checkedToday = new Set(contact.healthChecks.filter((h) => h.date === today).map((h) => h.slot));
  const slot = checkedToday.has("MORNING") ? "EVENING" : "MORNING";
  const extendable = (plan?.phases ?? [])
    .filter((p) => compareDates(p.endDate, today) >= 0)
    .map((p) => ({ kind: p.kind, endDate: p.endDate, suggestedEnd: addDays(maxDate(p.endDate, today), 1) }));

  return (
    <div className="flex flex-wrap gap-2" data-testid="contact-actions">
      {may.test ? (
        <RecordResultDialog contactId={contact.id} personName={name} sampleDate={openTest?.date ?? today} doubleSample={openTest?.doubleSample ?? false} today={today} />
      ) : null}
      {may.health ? <HealthCheckDialog contactId={contact.id} personName={name} date={today} slot={slot} today={today} /> : null}
      {may.write && plan ? <ExtendPhaseDialog contactId={contact.id} personName={name} version={contact.version} phases={extendable} /> : null}
      {may.release && plan ? <ReleaseDialog contactId={contact.id} personName={name} version={contact.version} releaseDate={plan.releaseDate} today={today} /> : null}
      {may.site && sites ? (
        <AssignSiteDialog
          contactId={contact.id}
          personName={name}
          version={contact.version}
          currentSiteId={contact.site?.id ?? null}
          sites={sites.map((s) => ({ id: s.id, name: s.name, capacity: s.capacity, free: s.free }))}
        />
      ) : null}
      {may.reclassify ? <ReclassifyDialog contactId={contact.id} personName={name} version={contact.version} today={today} /> : null}
    </div>
  );
}
