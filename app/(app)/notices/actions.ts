"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/http/action";
import { recordRiskNotices } from "@/lib/notices/record-notice";

export async function recordRiskNoticesAction(ids: string[]) {
  const result = await runAction((user) => recordRiskNotices(user, { ids }));
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
