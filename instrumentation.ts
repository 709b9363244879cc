/**
 * Per-process start-up hooks (Next.js instrumentation): the peer-address stamp that makes
 * TRUSTED_PROXIES enforceable, the rounds that build Today's rows of a new day, and one JSON log line, with the request id, for any error a
 * page, route or action did not handle. See docs/decisions/0005-sessions-lockout-rate-limits.md.
 */
import type { Instrumentation } from "next";

export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { installPeerAddress } = await import("./lib/http/peer-address");
    installPeerAddress();
    // Today's rows of a new day are built before its first reader (docs/decisions/0026-today-cache.md).
    const { env } = await import("./lib/env");
    const seconds = env().TODAY_WARM_SECONDS;
    if (seconds > 0) {
      const [{ scheduleTodayWarm }, { log }] = await Promise.all([import("./lib/tasks/today-warm"), import("./lib/http/log")]);
      scheduleTodayWarm(seconds, (err) => log.error({ err }, "today warm-up failed"));
    }
  }
}

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logUnexpected } = await import("./lib/http/log");
  const headers = request.headers as Record<string, string | string[] | undefined>;
  const id = headers["x-request-id"];
  logUnexpected(error, {
    requestId: typeof id === "string" ? id : null,
    route: context.routePath,
    method: request.method,
  });
};
