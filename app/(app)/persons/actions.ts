"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/http/action";
import { mergePersons } from "@/lib/persons/merge-persons";

/** Two records of the user's county found to be the same person become one. */
export async function mergePersonsAction(input: unknown) {
  const result = await runAction(async (user) => {
    const merged = await mergePersons(user, input);
    return { personId: merged.person.id, mergedPersonId: merged.mergedPersonId };
  });
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
