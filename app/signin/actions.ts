"use server";

import { currentUser } from "@/lib/auth/current-user";
import { landingPath } from "@/lib/auth/navigation";

/** Asked right after signing in (the new session cookie is sent): where this account lands. */
export async function landingPathAction(): Promise<string> {
  const user = await currentUser();
  return user ? landingPath(user.role) : "/";
}
