/**
 * Response headers for every answer (proxy.ts) — a strict Content-Security-Policy with a
 * per-request nonce, which Next.js reads from the request's CSP header and puts on its own
 * scripts — and the static ones next.config.js also sets on files the proxy does not see.
 */
export function contentSecurityPolicy(nonce: string, opts: { dev: boolean; https: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${opts.dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    // React renders style={{…}} as attributes (the plan timeline's positions); attributes carry
    // no script, and a nonce cannot be put on them.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${opts.dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(opts.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Set on every answer, files included (next.config.js) — identical values, so never doubled. */
export const STATIC_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Frame-Options": "DENY",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  "Cross-Origin-Opener-Policy": "same-origin",
};

/** HSTS only when the public URL is https (a plain-http deployment would lock itself out). */
export function isHttpsDeployment(): boolean {
  return (process.env.NEXTAUTH_URL ?? "").toLowerCase().startsWith("https://");
}

export const HSTS = "max-age=31536000; includeSubDomains";
