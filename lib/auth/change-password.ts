import { z } from "zod";
import { prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record";
import { AppError, validationError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse-input";
import { MIN_PASSWORD_LENGTH } from "@/lib/admin/schemas";
import { hashPassword, verifyPassword } from "./password";
import type { SessionUser } from "./user";

export const changePasswordSchema = z
  .object({
    current: z.string().min(1, "errors.required"),
    next: z.string().min(MIN_PASSWORD_LENGTH, "admin.errors.passwordTooShort").max(200, "errors.tooLong"),
    confirm: z.string(),
  })
  .superRefine((v, ctx) => {
    if (v.next !== v.confirm) ctx.addIssue({ code: "custom", path: ["confirm"], message: "admin.password.mismatch" });
    if (v.next && v.next === v.current) ctx.addIssue({ code: "custom", path: ["next"], message: "admin.password.sameAsOld" });
  });

/**
 * The signed-in user replaces their password (required after an administrator set one). Every
 * session of the account ends; returns the new session version for the caller's own session.
 */
export async function changePassword(user: SessionUser, input: unknown): Promise<number> {
  const data = parseInput(changePasswordSchema, input);
  const row = await prisma().user.findUnique({ where: { id: user.id } });
  if (!row) throw new AppError("UNAUTHENTICATED", "errors.unauthenticated");
  if (!(await verifyPassword(data.current, row.passwordHash))) {
    throw validationError([{ path: "current", key: "admin.password.wrongCurrent" }]);
  }
  const passwordHash = await hashPassword(data.next);
  return prisma().$transaction(async (tx) => {
    const { sessionVersion } = await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, mustChangePassword: false, sessionVersion: { increment: 1 } },
      select: { sessionVersion: true },
    });
    await recordAudit(tx, { actor: user, action: "user.change_password", entity: "User", entityId: user.id, countyCode: user.countyCode });
    return sessionVersion;
  });
}
