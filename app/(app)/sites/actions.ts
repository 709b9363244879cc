"use server";

import { revalidatePath } from "next/cache";
import { createSite } from "@/lib/sites/create-site";
import { updateSite } from "@/lib/sites/update-site";
import { runAction } from "@/lib/http/action";

export async function createSiteAction(input: unknown) {
  const result = await runAction((user) => createSite(user, input));
  if (result.ok) revalidatePath("/sites");
  return result;
}

export async function updateSiteAction(siteId: string, input: unknown) {
  const result = await runAction((user) => updateSite(user, siteId, input));
  if (result.ok) revalidatePath("/sites", "layout");
  return result;
}
