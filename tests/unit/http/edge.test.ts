// The request edge's pure rules: who is the client (TRUSTED_PROXIES), which request ids are kept,
// what counts as same-origin, the route table, and the security headers (issue 8).
import { describe, expect, it } from "vitest";
import { clientIp, isTrustedProxy, parseTrustedProxies } from "@/lib/http/client-ip";
import { isJsonContentType, originVerdict } from "@/lib/http/csrf";
import { allowedMethods, routeOf } from "@/lib/http/api-routes";
import { requestIdFor } from "@/lib/http/request-id";
import { contentSecurityPolicy, STATIC_SECURITY_HEADERS } from "@/lib/http/security-headers";
import { installPeerAddress, PEER_HEADER } from "@/lib/http/peer-address";
import http from "node:http";

const headers = (h: Record<string, string>) => new Headers(h);

describe("TRUSTED_PROXIES", () => {
  it("parses IPs and CIDRs, and names a bad entry", () => {
    const list = parseTrustedProxies("10.0.0.0/8, 192.168.1.5 ::1 fd00::/8");
    expect(isTrustedProxy("10.2.3.4", list)).toBe(true);
    expect(isTrustedProxy("::ffff:192.168.1.5", list)).toBe(true);
    expect(isTrustedProxy("192.168.1.6", list)).toBe(false);
    expect(isTrustedProxy("fd00::1", list)).toBe(true);
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/TRUSTED_PROXIES: "10.0.0.0\/33"/);
    expect(() => parseTrustedProxies("proxy.local")).toThrow(/TRUSTED_PROXIES/);
  });
});

describe("the client's address", () => {
  // The stamp instrumentation.ts puts on each request; forged without the process's token.
  let stamp: (addr: string) => string;
  it("is taken from the stamped TCP peer, never from a client-sent header", async () => {
    installPeerAddress();
    const server = http.createServer((req, res) => res.end(String(req.headers[PEER_HEADER])));
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const port = (server.address() as { port: number }).port;
    const value = await (await fetch(`http://127.0.0.1:${port}/`, { headers: { [PEER_HEADER]: "forged 6.6.6.6" } })).text();
    server.close();
    const token = value.split(" ")[0]!;
    expect(value).toBe(`${token} 127.0.0.1`);
    stamp = (addr) => `${token} ${addr}`;

    const none = parseTrustedProxies("");
    expect(clientIp(headers({ [PEER_HEADER]: stamp("198.51.100.7"), "x-forwarded-for": "6.6.6.6" }), none)).toBe("198.51.100.7");
    expect(clientIp(headers({ [PEER_HEADER]: "forged 6.6.6.6", "x-forwarded-for": "198.51.100.7" }), none)).toBe("198.51.100.7");
  });

  it("behind trusted proxies is the right-most forwarded address that is not a proxy", () => {
    const list = parseTrustedProxies("10.0.0.0/8");
    expect(clientIp(headers({ [PEER_HEADER]: stamp("10.0.0.2"), "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.0.0.3" }), list)).toBe("203.0.113.9");
    // Not from a proxy: the header proves nothing.
    expect(clientIp(headers({ [PEER_HEADER]: stamp("203.0.113.50"), "x-forwarded-for": "6.6.6.6" }), list)).toBe("203.0.113.50");
  });
});

describe("request ids", () => {
  it("keeps a well-formed id from a trusted proxy only", () => {
    expect(requestIdFor("abc-123-def-456", true)).toBe("abc-123-def-456");
    expect(requestIdFor("abc-123-def-456", false)).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdFor("<script>", true)).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("same origin", () => {
  it("compares Origin with the Host, then Sec-Fetch-Site; neither header is a non-browser client", () => {
    expect(originVerdict(headers({ host: "tracer.local:3000", origin: "http://tracer.local:3000" }))).toBe("same-origin");
    expect(originVerdict(headers({ host: "tracer.local:3000", origin: "https://evil.example" }))).toBe("cross-origin");
    expect(originVerdict(headers({ host: "tracer.local", origin: "null" }))).toBe("cross-origin");
    expect(originVerdict(headers({ host: "tracer.local", "sec-fetch-site": "same-site" }))).toBe("cross-origin");
    expect(originVerdict(headers({ host: "tracer.local", "sec-fetch-site": "none" }))).toBe("same-origin");
    expect(originVerdict(headers({ host: "tracer.local" }))).toBe("no-browser-headers");
    expect(isJsonContentType("application/json; charset=utf-8")).toBe(true);
    expect(isJsonContentType("text/plain")).toBe(false);
  });
});

describe("route table", () => {
  it("matches static segments before [id], and lists what each route allows", () => {
    expect(routeOf("/api/v1/contacts/0c7e/extend")?.path).toBe("/api/v1/contacts/[id]/extend");
    expect(routeOf("/api/v1/openapi.json")?.path).toBe("/api/v1/openapi.json");
    expect(routeOf("/api/v1/contacts/a/b/c")).toBeUndefined();
    expect(allowedMethods(routeOf("/api/v1/sites")!)).toEqual(["GET", "POST", "HEAD", "OPTIONS"]);
  });
});

describe("security headers", () => {
  it("a strict CSP: nonce and strict-dynamic, no unsafe-inline scripts, no eval outside development", () => {
    const csp = contentSecurityPolicy("n0nce", { dev: false, https: true });
    expect(csp).toContain("script-src 'self' 'nonce-n0nce' 'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("upgrade-insecure-requests");
    expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    expect(contentSecurityPolicy("n", { dev: true, https: false })).toContain("'unsafe-eval'");
  });

  it("next.config.js sets the same static headers as the proxy", async () => {
    // @ts-expect-error -- a CommonJS config file without type declarations
    const config = (await import("../../../next.config.js")).default as { headers(): Promise<{ headers: { key: string; value: string }[] }[]> };
    const [rule] = await config.headers();
    expect(Object.fromEntries(rule!.headers.map((h) => [h.key, h.value]))).toEqual(STATIC_SECURITY_HEADERS);
  });
});
