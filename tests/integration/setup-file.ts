import { afterAll, inject } from "vitest";
import { createTestDatabase } from "./test-database";

// Every test file gets its own schema; lib/db.ts's prisma() is pointed at it, so services
// called without an explicit client use it too.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.BCRYPT_COST ??= "4";
process.env.NEXTAUTH_SECRET ??= "integration-test-secret-0123456789";

const testDb = await createTestDatabase(inject("databaseUrl"));
(globalThis as unknown as { tracerPrisma?: unknown }).tracerPrisma = testDb.prisma;

afterAll(async () => {
  await testDb.drop();
});
