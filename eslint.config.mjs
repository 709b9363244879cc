// Flat config (ESLint 9). eslint-config-next 16 ships flat configs directly, so no
// FlatCompat / @eslint/eslintrc shim is needed.
import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      "lib/generated/**",
      ".data/**",
      "test-results/**",
      "playwright-report/**",
      "artifacts/**",
      "coverage/**",
      "out/**",
      "next-env.d.ts",
    ],
  },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    // The package is CommonJS (no "type": "module"), so plain .js/.cjs files such as
    // next.config.js can only load modules with require(); the rule is meant for TS/ESM.
    files: ["**/*.js", "**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
];

export default config;
