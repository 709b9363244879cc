"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/http/action";
import { createUser } from "@/lib/admin/create-user";
import { updateUser } from "@/lib/admin/update-user";
import { resetPassword } from "@/lib/admin/reset-password";
import type { CreateUserInput, ResetPasswordInput, UpdateUserInput } from "@/lib/admin/schemas";

export async function createUserAction(input: CreateUserInput) {
  const result = await runAction((user) => createUser(user, input));
  revalidatePath("/admin/users");
  return result;
}

export async function updateUserAction(userId: string, input: UpdateUserInput) {
  const result = await runAction((user) => updateUser(user, userId, input));
  revalidatePath("/admin/users");
  return result;
}

export async function resetPasswordAction(userId: string, input: ResetPasswordInput) {
  const result = await runAction((user) => resetPassword(user, userId, input));
  revalidatePath("/admin/users");
  return result;
}
