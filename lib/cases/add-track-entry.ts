import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";
import { recordAudit } from "@/lib/audit/record";
import { toDbDate } from "@/lib/calendar";
import { inTransaction, todayFor, type ServiceOptions } from "@/lib/transaction";
import { parseInput } from "@/lib/validation/parse-input";
import { trackEntryView } from "./case-view";
import { loadCase } from "./load-case";
import { makeTrackEntrySchema } from "./schemas";

/** Adds a movement-track (行程轨迹) entry to a case. */
export async function addTrackEntry(user: SessionUser, caseId: string, input: unknown, opts?: ServiceOptions) {
  assertCan(user, "case:write");
  const data = parseInput(makeTrackEntrySchema(todayFor(opts)), input);
  return inTransaction(opts, async (tx) => {
    const c = await loadCase(tx, user, caseId);
    const entry = await tx.caseTrackEntry.create({
      data: { caseId: c.id, date: toDbDate(data.date), place: data.place, activity: data.activity ?? null },
    });
    const view = trackEntryView(user, entry);
    await recordAudit(tx, { actor: user, action: "case_track.add", entity: "CaseTrackEntry", entityId: entry.id, countyCode: c.countyCode, after: { caseId: c.id, ...view } });
    return view;
  });
}
