// Starts and stops the long-running children (web app, later the collab server) so that
// one Ctrl-C stops everything and a crashing child takes the launcher down with it.
import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";
import { childLogger } from "@trendweb/logger";

const log = childLogger("launcher");
const STOP_TIMEOUT_MS = 10_000;

export interface ManagedChild {
  name: string;
  process: ChildProcess;
  exited: Promise<number | null>;
}

export function startChild(name: string, command: string, args: string[], options: SpawnOptions): ManagedChild {
  // Own process group: a child that signals its group (Next.js does on shutdown) must not
  // hit the launcher; the launcher forwards Ctrl-C itself through stopChild.
  const child = spawn(command, args, { stdio: "inherit", detached: true, ...options });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  log.info({ child: name, pid: child.pid }, "started");
  return { name, process: child, exited };
}

export async function stopChild(child: ManagedChild): Promise<void> {
  if (child.process.exitCode !== null || child.process.signalCode !== null) return;
  child.process.kill("SIGTERM");
  const timer = setTimeout(() => child.process.kill("SIGKILL"), STOP_TIMEOUT_MS);
  await child.exited;
  clearTimeout(timer);
  log.info({ child: child.name }, "stopped");
}

/** Runs a command to completion; rejects with its exit code when it fails. */
export function runToCompletion(command: string, args: string[], options: SpawnOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", ...options });
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} eindigde met code ${code}`))));
  });
}
