import type { Role } from "@/lib/auth/user";

declare module "next-auth/jwt" {
  interface JWT {
    role?: Role;
    countyCode?: string | null;
  }
}
