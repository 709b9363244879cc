import type { Role } from "./user";

export interface NavItem {
  href: string;
  /** Key in the common.nav catalogue. */
  label: "home" | "dashboard" | "today" | "cases" | "contacts" | "sites" | "counties" | "users" | "policy" | "reference" | "audit" | "requests" | "labImport";
}

/** What each role's navigation shows; the pages check the same permissions on the server. */
export const NAVIGATION = {
  COUNTY_STAFF: [
    { href: "/today", label: "today" },
    { href: "/cases", label: "cases" },
    { href: "/contacts", label: "contacts" },
    { href: "/requests", label: "requests" },
    { href: "/sites", label: "sites" },
    { href: "/imports/lab", label: "labImport" },
  ],
  PREFECTURE_OFFICIAL: [
    { href: "/", label: "home" },
    { href: "/dashboard", label: "dashboard" },
    { href: "/counties", label: "counties" },
  ],
  ADMIN: [
    { href: "/", label: "home" },
    { href: "/admin/users", label: "users" },
    { href: "/admin/policy", label: "policy" },
    { href: "/admin/reference", label: "reference" },
    { href: "/admin/audit", label: "audit" },
  ],
} as const satisfies Record<Role, readonly NavItem[]>;
