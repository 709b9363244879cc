"use server";

import { revalidatePath } from "next/cache";
import { extendPhase } from "@/lib/contacts/extend-phase";
import { withContactVersion } from "@/lib/contacts/expect-version";
import { reclassifyContact } from "@/lib/contacts/reclassify-contact";
import { releaseContact } from "@/lib/contacts/release-contact";
import { recordHealthCheck } from "@/lib/health/record-health-check";
import { runAction, type ActionResult } from "@/lib/http/action";
import { assignSite } from "@/lib/sites/assign-site";
import { recordTestResult } from "@/lib/lab-results/record-test-result";
import { requestTransfer } from "@/lib/transfers/request-transfer";

// Each action authenticates and calls one service (which validates and scopes), then lets every
// page that shows contacts (task list, lists, case and site pages) render the new state.
// Actions that change what an editor sees take the version the page was rendered with, so a
// change by someone else in between is refused as STALE instead of being silently overwritten;
// the one-click actions of the task list pass none.

function revalidated<T>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

export async function recordTestResultAction(contactId: string, input: unknown) {
  return revalidated(await runAction((user) => recordTestResult(user, contactId, input)));
}

export async function recordHealthCheckAction(contactId: string, input: unknown) {
  return revalidated(
    await runAction(async (user) => {
      const check = await recordHealthCheck(user, contactId, input);
      return { date: check.date, slot: check.slot, temperature: check.temperature };
    }),
  );
}

export async function extendPhaseAction(contactId: string, version: number | undefined, input: unknown) {
  return revalidated(
    await runAction(async (user) => {
      const contact = await withContactVersion(user, contactId, version, (opts) => extendPhase(user, contactId, input, opts));
      return { version: contact.version };
    }),
  );
}

export async function releaseContactAction(contactId: string, version: number | undefined, input: unknown) {
  return revalidated(
    await runAction(async (user) => {
      const contact = await withContactVersion(user, contactId, version, (opts) => releaseContact(user, contactId, input, opts));
      return { statusDate: contact.statusDate };
    }),
  );
}

export async function reclassifyContactAction(contactId: string, version: number | undefined, input: unknown) {
  return revalidated(
    await runAction(async (user) => {
      const contact = await withContactVersion(user, contactId, version, (opts) => reclassifyContact(user, contactId, input, opts));
      return { statusDate: contact.statusDate };
    }),
  );
}

export async function assignSiteAction(contactId: string, version: number | undefined, input: unknown) {
  return revalidated(
    await runAction(async (user) => {
      const contact = await withContactVersion(user, contactId, version, (opts) => assignSite(user, contactId, input, opts));
      return { site: contact.site };
    }),
  );
}

/** Hand the contact, with its plan, to another county; nothing moves until that county accepts. */
export async function requestTransferAction(contactId: string, input: unknown) {
  return revalidated(await runAction(async (user) => ({ id: (await requestTransfer(user, contactId, input)).id })));
}
