import path from "node:path";
import { startChild, type ManagedChild } from "./child-processes.ts";
import { childEnv, REPO_ROOT } from "./env.ts";

const COLLAB_MAIN = path.join(REPO_ROOT, "apps/collab/src/main.ts");

/** The collaboration server (apps/collab), next to the web app; stopped by the same path. */
export function startCollabServer(env: { DATABASE_URL: string; AUTH_SECRET: string; COLLAB_PORT: string; COLLAB_ALLOWED_ORIGINS: string }): ManagedChild {
  return startChild("collab", process.execPath, ["--import", "tsx", COLLAB_MAIN], {
    cwd: REPO_ROOT,
    env: childEnv(env),
  });
}
