// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// The same values proxy.ts sets on what it answers (lib/http/security-headers.ts); here for the
// files it does not see (_next/static, images). Kept in step by tests/unit/http/headers.test.ts.
const STATIC_SECURITY_HEADERS = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Docker image runs the standalone server; `npm start` uses `next start`.
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  poweredByHeader: false,
  // `npm run typecheck` and CI check types; repeating it in every build only slows `npm start`.
  typescript: { ignoreBuildErrors: true },
  // Loaded at run time from node_modules rather than bundled (WASM / native parts; pino's
  // worker-thread transports).
  serverExternalPackages: ["@electric-sql/pglite", "@prisma/adapter-pg", "pg", "bcryptjs", "pino", "rate-limiter-flexible"],
  async headers() {
    return [{ source: "/:path*", headers: STATIC_SECURITY_HEADERS }];
  },
  // forbidden() answers 403 with app/(app)/forbidden.tsx (docs/decisions/0011-not-allowed-pages.md).
  experimental: { authInterrupts: true },
};

module.exports = withNextIntl(nextConfig);
