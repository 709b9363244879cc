"use server";

import { revalidatePath } from "next/cache";
import { confirmTransfer } from "@/lib/contacts/confirm-transfer";
import { runAction } from "@/lib/http/action";

/** "Mark transferred" on the task list: centralized isolation → home health monitoring. */
export async function confirmTransferAction(contactId: string, input: unknown) {
  const result = await runAction(async (user) => {
    const contact = await confirmTransfer(user, contactId, input);
    return { version: contact.version };
  });
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
