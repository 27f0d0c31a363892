// End-to-end tests against the built app, started the way `npm start` starts it
// (embedded PostgreSQL, migrations, seed), in the system Chromium.
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { E2E_DATA_DIR, E2E_PORT } from "./e2e-env.ts";

const SYSTEM_CHROMIUM = "/usr/bin/chromium";
// Each run starts from an empty embedded database (see e2e-env.ts).
const PORT = E2E_PORT;

export default defineConfig({
  testDir: "./specs",
  outputDir: path.join(os.tmpdir(), `trendweb-e2e-results-${PORT}`),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  // Two cores shared with the app server and PostgreSQL: allow for slow moments.
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: "nl-NL",
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        // Debian's Chromium where installed (these machines cannot download Playwright's).
        launchOptions: existsSync(SYSTEM_CHROMIUM)
          ? {
              executablePath: SYSTEM_CHROMIUM,
              args: [
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                "--no-first-run",
              ],
            }
          : {},
      },
    },
  ],
  webServer: {
    command: `rm -rf ${E2E_DATA_DIR} && node --import tsx ../packages/launcher/src/cli.ts start`,
    url: `http://localhost:${PORT}/api/health`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
    env: { PORT: String(PORT), TRENDWEB_DATA_DIR: E2E_DATA_DIR, LOG_LEVEL: "warn" },
  },
});
