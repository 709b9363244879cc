// The staff account the page benchmarks sign in with (bench:today over HTTP, bench:pages-browser):
// "bench-today", made or reset as staff of the county measured, active, unlocked, with
// BENCH_PASSWORD (default Bench#Today2026). The only thing those benchmarks write.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";

export const BENCH_STAFF = "bench-today";

export async function benchStaff(db: PrismaClient, countyCode: string): Promise<{ username: string; password: string }> {
  const username = BENCH_STAFF;
  const password = process.env.BENCH_PASSWORD ?? "Bench#Today2026";
  const passwordHash = await hashPassword(password);
  await db.user.upsert({
    where: { username },
    create: { username, displayName: "Bench staff", role: "COUNTY_STAFF", countyCode, passwordHash, mustChangePassword: false },
    update: { countyCode, passwordHash, active: true, mustChangePassword: false, role: "COUNTY_STAFF", failedSignIns: 0, lockedUntil: null },
  });
  return { username, password };
}
