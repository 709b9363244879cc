import { randomBytes } from "node:crypto";
import http from "node:http";

/**
 * The TCP peer of a request, which Next.js does not expose: its server sets X-Forwarded-For to
 * the socket address only when the client sent none (`??=`), so a client-sent header hides the
 * real peer. instrumentation.ts installs this once per process: every incoming request gets a
 * header carrying the socket address and a per-process random token, so a client cannot forge
 * it. lib/http/client-ip.ts decides from it whether X-Forwarded-For may be believed.
 */
export const PEER_HEADER = "x-tracer-peer";
const TOKEN = Symbol.for("tracer.peerToken");

type Global = typeof globalThis & { [TOKEN]?: string };

export function installPeerAddress(): void {
  const g = globalThis as Global;
  if (g[TOKEN]) return;
  const token = randomBytes(16).toString("hex");
  g[TOKEN] = token;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function patchedEmit(this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const req = args[0] as http.IncomingMessage;
      req.headers[PEER_HEADER] = `${token} ${req.socket?.remoteAddress ?? ""}`;
    }
    return (emit as (this: http.Server, ...a: unknown[]) => boolean).apply(this, [event, ...args]);
  } as typeof emit;
}

/** The socket address stamped on this request, or null when the stamp is absent or forged. */
export function peerAddress(headers: { get(name: string): string | null }): string | null {
  const token = (globalThis as Global)[TOKEN];
  const value = headers.get(PEER_HEADER);
  if (!token || !value) return null;
  const space = value.indexOf(" ");
  if (space < 0 || value.slice(0, space) !== token) return null;
  return value.slice(space + 1) || null;
}
