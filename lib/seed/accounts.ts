import type { Db } from "@/lib/db";
import type { Role } from "@/lib/auth/user";
import { hashPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/audit/record";
import { inTransaction } from "@/lib/transaction";

export interface DemoAccount {
  username: string;
  password: string;
  displayName: string;
  role: Role;
  countyCode: string | null;
}

/** Demo accounts of the embedded mode; also listed in the README. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { username: "admin", password: "Admin#2026", displayName: "系统管理员", role: "ADMIN", countyCode: null },
  { username: "official", password: "Official#2026", displayName: "州疾控 王主任", role: "PREFECTURE_OFFICIAL", countyCode: null },
  { username: "maerkang", password: "Staff#2026", displayName: "马尔康 李医生", role: "COUNTY_STAFF", countyCode: "513201" },
  { username: "wenchuan", password: "Staff#2026", displayName: "汶川 张医生", role: "COUNTY_STAFF", countyCode: "513221" },
];

/** Creates the demo accounts that do not exist yet; existing ones are left as they are. */
export async function seedDemoAccounts(db: Db): Promise<DemoAccount[]> {
  const created: DemoAccount[] = [];
  for (const account of DEMO_ACCOUNTS) {
    if (await db.user.findUnique({ where: { username: account.username } })) continue;
    await db.user.create({
      data: {
        username: account.username,
        displayName: account.displayName,
        role: account.role,
        countyCode: account.countyCode,
        passwordHash: await hashPassword(account.password),
      },
    });
    created.push(account);
  }
  return created;
}

/** pg_advisory_xact_lock(classid, objid) of the first administrator: "TRCR" and 2. */
const FIRST_ADMIN_LOCK = [0x54524352, 2] as const;

/**
 * With a real database: the first administrator comes from ADMIN_USERNAME/ADMIN_PASSWORD,
 * only while there is no administrator at all. Instances starting together may all call
 * it: the check and the creation run under one transaction-scoped advisory lock, so exactly
 * one creates the account (docs/decisions/0006-several-instances.md).
 */
export async function ensureFirstAdmin(
  db: Db,
  input: { username?: string; password?: string },
): Promise<"exists" | "created" | "missing-env"> {
  if (await db.user.count({ where: { role: "ADMIN" } })) return "exists";
  if (!input.username || !input.password) return "missing-env";
  if (input.password.length < 10) throw new Error("ADMIN_PASSWORD must be at least 10 characters long.");
  // Hashed before the lock: it takes a quarter of a second that others need not wait.
  const passwordHash = await hashPassword(input.password);
  const username = input.username;
  return inTransaction({ db }, async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM pg_advisory_xact_lock(${FIRST_ADMIN_LOCK[0]}::int, ${FIRST_ADMIN_LOCK[1]}::int)`;
    if (await tx.user.count({ where: { role: "ADMIN" } })) return "exists";
    const user = await tx.user.create({
      data: { username, displayName: username, role: "ADMIN", passwordHash, mustChangePassword: true },
    });
    await recordAudit(tx, { actor: null, action: "user.create_first_admin", entity: "User", entityId: user.id, after: { username: user.username, role: user.role } });
    return "created";
  });
}
