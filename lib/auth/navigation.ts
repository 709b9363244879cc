import type { Role } from "./user";

export interface NavItem {
  href: string;
  /** Key in the common.nav catalogue. */
  label: "home" | "counties" | "users" | "audit";
}

/** What each role's navigation shows; the pages check the same permissions on the server. */
export const NAVIGATION = {
  COUNTY_STAFF: [{ href: "/", label: "home" }],
  PREFECTURE_OFFICIAL: [
    { href: "/", label: "home" },
    { href: "/counties", label: "counties" },
  ],
  ADMIN: [
    { href: "/", label: "home" },
    { href: "/admin/users", label: "users" },
    { href: "/admin/audit", label: "audit" },
  ],
} as const satisfies Record<Role, readonly NavItem[]>;
