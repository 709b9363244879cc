// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Docker image runs the standalone server; `npm start` uses `next start`.
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  poweredByHeader: false,
  // `npm run typecheck` and CI check types; repeating it in every build only slows `npm start`.
  typescript: { ignoreBuildErrors: true },
  // Loaded at run time from node_modules rather than bundled (WASM / native parts).
  serverExternalPackages: ["@electric-sql/pglite", "@prisma/adapter-pg", "pg", "bcryptjs"],
  // forbidden() answers 403 with app/(app)/forbidden.tsx (docs/decisions/0011-not-allowed-pages.md).
  experimental: { authInterrupts: true },
};

module.exports = withNextIntl(nextConfig);
