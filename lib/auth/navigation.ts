import type { Role } from "./user";

export interface NavItem {
  href: string;
  /** Key in the common.nav catalogue. */
  label: "home" | "dashboard" | "today" | "cases" | "contacts" | "sites" | "counties" | "users" | "policy" | "reference" | "audit" | "requests" | "screening" | "chains" | "bulletins" | "labImport";
}

/** What each role's navigation shows; the pages check the same permissions on the server. */
export const NAVIGATION = {
  COUNTY_STAFF: [
    { href: "/today", label: "today" },
    { href: "/cases", label: "cases" },
    { href: "/contacts", label: "contacts" },
    { href: "/screening", label: "screening" },
    { href: "/requests", label: "requests" },
    { href: "/sites", label: "sites" },
    { href: "/chains", label: "chains" },
    { href: "/imports/lab", label: "labImport" },
  ],
  PREFECTURE_OFFICIAL: [
    { href: "/", label: "home" },
    { href: "/dashboard", label: "dashboard" },
    { href: "/counties", label: "counties" },
    { href: "/chains", label: "chains" },
    { href: "/bulletins", label: "bulletins" },
  ],
  ADMIN: [
    { href: "/", label: "home" },
    { href: "/admin/users", label: "users" },
    { href: "/admin/policy", label: "policy" },
    { href: "/admin/reference", label: "reference" },
    { href: "/admin/audit", label: "audit" },
  ],
} as const satisfies Record<Role, readonly NavItem[]>;

/** Where each role lands after signing in: straight to its first page, without a "/" hop. */
export function landingPath(role: Role): string {
  if (role === "COUNTY_STAFF") return "/today";
  if (role === "PREFECTURE_OFFICIAL") return "/dashboard";
  return "/";
}
