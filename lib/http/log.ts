import pino from "pino";

/**
 * The one structured (JSON) logger. What it may carry is deliberately narrow: route, method,
 * status, duration, user id and request id — never bodies, names, ID numbers or phones
 * (docs/decisions/0005-sessions-lockout-rate-limits.md, "The request edge"). Error objects are reduced to their type, code and stack.
 */
export const log = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: { app: "tracer" },
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
  serializers: {
    err: (e: unknown) => {
      if (!(e instanceof Error)) return { type: typeof e };
      const code = (e as { code?: unknown }).code;
      // The message of a database error can quote the values it refused: keep it out.
      return { type: e.name, ...(typeof code === "string" ? { code } : {}), stack: e.stack?.split("\n").slice(1, 8).join("\n") };
    },
  },
});

export interface RequestLog {
  requestId: string | null;
  method: string;
  route: string;
  status: number;
  durationMs: number;
  userId?: string | null;
}

export function logRequest(entry: RequestLog): void {
  const level = entry.status >= 500 ? "error" : "info";
  log[level]({ ...entry, durationMs: Math.round(entry.durationMs) }, "request");
}

export function logUnexpected(error: unknown, context: { requestId: string | null; route: string; method?: string; userId?: string | null }): void {
  log.error({ ...context, err: error }, "unexpected error");
}
