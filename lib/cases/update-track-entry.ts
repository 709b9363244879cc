import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";
import { recordAudit } from "@/lib/audit/record";
import { toDbDate } from "@/lib/calendar";
import { inTransaction, todayFor, type ServiceOptions } from "@/lib/transaction";
import { parseInput } from "@/lib/validation/parse-input";
import { trackEntryView } from "./case-view";
import { loadTrackEntry } from "./load-track-entry";
import { makeUpdateTrackEntrySchema } from "./schemas";

export async function updateTrackEntry(user: SessionUser, entryId: string, input: unknown, opts?: ServiceOptions) {
  assertCan(user, "case:write");
  const data = parseInput(makeUpdateTrackEntrySchema(todayFor(opts)), input);
  return inTransaction(opts, async (tx) => {
    const before = await loadTrackEntry(tx, user, entryId);
    const entry = await tx.caseTrackEntry.update({
      where: { id: before.id },
      data: { date: data.date ? toDbDate(data.date) : undefined, place: data.place, activity: data.activity },
    });
    const view = trackEntryView(user, entry);
    await recordAudit(tx, {
      actor: user,
      action: "case_track.update",
      entity: "CaseTrackEntry",
      entityId: entry.id,
      countyCode: before.case.countyCode,
      before: trackEntryView(user, before),
      after: view,
    });
    return view;
  });
}
