"use server";

import { revalidatePath } from "next/cache";
import { addTrackEntry } from "@/lib/cases/add-track-entry";
import { checkCase } from "@/lib/cases/check-case";
import { registerCase } from "@/lib/cases/register-case";
import { removeTrackEntry } from "@/lib/cases/remove-track-entry";
import { updateCase } from "@/lib/cases/update-case";
import { updateTrackEntry } from "@/lib/cases/update-track-entry";
import { checkContactRows } from "@/lib/contacts/check-contact-rows";
import { registerContacts } from "@/lib/contacts/register-contacts";
import { registerSecondaryContacts } from "@/lib/contacts/register-secondary-contacts";
import { runAction } from "@/lib/http/action";

// Each action: authenticate and call one service (runAction), then refresh the pages showing it.
// Inputs are validated by the services' zod schemas.

export async function createCaseAction(input: unknown) {
  const result = await runAction((user) => registerCase(user, input));
  if (result.ok) revalidatePath("/cases");
  return result;
}

/** The new case's matches before saving (reads only). */
export async function checkCaseAction(input: unknown) {
  return runAction((user) => checkCase(user, input));
}

export async function updateCaseAction(caseId: string, input: unknown) {
  const result = await runAction((user) => updateCase(user, caseId, input));
  if (result.ok) revalidatePath("/cases", "layout");
  return result;
}

export async function addTrackEntryAction(caseId: string, input: unknown) {
  const result = await runAction((user) => addTrackEntry(user, caseId, input));
  if (result.ok) revalidatePath(`/cases/${caseId}`);
  return result;
}

export async function updateTrackEntryAction(caseId: string, entryId: string, input: unknown) {
  const result = await runAction((user) => updateTrackEntry(user, entryId, input));
  if (result.ok) revalidatePath(`/cases/${caseId}`);
  return result;
}

export async function removeTrackEntryAction(caseId: string, entryId: string) {
  const result = await runAction((user) => removeTrackEntry(user, entryId));
  if (result.ok) revalidatePath(`/cases/${caseId}`);
  return result;
}

/** Each grid row's matches before saving (reads only). */
export async function checkContactsAction(caseId: string, input: unknown) {
  return runAction((user) => checkContactRows(user, { kind: "CASE", id: caseId }, input));
}

export async function checkSecondaryContactsAction(contactId: string, input: unknown) {
  return runAction((user) => checkContactRows(user, { kind: "CONTACT", id: contactId }, input));
}

export async function registerContactsAction(caseId: string, input: unknown) {
  const result = await runAction((user) => registerContacts(user, caseId, input));
  if (result.ok) {
    revalidatePath("/cases", "layout");
    revalidatePath("/contacts", "layout");
  }
  return result;
}

export async function registerSecondaryContactsAction(caseId: string, contactId: string, input: unknown) {
  const result = await runAction((user) => registerSecondaryContacts(user, contactId, input));
  if (result.ok) {
    revalidatePath(`/cases/${caseId}`);
    revalidatePath("/contacts", "layout");
  }
  return result;
}
