import type { SessionUser } from "@/lib/auth/user";
import type { Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { seesFull } from "@/lib/privacy/mask";

/**
 * The `q` filter over name, ID number and phone. Searching personal data is itself a read of
 * it, so roles that only see masked data may not search by it.
 */
export function personSearch(user: SessionUser, q: string): Prisma.PersonWhereInput {
  if (!seesFull(user)) throw new AppError("FORBIDDEN", "errors.forbidden");
  return {
    OR: [
      { name: { contains: q, mode: "insensitive" } },
      { idNumber: { contains: q.toUpperCase() } },
      { phone: { contains: q } },
    ],
  };
}
