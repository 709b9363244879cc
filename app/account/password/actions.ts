"use server";

import { runAction } from "@/lib/http/action";
import { changePassword } from "@/lib/auth/change-password";

export async function changePasswordAction(input: { current: string; next: string; confirm: string }) {
  return runAction((user) => changePassword(user, input));
}
