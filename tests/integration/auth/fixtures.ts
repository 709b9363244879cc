import { prisma } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { seedReferenceData } from "@/lib/seed/reference-data";
import type { Role } from "@/lib/auth/user";

export async function createUser(input: {
  username: string;
  password?: string;
  role?: Role;
  countyCode?: string | null;
  active?: boolean;
}) {
  await seedReferenceData(prisma());
  return prisma().user.create({
    data: {
      username: input.username,
      displayName: input.username,
      role: input.role ?? "COUNTY_STAFF",
      countyCode: input.countyCode === undefined ? "513201" : input.countyCode,
      active: input.active ?? true,
      passwordHash: await hashPassword(input.password ?? "correct horse battery"),
    },
  });
}
