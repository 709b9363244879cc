// Route handlers and server actions called the way Next.js calls them, without a server: a
// real NextRequest, run inside Next's request scope (the async storages that next/headers'
// headers() and cookies() read, which NextAuth's getServerSession and next-intl use), with a
// NextAuth session cookie minted for a real user of the file's database. Only the scope is
// stood in for; authentication, the database and the error mapping are the real ones.
// Uses Next.js internals (next/dist/server/…, pinned next 16.4.6): an upgrade that moves them
// breaks this helper, not the app.
import "next/dist/server/node-environment-baseline";
import { NextRequest } from "next/server";
import { encode } from "next-auth/jwt";
import { workAsyncStorage } from "next/dist/server/app-render/work-async-storage.external";
import { workUnitAsyncStorage } from "next/dist/server/app-render/work-unit-async-storage.external";
import { createRequestStoreForAPI } from "next/dist/server/async-storage/request-store";
import { authSecret } from "@/lib/env";
import type { SessionUser } from "@/lib/auth/user";

export const SESSION_COOKIE = "next-auth.session-token";

/** A session cookie as signing in would set it (lib/auth/options.ts puts the user id in `sub`). */
export async function sessionCookie(user: { id: string; role: SessionUser["role"]; sessionVersion?: number }): Promise<string> {
  // `sv`: the account's session version (docs/decisions/0005): a token without it is refused.
  const token = await encode({ token: { sub: user.id, role: user.role, sv: user.sessionVersion ?? 0 }, secret: authSecret() });
  return `${SESSION_COOKIE}=${token}`;
}

/** Runs `fn` as inside the handling of `req`. */
export function inRequestScope<T>(req: NextRequest, fn: () => Promise<T>): Promise<T> {
  const url = new URL(req.url);
  const store = createRequestStoreForAPI(
    req as never,
    { pathname: url.pathname, search: url.search } as never,
    { tags: [], expirationsByCacheKind: new Map() } as never,
    undefined,
    undefined as never,
    undefined,
  );
  const work = { route: url.pathname, page: url.pathname, forceStatic: false, dynamicShouldError: false, isStaticGeneration: false } as never;
  return workAsyncStorage.run(work, () => workUnitAsyncStorage.run(store, fn));
}

export interface CallOptions {
  method?: string;
  cookie?: string;
  /** A value to send as JSON, or a string sent as it is. */
  body?: unknown;
  headers?: Record<string, string>;
  params?: Record<string, string>;
}

type Handler = (req: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

export function requestFor(path: string, opts: CallOptions = {}): NextRequest {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.cookie) headers.cookie = opts.cookie;
  let body: string | undefined;
  if (opts.body !== undefined) {
    body = typeof opts.body === "string" ? opts.body : JSON.stringify(opts.body);
    headers["content-type"] = "application/json";
  }
  return new NextRequest(`http://localhost${path}`, { method: opts.method ?? (body === undefined ? "GET" : "POST"), headers, body });
}

/** Calls an exported route handler; answers its status and JSON body. */
export async function callRoute(handler: unknown, path: string, opts: CallOptions = {}): Promise<{ status: number; body: unknown }> {
  const req = requestFor(path, opts);
  const res = await inRequestScope(req, () => (handler as Handler)(req, { params: Promise.resolve(opts.params ?? {}) }));
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as unknown) : undefined };
}

/** Runs a server action (or runAction itself) in a request carrying `cookie`. */
export function callAction<T>(fn: () => Promise<T>, cookie?: string): Promise<T> {
  return inRequestScope(requestFor("/", { cookie }), fn);
}
