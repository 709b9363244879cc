import { z } from "zod";
import { ROLES } from "@/lib/auth/user";
import { PERMISSIONS } from "@/lib/auth/permissions";
import { countyOut, idOut, instantOut } from "@/lib/validation/answer-fields";

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

// ------------------------------------------------------------------ answers (on the wire)

/** An account as administrators see it: never the password hash. */
export const userViewSchema = z.strictObject({
  id: idOut,
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  countyCode: countyOut.nullable(),
  active: z.boolean(),
  lockedUntil: instantOut.nullable(),
  mustChangePassword: z.boolean(),
  lastSignInAt: instantOut.nullable(),
});

/** GET /api/v1/admin/users */
export const userListSchema = z.strictObject({
  users: z.array(
    z.strictObject({
      id: idOut,
      username: z.string(),
      displayName: z.string(),
      role: z.enum(ROLES),
      countyCode: countyOut.nullable(),
      county: z.strictObject({ nameZh: z.string(), nameEn: z.string() }).nullable(),
      active: z.boolean(),
      lockedUntil: instantOut.nullable(),
      lastSignInAt: instantOut.nullable(),
    }),
  ),
});

/** GET /api/v1/me: the signed-in user as the server sees them now, and what the role may do. */
export const meSchema = z.strictObject({
  user: z.strictObject({
    id: idOut,
    username: z.string(),
    displayName: z.string(),
    role: z.enum(ROLES),
    countyCode: countyOut.nullable(),
    mustChangePassword: z.boolean().optional(),
  }),
  permissions: z.array(z.enum(PERMISSIONS)),
});
