import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { unauthenticated } from "@/lib/errors";
import { authOptions } from "./options";
import { loadActiveUser } from "./load-user";
import type { SessionUser } from "./user";

/** The signed-in, still-active user of this request, or null. */
export async function currentUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions());
  const userId = (session as { userId?: string } | null)?.userId;
  if (!userId) return null;
  return loadActiveUser(userId);
}

/** For pages: the user, or a redirect to the sign-in page. */
export async function requirePageUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect("/signin");
  return user;
}

/** For route handlers and actions: the user, or a 401 AppError. */
export async function requireApiUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) throw unauthenticated();
  return user;
}
