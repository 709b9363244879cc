import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";
import { recordAudit } from "@/lib/audit/record";
import { inTransaction, type ServiceOptions } from "@/lib/transaction";
import { trackEntryView } from "./case-view";
import { loadTrackEntry } from "./load-track-entry";

/** Hides a track entry; staff never hard-delete, so the row stays with removedAt set. */
export async function removeTrackEntry(user: SessionUser, entryId: string, opts?: ServiceOptions): Promise<{ id: string }> {
  assertCan(user, "case:write");
  return inTransaction(opts, async (tx) => {
    const before = await loadTrackEntry(tx, user, entryId);
    await tx.caseTrackEntry.update({ where: { id: before.id }, data: { removedAt: opts?.now ?? new Date() } });
    await recordAudit(tx, {
      actor: user,
      action: "case_track.remove",
      entity: "CaseTrackEntry",
      entityId: before.id,
      countyCode: before.case.countyCode,
      before: trackEntryView(user, before),
    });
    return { id: before.id };
  });
}
