import { fromTrustedProxy } from "./client-ip";

type HeaderSource = { get(name: string): string | null };

/** The hosts this app answers as: the Host header, a trusted proxy's X-Forwarded-Host, NEXTAUTH_URL's. */
function ownHosts(headers: HeaderSource): Set<string> {
  const hosts = new Set<string>();
  const host = headers.get("host");
  if (host) hosts.add(host.toLowerCase());
  if (fromTrustedProxy(headers)) {
    const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
    if (forwarded) hosts.add(forwarded.toLowerCase());
  }
  try {
    if (process.env.NEXTAUTH_URL) hosts.add(new URL(process.env.NEXTAUTH_URL).host.toLowerCase());
  } catch {
    // An invalid NEXTAUTH_URL is reported by NextAuth itself.
  }
  return hosts;
}

export type OriginVerdict = "same-origin" | "cross-origin" | "no-browser-headers";

/**
 * Whether a state-changing request comes from this app's own pages (ADR 0005, "The request
 * edge"). Browsers send Origin on every POST/PUT/PATCH/DELETE and Sec-Fetch-Site on every
 * request; a request with neither is not from a current browser (curl, scripts, the API tests)
 * and cannot be forged cross-site, so it is let through — it still needs the session cookie and,
 * on the API, a JSON body, which no cross-site form can send.
 */
export function originVerdict(headers: HeaderSource): OriginVerdict {
  const origin = headers.get("origin");
  if (origin && origin !== "null") {
    try {
      return ownHosts(headers).has(new URL(origin).host.toLowerCase()) ? "same-origin" : "cross-origin";
    } catch {
      return "cross-origin";
    }
  }
  if (origin === "null") return "cross-origin";
  const site = headers.get("sec-fetch-site");
  if (site) return site === "same-origin" || site === "none" ? "same-origin" : "cross-origin";
  return "no-browser-headers";
}

export function isJsonContentType(value: string | null): boolean {
  return (value ?? "").split(";")[0]!.trim().toLowerCase() === "application/json";
}

/**
 * A file upload (routes marked `upload` in lib/http/api-routes.ts). A form can post it from
 * any site without a preflight, so the origin check above still applies to it.
 */
export function isMultipart(value: string | null): boolean {
  return (value ?? "").split(";")[0]!.trim().toLowerCase() === "multipart/form-data";
}
