import type { Db } from "@/lib/db";
import { prisma } from "@/lib/db";
import { compareMigrations, expectedMigrations, isMissingTable, MIGRATIONS_QUERY, type AppliedMigration } from "./migrations";

export type Readiness =
  | { ready: true; migrations: number }
  | { ready: false; reason: "database_unreachable" }
  | { ready: false; reason: "migrations_pending"; pending: string[] }
  | { ready: false; reason: "migrations_failed"; failed: string[] };

let expected: string[] | undefined;

/**
 * Whether this instance can serve: the database answers, and every migration this code was
 * built for is applied (an instance of a new release started before `npm run setup` is not
 * ready). Answers within `timeoutMs` even when the database hangs. No personal data: only
 * migration names.
 */
export async function checkReadiness(opts: { db?: Db; timeoutMs?: number; migrationsDir?: string } = {}): Promise<Readiness> {
  expected ??= expectedMigrations(opts.migrationsDir);
  const names = expected;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), opts.timeoutMs ?? 3_000);
  });
  const query = (async (): Promise<AppliedMigration[] | "missing" | "unreachable"> => {
    try {
      return await (opts.db ?? prisma()).$queryRawUnsafe<AppliedMigration[]>(MIGRATIONS_QUERY);
    } catch (error) {
      return isMissingTable(error) ? "missing" : "unreachable";
    }
  })();
  const rows = await Promise.race([query, timeout]).finally(() => clearTimeout(timer));
  if (rows === "timeout" || rows === "unreachable") return { ready: false, reason: "database_unreachable" };
  const state = compareMigrations(names, rows === "missing" ? [] : rows);
  if (state.status === "pending") return { ready: false, reason: "migrations_pending", pending: state.pending };
  if (state.status === "failed") return { ready: false, reason: "migrations_failed", failed: state.failed };
  return { ready: true, migrations: state.count };
}
