"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/http/action";
import { createCounty } from "@/lib/jurisdictions/create-county";
import { updateCounty, updatePrefecture } from "@/lib/jurisdictions/update-county";
import type { CreateCountyInput, UpdateCountyInput, UpdatePrefectureInput } from "@/lib/jurisdictions/schemas";

export async function createCountyAction(input: CreateCountyInput) {
  const result = await runAction((user) => createCounty(user, input));
  revalidatePath("/admin/reference");
  return result;
}

export async function updateCountyAction(code: string, input: UpdateCountyInput) {
  const result = await runAction((user) => updateCounty(user, code, input));
  revalidatePath("/admin/reference");
  return result;
}

export async function updatePrefectureAction(input: UpdatePrefectureInput) {
  const result = await runAction((user) => updatePrefecture(user, input));
  revalidatePath("/admin/reference");
  return result;
}
