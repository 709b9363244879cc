"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/http/action";
import { createPolicyVersion } from "@/lib/policy/create-policy";
import { previewPolicy } from "@/lib/policy/preview-policy";

export async function createPolicyAction(input: unknown) {
  const result = await runAction((user) => createPolicyVersion(user, input));
  revalidatePath("/admin/policy");
  return result;
}

export async function previewPolicyAction(input: unknown) {
  return runAction((user) => previewPolicy(user, input));
}
