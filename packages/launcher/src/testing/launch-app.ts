// Starts the platform the way `npm start` does, for tests and benchmarks that need the
// real thing: a child process running the launcher, with its output captured.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { REPO_ROOT } from "../env.ts";

const CLI = path.join(REPO_ROOT, "packages/launcher/src/cli.ts");
export const START_TIMEOUT_MS = 300_000;

export interface LaunchedApp {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

export function launchApp(command: "start" | "dev", env: Record<string, string>): LaunchedApp {
  const child = spawn(process.execPath, ["--import", "tsx", CLI, command], {
    cwd: REPO_ROOT,
    // COLLAB_PORT 0: an ephemeral port, so that parallel launches never clash on PORT + 1.
    // No build: the test run builds once up front (test/global-setup.ts), because two
    // builds, or a cache restore under a running server, break each other.
    env: { ...process.env, LOG_LEVEL: "warn", COLLAB_PORT: "0", TRENDWEB_SKIP_BUILD: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** Resolves with the first answer of /api/health; fails if the launcher exits first. */
export async function waitForHealth(port: number, app: LaunchedApp): Promise<Response> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (app.child.exitCode !== null) throw new Error(`launcher exited early:\n${app.output()}`);
    const response = await fetch(`http://localhost:${port}/api/health`).catch(() => null);
    if (response) return response;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no answer on port ${port}:\n${app.output()}`);
}

/** Stops the app like Ctrl-C and waits for it to exit. */
export async function stopApp(app: LaunchedApp): Promise<number | null> {
  if (app.child.exitCode === null) app.child.kill("SIGINT");
  return app.exited;
}
