import { z } from "zod";

/** An empty variable (as compose files pass unset ones) counts as unset. */
const unsetIfBlank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const poolSizeSchema = z.preprocess(
  unsetIfBlank,
  z.coerce
    .number({ error: "DATABASE_POOL_SIZE must be a whole number" })
    .int("DATABASE_POOL_SIZE must be a whole number")
    .min(1, "DATABASE_POOL_SIZE must be at least 1")
    .max(200, "DATABASE_POOL_SIZE must be at most 200 (PostgreSQL's max_connections is shared by every instance)")
    .default(10),
);

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.url({ message: "DATABASE_URL must be a postgresql:// URL" }),
  /** Optional read replica for the read-only services (docs/decisions/0006-several-instances.md). */
  DATABASE_READ_URL: z.preprocess(unsetIfBlank, z.url({ message: "DATABASE_READ_URL must be a postgresql:// URL" }).optional()),
  /** Connections per instance, for each of DATABASE_URL and DATABASE_READ_URL. */
  DATABASE_POOL_SIZE: poolSizeSchema,
  NEXTAUTH_SECRET: z.string().min(16, "NEXTAUTH_SECRET must be at least 16 characters").optional(),
  /**
   * Next.js reads it itself; checked here so that a malformed key is named at start rather
   * than failing the first server action. An AES key: 16, 24 or 32 bytes in base64.
   */
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: z.preprocess(
    unsetIfBlank,
    z
      .string()
      .refine((v) => /^[A-Za-z0-9+/]+={0,2}$/.test(v) && [16, 24, 32].includes(Buffer.from(v, "base64").length), {
        message: "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY must be a base64 AES key of 16, 24 or 32 bytes (openssl rand -base64 32)",
      })
      .optional(),
  ),
  /**
   * Seconds between the rounds that rebuild each county's Today rows for a new day before its
   * first reader (lib/tasks/today-warm.ts); 0 turns them off. `npm start` on the embedded
   * database turns them off unless set.
   */
  TODAY_WARM_SECONDS: z.preprocess(unsetIfBlank, z.coerce.number({ error: "TODAY_WARM_SECONDS must be a whole number" }).int().min(0).max(86_400).default(60)),
  /** bcrypt work factor; tests lower it to keep runs short. */
  BCRYPT_COST: z.coerce.number().int().min(4).max(15).default(12),
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

/**
 * DATABASE_POOL_SIZE alone (default 10), for clients made before or outside the app's
 * environment (the seed, scripts).
 */
export function databasePoolSize(source: Record<string, string | undefined> = process.env): number {
  const parsed = poolSizeSchema.safeParse(source.DATABASE_POOL_SIZE);
  if (!parsed.success) throw new Error(`Invalid environment:\n  DATABASE_POOL_SIZE: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
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

export const DEFAULT_TIME_ZONE = "Asia/Shanghai";

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * TRACER_TIME_ZONE, the prefecture's IANA time zone (default Asia/Shanghai): every calendar
 * date of the domain — "today", test days, release days — is a date there. Read here only;
 * it needs no database, so the pure date code and the i18n layer can call it.
 * See docs/domain.md "Dates".
 */
export function prefectureTimeZone(source: Record<string, string | undefined> = process.env): string {
  const zone = source.TRACER_TIME_ZONE?.trim() || DEFAULT_TIME_ZONE;
  if (!isTimeZone(zone)) throw new Error(`Invalid environment:\n  TRACER_TIME_ZONE: "${zone}" is not an IANA time zone (e.g. Asia/Shanghai)`);
  return zone;
}
