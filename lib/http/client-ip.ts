import { BlockList, isIP } from "node:net";
import { peerAddress } from "./peer-address";

/**
 * TRUSTED_PROXIES: the reverse proxies (IPs or CIDRs, comma- or space-separated) whose
 * X-Forwarded-For and X-Request-Id are believed. Read from process.env here rather than in
 * lib/env.ts so that the request path can use it without loading the database settings.
 * Empty (the default): no proxy is trusted and the client is the TCP peer.
 */
interface Trusted {
  raw: string;
  list: BlockList;
}
let cached: Trusted | undefined;

function normalize(address: string): string {
  const a = address.trim().replace(/^\[|\]$/g, "");
  // IPv4 clients of a dual-stack socket show as ::ffff:1.2.3.4.
  return a.toLowerCase().startsWith("::ffff:") && isIP(a.slice(7)) === 4 ? a.slice(7) : a;
}

/** Parses TRUSTED_PROXIES; throws naming the variable and the bad entry. */
export function parseTrustedProxies(raw: string | undefined): BlockList {
  const list = new BlockList();
  for (const entry of (raw ?? "").split(/[\s,]+/).filter(Boolean)) {
    const [address, prefix] = entry.split("/");
    const ip = normalize(address ?? "");
    const family = isIP(ip);
    const type = family === 6 ? "ipv6" : "ipv4";
    const bits = prefix === undefined ? (family === 6 ? 128 : 32) : Number(prefix);
    if (!family || !Number.isInteger(bits) || bits < 0 || bits > (family === 6 ? 128 : 32)) {
      throw new Error(`Invalid environment:\n  TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR (e.g. 10.0.0.0/8)`);
    }
    list.addSubnet(ip, bits, type);
  }
  return list;
}

function trustedList(): BlockList {
  const raw = process.env.TRUSTED_PROXIES ?? "";
  if (cached?.raw !== raw) cached = { raw, list: parseTrustedProxies(raw) };
  return cached.list;
}

export function isTrustedProxy(address: string | null, list: BlockList = trustedList()): boolean {
  if (!address) return false;
  const ip = normalize(address);
  const family = isIP(ip);
  return family !== 0 && list.check(ip, family === 6 ? "ipv6" : "ipv4");
}

type HeaderSource = { get(name: string): string | null };

/**
 * The client's address: the TCP peer, unless the peer is a trusted proxy, in which case the
 * right-most X-Forwarded-For entry that is not itself a trusted proxy (entries further left
 * were written by the client and prove nothing).
 */
export function clientIp(headers: HeaderSource, list: BlockList = trustedList()): string | null {
  const forwarded = (headers.get("x-forwarded-for") ?? "").split(",").map(normalize).filter((a) => isIP(a));
  // Without the stamp (instrumentation not loaded) Next.js's own X-Forwarded-For is all there is.
  const peer = peerAddress(headers) ?? forwarded[forwarded.length - 1] ?? null;
  if (!peer) return null;
  if (!isTrustedProxy(peer, list)) return normalize(peer);
  for (let i = forwarded.length - 1; i >= 0; i--) {
    if (!isTrustedProxy(forwarded[i]!, list)) return forwarded[i]!;
  }
  return forwarded[0] ?? normalize(peer);
}

/** Whether the request came through a trusted proxy (whose X-Request-Id may be kept). */
export function fromTrustedProxy(headers: HeaderSource, list: BlockList = trustedList()): boolean {
  return isTrustedProxy(peerAddress(headers), list);
}

/** A plain header object (NextAuth's `req.headers`) as a header source. */
export function headerSource(headers: Record<string, unknown> | undefined): HeaderSource {
  return {
    get(name: string) {
      const value = headers?.[name.toLowerCase()];
      if (Array.isArray(value)) return value.join(",");
      return typeof value === "string" ? value : null;
    },
  };
}
