import { afterAll, inject } from "vitest";
import { createTestDatabase } from "./test-database";

// Every test file gets a database of its own (tests/integration/test-database.ts); lib/db.ts's
// prisma() is pointed at it, so services called without an explicit client use it too.
process.env.BCRYPT_COST ??= "4";
process.env.NEXTAUTH_SECRET ??= "integration-test-secret-0123456789";

const testDb = await createTestDatabase(inject("databaseUrl") || undefined);
process.env.DATABASE_URL = testDb.url;
(globalThis as unknown as { tracerPrisma?: unknown }).tracerPrisma = testDb.prisma;
(globalThis as unknown as { tracerTestDb?: unknown }).tracerTestDb = testDb;

afterAll(async () => {
  await testDb.drop();
});
