"use server";

import { runAction } from "@/lib/http/action";
import { changePassword } from "@/lib/auth/change-password";
import { reissueSessionCookie } from "@/lib/auth/session-cookie";

/** Open before a forced password change (the one action that is). Other sessions end. */
export async function changePasswordAction(input: { current: string; next: string; confirm: string }) {
  return runAction(
    async (user) => {
      const sessionVersion = await changePassword(user, input);
      await reissueSessionCookie(user, sessionVersion);
    },
    { allowPasswordChange: true },
  );
}
