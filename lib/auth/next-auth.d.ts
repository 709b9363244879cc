import type { Role } from "@/lib/auth/user";

declare module "next-auth/jwt" {
  interface JWT {
    role?: Role;
    countyCode?: string | null;
    /** The account's session version when the token was issued (lib/auth/gate.ts). */
    sv?: number;
  }
}
