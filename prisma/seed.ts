/**
 * Seeds reference data (idempotent). With --demo also the demo accounts; otherwise the
 * first administrator from ADMIN_USERNAME / ADMIN_PASSWORD when there is none.
 *   DATABASE_URL=... npm run db:seed [-- --demo]
 */
import { createPrismaClient } from "@/lib/db";
import { seedReferenceData } from "@/lib/seed/reference-data";
import { DEMO_ACCOUNTS, ensureFirstAdmin, seedDemoAccounts } from "@/lib/seed/accounts";
import { seedDemoData } from "@/lib/seed/demo-data";

export async function seed(databaseUrl: string, opts: { demo: boolean }): Promise<string[]> {
  const db = createPrismaClient(databaseUrl);
  const notes: string[] = [];
  try {
    await seedReferenceData(db);
    if (opts.demo) {
      await seedDemoAccounts(db);
      // TRACER_DEMO_DATA=0 keeps the registry empty (the browser tests make their own data).
      if (process.env.TRACER_DEMO_DATA !== "0" && (await seedDemoData(db))) {
        notes.push("Demo cases and contacts created for 马尔康市 and 汶川县.");
      }
      notes.push("Demo accounts / 演示账号:");
      for (const a of DEMO_ACCOUNTS) notes.push(`  ${a.username.padEnd(10)} ${a.password.padEnd(14)} ${a.role}${a.countyCode ? ` ${a.countyCode}` : ""}`);
    } else {
      const admin = await ensureFirstAdmin(db, { username: process.env.ADMIN_USERNAME, password: process.env.ADMIN_PASSWORD });
      if (admin === "created") notes.push(`Created the first administrator "${process.env.ADMIN_USERNAME}" (must change password).`);
      if (admin === "missing-env") notes.push("No administrator exists yet: set ADMIN_USERNAME and ADMIN_PASSWORD and start again to create one.");
    }
  } finally {
    await db.$disconnect();
  }
  return notes;
}

if (process.argv[1]?.endsWith("seed.ts")) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("Set DATABASE_URL to the database to seed.");
    process.exit(2);
  }
  seed(url, { demo: process.argv.includes("--demo") })
    .then((notes) => notes.forEach((n) => console.log(n)))
    .catch((err: unknown) => {
      console.error(err);
      process.exit(1);
    });
}
