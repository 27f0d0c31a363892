// One lint configuration for the whole monorepo; each package runs `eslint src`.
import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["**/node_modules/**", "**/.next/**", "**/dist/**", "**/src/generated/**", "**/next-env.d.ts"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      // Convention 2: only env.ts files read process.env.
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Lees instellingen via env.ts (zie ARCHITECTURE.md)." },
      ],
    },
  },
  {
    files: ["**/env.ts", "**/*.test.ts", "**/*.config.ts", "**/instrumentation.ts", "**/testing/**", "e2e/**"],
    rules: { "no-restricted-properties": "off" },
  },
  ...nextCoreWebVitals.map((config) => ({ ...config, files: ["apps/web/**/*.{ts,tsx}"] })),
  ...nextTypescript.map((config) => ({ ...config, files: ["apps/web/**/*.{ts,tsx}"] })),
  {
    files: ["apps/web/**/*.{ts,tsx}"],
    // App Router only: there is no pages/ directory to check links against.
    rules: { "@next/next/no-html-link-for-pages": "off" },
  },
);
