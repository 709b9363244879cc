"use server";

import { revalidatePath } from "next/cache";
import { addTrackEntry } from "@/lib/cases/add-track-entry";
import { registerCase } from "@/lib/cases/register-case";
import { removeTrackEntry } from "@/lib/cases/remove-track-entry";
import { updateCase } from "@/lib/cases/update-case";
import { updateTrackEntry } from "@/lib/cases/update-track-entry";
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
