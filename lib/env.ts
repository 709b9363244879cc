import { z } from "zod";

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.url({ message: "DATABASE_URL must be a postgresql:// URL" }),
  NEXTAUTH_SECRET: z.string().min(16, "NEXTAUTH_SECRET must be at least 16 characters").optional(),
  /** bcrypt work factor; tests lower it to keep runs short. */
  BCRYPT_COST: z.coerce.number().int().min(4).max(15).default(12),
  /** Prefecture time zone: every calendar date in the domain is a date there. */
  TRACER_TIME_ZONE: z.string().default("Asia/Shanghai"),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

/** Validates an environment; throws a message that says what to set. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

/** The process's validated environment. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** NextAuth signs sessions with this; production refuses to start without it. */
export function authSecret(current: Env = env()): string {
  const { NEXTAUTH_SECRET, NODE_ENV } = current;
  if (NEXTAUTH_SECRET) return NEXTAUTH_SECRET;
  if (NODE_ENV === "production") {
    throw new Error(
      "NEXTAUTH_SECRET is not set. Set NEXTAUTH_SECRET to a random string of at least 32 characters " +
        "(for example the output of `openssl rand -base64 32`) before starting Tracer in production.",
    );
  }
  return "tracer-development-secret-not-for-production";
}
