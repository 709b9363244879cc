import type { Db } from "@/lib/db";
import type { Role } from "@/lib/auth/user";
import { hashPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/audit/record";

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

/**
 * With a real database: the first administrator comes from ADMIN_USERNAME/ADMIN_PASSWORD,
 * only while there is no administrator at all.
 */
export async function ensureFirstAdmin(
  db: Db,
  input: { username?: string; password?: string },
): Promise<"exists" | "created" | "missing-env"> {
  if (await db.user.count({ where: { role: "ADMIN" } })) return "exists";
  if (!input.username || !input.password) return "missing-env";
  if (input.password.length < 10) throw new Error("ADMIN_PASSWORD must be at least 10 characters long.");
  const user = await db.user.create({
    data: {
      username: input.username,
      displayName: input.username,
      role: "ADMIN",
      passwordHash: await hashPassword(input.password),
      mustChangePassword: true,
    },
  });
  await recordAudit(db, { actor: null, action: "user.created_first_admin", entity: "User", entityId: user.id, after: { username: user.username, role: user.role } });
  return "created";
}
