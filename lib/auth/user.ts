import type { Role } from "@/lib/generated/prisma/enums";

export type { Role };
export const ROLES = ["COUNTY_STAFF", "PREFECTURE_OFFICIAL", "ADMIN"] as const satisfies readonly Role[];

/** The acting user as every service sees it: re-read from the database on each request. */
export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  /** Set for county staff; null for prefecture-wide roles. */
  countyCode: string | null;
  /** Set after an administrator chose the password: pages send them to change it first. */
  mustChangePassword?: boolean;
}
