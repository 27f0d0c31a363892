import path from "node:path";
import { runToCompletion, startChild, type ManagedChild } from "./child-processes.ts";
import { childEnv, REPO_ROOT } from "./env.ts";
import { LaunchError } from "./launch-error.ts";

const WEB_DIR = path.join(REPO_ROOT, "apps/web");
const NEXT_BIN = path.join(REPO_ROOT, "node_modules/next/dist/bin/next");
const TURBO_BIN = path.join(REPO_ROOT, "node_modules/.bin/turbo");

export const QUIET_TOOLING_ENV = { NEXT_TELEMETRY_DISABLED: "1", TURBO_TELEMETRY_DISABLED: "1", DO_NOT_TRACK: "1" };

/** Builds the web app unless Turborepo's cache already holds a build of these sources. */
export async function buildWebApp(): Promise<void> {
  try {
    await runToCompletion(TURBO_BIN, ["run", "build", "--filter=@trendweb/web", "--output-logs=errors-only"], {
      cwd: REPO_ROOT,
      env: childEnv(QUIET_TOOLING_ENV),
    });
  } catch {
    // The build's own errors are printed just above; say what failed and what to do.
    throw new LaunchError("de webapp kon niet worden gebouwd (zie de fouten hierboven). Los die op en start opnieuw.");
  }
}

export function startWebApp(mode: "start" | "dev", env: Record<string, string>): ManagedChild {
  return startChild("web", process.execPath, [NEXT_BIN, mode, "--hostname", "localhost"], {
    cwd: WEB_DIR,
    // `next start` serves a production build; `next dev` is development, whatever ours is.
    env: childEnv({ ...QUIET_TOOLING_ENV, NODE_ENV: mode === "start" ? "production" : "development", ...env }),
  });
}
