"use server";

import { revalidatePath } from "next/cache";
import { answerAssist } from "@/lib/assists/answer-assist";
import { runAction, type ActionResult } from "@/lib/http/action";
import { answerTransfer, cancelTransfer } from "@/lib/transfers/answer-transfer";

// 协查 and transfers (docs/domain.md "Identity and privacy"): each action authenticates and
// calls one service, then lets every page that lists requests, contacts and cases refresh —
// an answer can merge records, end a plan or move a contact to another county.

function revalidated<T>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

export async function answerAssistAction(id: string, input: unknown) {
  return revalidated(await runAction(async (user) => (await answerAssist(user, id, input)).status));
}

export async function answerTransferAction(id: string, input: unknown) {
  return revalidated(await runAction(async (user) => (await answerTransfer(user, id, input)).status));
}

export async function cancelTransferAction(id: string) {
  return revalidated(await runAction(async (user) => (await cancelTransfer(user, id)).status));
}
