import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";

/**
 * For pages: a loader's NOT_FOUND (absent, or another county's record) becomes the 404 page,
 * so an id from elsewhere reveals nothing. Other errors propagate.
 */
export async function loadOr404<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
