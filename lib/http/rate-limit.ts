import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * Fixed-window rate limits kept in PostgreSQL (table rate_limit), so they hold across app
 * instances: rate-limiter-flexible's PostgreSQL store, one atomic INSERT … ON CONFLICT … DO
 * UPDATE … RETURNING per hit. Its queries go through the app's Prisma connection pool (one pool
 * to size; no second pool) by a small adapter that also drops the library's statement names —
 * named prepared statements would collide on the embedded database, whose connections share
 * one session. See docs/decisions/0005-sessions-lockout-rate-limits.md.
 */
interface PgQuery {
  text: string;
  values?: unknown[];
}

const RETURNS_ROWS = /^\s*(SELECT|WITH)\b|\bRETURNING\b/i;

const prismaStore = {
  async query(q: PgQuery): Promise<{ rows: Record<string, unknown>[]; rowCount: number }> {
    const values = q.values ?? [];
    if (!RETURNS_ROWS.test(q.text)) {
      const rowCount = await prisma().$executeRawUnsafe(q.text, ...values);
      return { rows: [], rowCount };
    }
    const rows = await prisma().$queryRawUnsafe<Record<string, unknown>[]>(q.text, ...values);
    // The library does arithmetic on `expire` (epoch ms), which PostgreSQL returns as bigint.
    const plain = rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === "bigint" ? Number(v) : v])));
    return { rows: plain, rowCount: plain.length };
  },
};

export interface LimitSpec {
  keyPrefix: string;
  points: number;
  /** Window, seconds. */
  duration: number;
  /** Seconds refused after the window's points are spent (0: until the window ends). */
  blockDuration?: number;
}

const limiters = new Map<string, RateLimiterPostgres>();

export function limiter(spec: LimitSpec): RateLimiterPostgres {
  let l = limiters.get(spec.keyPrefix);
  if (!l) {
    l = new RateLimiterPostgres({
      storeClient: prismaStore,
      storeType: "pool",
      tableName: "rate_limit",
      tableCreated: true, // by the migration
      // Expired rows are removed hourly by the library, off the request path.
      clearExpiredByTimeout: true,
      ...spec,
    });
    limiters.set(spec.keyPrefix, l);
  }
  return l;
}

/** Configured limits; environment variables allow tuning without a release. */
function numberFromEnv(name: string, fallback: number): number {
  const n = Number(process.env[name]);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

export const LIMITS = {
  /** Every API request of one account (scripts and integrations; pages do not use the API). */
  api: (): LimitSpec => ({ keyPrefix: "api_user", points: numberFromEnv("RATE_LIMIT_API_PER_MINUTE", 600), duration: 60 }),
  /** Sign-in attempts from one client, whatever the username: password spraying. */
  signInByIp: (): LimitSpec => ({ keyPrefix: "signin_ip", points: numberFromEnv("RATE_LIMIT_SIGNIN_PER_IP", 50), duration: 15 * 60, blockDuration: 15 * 60 }),
} as const;

export class RateLimited extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super("RATE_LIMITED", "errors.rateLimited", { seconds: retryAfterSeconds });
  }
}

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/** Takes one point of `key`; throws RateLimited (429, with Retry-After) when none is left. */
export async function take(spec: LimitSpec, key: string): Promise<void> {
  try {
    await limiter(spec).consume(key, 1);
  } catch (e) {
    if (e instanceof RateLimiterRes) throw new RateLimited(seconds(e.msBeforeNext));
    throw e;
  }
}

/** Gives back a point taken for an attempt that turned out legitimate. */
export async function giveBack(spec: LimitSpec, key: string): Promise<void> {
  await limiter(spec).reward(key, 1);
}

export async function forget(spec: LimitSpec, key: string): Promise<void> {
  await limiter(spec).delete(key);
}
