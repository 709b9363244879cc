import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "@": path.resolve(import.meta.dirname) };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        // Server actions read the locale through next-intl's server entry, which Next.js
        // resolves under the react-server condition with the plugin's request config; the
        // route-handler and action tests (tests/integration/http) need the same.
        resolve: {
          alias: {
            ...alias,
            "next-intl/server": path.resolve(import.meta.dirname, "node_modules/next-intl/dist/esm/production/server.react-server.js"),
            "next-intl/config": path.resolve(import.meta.dirname, "lib/i18n/request.ts"),
          },
        },
        test: {
          name: "integration",
          // Bundled by Vite rather than loaded by Node, whose ESM resolver cannot find next/headers.
          server: { deps: { inline: ["next-intl"] } },
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/integration/setup-file.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
