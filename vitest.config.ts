// One Vitest run for all packages: unit tests and integration tests against a real
// PostgreSQL that test/global-setup.ts starts once (and stops) for the whole run.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // "server-only" guards Next.js bundles; in Node tests every module is server code.
    alias: { "server-only": fileURLToPath(new URL("./node_modules/server-only/empty.js", import.meta.url)) },
  },
  test: {
    include: ["{apps,packages}/*/{src,test}/**/*.test.ts", "prisma/**/*.test.ts", "test/**/*.test.ts"],
    globalSetup: ["./test/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    env: { NODE_ENV: "test" },
    // Two cores: keep the number of concurrent servers (Postgres, Next.js) in check.
    maxWorkers: 2,
  },
});
