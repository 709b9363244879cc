import bcrypt from "bcryptjs";
import { env } from "@/lib/env";

export async function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, env().BCRYPT_COST);
}

export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

// Compared against when the username is unknown, so a wrong username costs as much time as
// a wrong password and does not reveal which accounts exist.
let dummyHash: string | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= await hashPassword("tracer-no-such-user");
  await bcrypt.compare(password, dummyHash);
}
