import { z } from "zod";
import { ROLES } from "@/lib/auth/user";

export const MIN_PASSWORD_LENGTH = 10;

const password = z.string().min(MIN_PASSWORD_LENGTH, "admin.errors.passwordTooShort").max(200, "errors.tooLong");
const countyCode = z.string().regex(/^\d{6}$/, "registry.errors.unknownCounty");

export const createUserSchema = z
  .object({
    username: z
      .string()
      .trim()
      .regex(/^[a-z0-9][a-z0-9._-]{2,39}$/, "admin.errors.usernameFormat"),
    displayName: z.string().trim().min(1, "errors.required").max(50, "errors.tooLong"),
    role: z.enum(ROLES),
    countyCode: countyCode.nullish(),
    password,
  })
  .superRefine((v, ctx) => {
    if (v.role === "COUNTY_STAFF" && !v.countyCode) ctx.addIssue({ code: "custom", path: ["countyCode"], message: "admin.errors.countyRequired" });
  });
export type CreateUserInput = z.input<typeof createUserSchema>;

/** Role, county, name and the active flag; a password is set through reset only. */
export const updateUserSchema = z.object({
  displayName: z.string().trim().min(1, "errors.required").max(50, "errors.tooLong").optional(),
  role: z.enum(ROLES).optional(),
  countyCode: countyCode.nullable().optional(),
  active: z.boolean().optional(),
  /** Clears a lockout after too many failed sign-ins. */
  unlock: z.literal(true).optional(),
});
export type UpdateUserInput = z.input<typeof updateUserSchema>;

export const resetPasswordSchema = z.object({ password });
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;
