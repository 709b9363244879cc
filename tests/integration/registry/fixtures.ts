// Shared fixtures for the registry integration tests: jurisdictions, users, valid ID numbers.
import { expect } from "vitest";
import type { SessionUser } from "@/lib/auth/user";
import { prisma } from "@/lib/db";
import { AppError, type ErrorCode } from "@/lib/errors";
import { idCardCheckChar } from "@/lib/validation/id-card";

export const MAERKANG = "513201"; // 马尔康市
export const WENCHUAN = "513221"; // 汶川县

/** Noon in Shanghai on `date`: services compute "today" from this. */
export const at = (date: string): Date => new Date(`${date}T04:00:00.000Z`);

export interface Users {
  mk: SessionUser;
  mk2: SessionUser;
  wc: SessionUser;
  official: SessionUser;
  admin: SessionUser;
}

export async function seedFixtures(): Promise<Users> {
  const db = prisma();
  await db.jurisdiction.create({ data: { code: "513200", nameZh: "阿坝藏族羌族自治州", nameEn: "Aba", level: "PREFECTURE" } });
  await db.jurisdiction.createMany({
    data: [
      { code: MAERKANG, nameZh: "马尔康市", nameEn: "Barkam", level: "COUNTY", parentCode: "513200" },
      { code: WENCHUAN, nameZh: "汶川县", nameEn: "Wenchuan", level: "COUNTY", parentCode: "513200" },
    ],
  });
  const mk = async (username: string, role: SessionUser["role"], countyCode: string | null): Promise<SessionUser> => {
    const u = await db.user.create({ data: { username, displayName: username, passwordHash: "x", role, countyCode } });
    return { id: u.id, username, displayName: username, role, countyCode };
  };
  return {
    mk: await mk("mk-staff", "COUNTY_STAFF", MAERKANG),
    mk2: await mk("mk-staff-2", "COUNTY_STAFF", MAERKANG),
    wc: await mk("wc-staff", "COUNTY_STAFF", WENCHUAN),
    official: await mk("official", "PREFECTURE_OFFICIAL", null),
    admin: await mk("admin", "ADMIN", null),
  };
}

/** A valid resident ID number: county prefix, birth date, 3-digit sequence, check character. */
export function idNumber(seq: number, birth = "19900101", region = MAERKANG): string {
  const first17 = `${region}${birth}${String(seq % 1000).padStart(3, "0")}`;
  return first17 + idCardCheckChar(first17);
}

/** The same number with a wrong check character. */
export function badIdNumber(seq: number): string {
  const good = idNumber(seq);
  const wrong = good[17] === "1" ? "2" : "1";
  return good.slice(0, 17) + wrong;
}

let counter = 0;
/** Distinct valid ID numbers across a test file. */
export const nextId = (): string => idNumber(++counter, `19${String(50 + Math.floor(counter / 1000)).padStart(2, "0")}0101`);

export async function expectAppError(promise: Promise<unknown>, code: ErrorCode, key?: string): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, "expected an AppError").toBeInstanceOf(AppError);
  const appError = error as AppError;
  expect(appError.code).toBe(code);
  if (key) expect(appError.key).toBe(key);
  return appError;
}

export const closeRow = (over: Record<string, unknown> = {}) => ({
  name: "张三",
  idNumber: nextId(),
  category: "CLOSE",
  lastExposureDate: "2026-03-01",
  identifiedDate: "2026-03-02",
  ...over,
});

export const caseBody = (over: Record<string, unknown> = {}) => ({
  name: "李四",
  sex: "MALE",
  idNumber: nextId(),
  phone: "13800000000",
  countyCode: MAERKANG,
  classification: "CONFIRMED",
  confirmedDate: "2026-03-02",
  ...over,
});
