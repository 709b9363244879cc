"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/http/action";
import { correctBulletin, createBulletin, publishBulletin, reviewBulletin, updateBulletin } from "@/lib/bulletins/workflow";

// Each action authenticates and calls one service (permission, validation, version check and
// audit happen there), then lets the bulletin pages, public ones included, render the new state.
function revalidated<T>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
const idOf = (b: { id: string; version: number }) => ({ id: b.id, version: b.version });

export async function createBulletinAction(input: unknown) {
  return revalidated(await runAction(async (user) => idOf(await createBulletin(user, input))));
}

export async function updateBulletinAction(id: string, input: unknown) {
  return revalidated(await runAction(async (user) => idOf(await updateBulletin(user, id, input))));
}

export async function reviewBulletinAction(id: string, version: number) {
  return revalidated(await runAction(async (user) => idOf(await reviewBulletin(user, id, { version }))));
}

export async function publishBulletinAction(id: string, version: number) {
  return revalidated(await runAction(async (user) => idOf(await publishBulletin(user, id, { version }))));
}

export async function correctBulletinAction(id: string, input: unknown) {
  return revalidated(await runAction(async (user) => idOf(await correctBulletin(user, id, input))));
}
