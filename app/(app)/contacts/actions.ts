"use server";

import { revalidatePath } from "next/cache";
import { extendPhase } from "@/lib/contacts/extend-phase";
import { reclassifyContact } from "@/lib/contacts/reclassify-contact";
import { releaseContact } from "@/lib/contacts/release-contact";
import { recordHealthCheck } from "@/lib/health/record-health-check";
import { runAction, type ActionResult } from "@/lib/http/action";
import { assignSite } from "@/lib/sites/assign-site";
import { recordTestResult } from "@/lib/lab-results/record-test-result";
import { requestTransfer } from "@/lib/transfers/request-transfer";

// Each action authenticates and calls one service (which validates and scopes), then lets every
// page that shows contacts (task list, lists, case and site pages) render the new state.
// Actions that change what an editor sees take the version the page was rendered with and pass
// it to the service, which refuses a change by someone else in between as STALE (as it does for
// the API); the one-click actions of the task list pass none.

function withVersion(input: unknown, version: number | undefined): unknown {
  if (version === undefined || input === null || typeof input !== "object" || Array.isArray(input)) return input;
  return { ...input, version };
}

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
      const contact = await extendPhase(user, contactId, withVersion(input, version));
      return { version: contact.version };
    }),
  );
}

export async function releaseContactAction(contactId: string, version: number | undefined, input: unknown) {
  return revalidated(
    await runAction(async (user) => {
      const contact = await releaseContact(user, contactId, withVersion(input, version));
      return { statusDate: contact.statusDate };
    }),
  );
}

export async function reclassifyContactAction(contactId: string, version: number | undefined, input: unknown) {
  return revalidated(
    await runAction(async (user) => {
      const contact = await reclassifyContact(user, contactId, withVersion(input, version));
      return { statusDate: contact.statusDate };
    }),
  );
}

export async function assignSiteAction(contactId: string, version: number | undefined, input: unknown) {
  return revalidated(
    await runAction(async (user) => {
      const contact = await assignSite(user, contactId, withVersion(input, version));
      return { site: contact.site };
    }),
  );
}

/** Hand the contact, with its plan, to another county; nothing moves until that county accepts. */
export async function requestTransferAction(contactId: string, input: unknown) {
  return revalidated(await runAction(async (user) => ({ id: (await requestTransfer(user, contactId, input)).id })));
}
