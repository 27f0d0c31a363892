// What endpoints exist: every page and route handler under src/app, and every exported
// server action, found on disk so that a new one without matrix cases fails the test.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const SRC = fileURLToPath(new URL("../src/", import.meta.url));
const APP = path.join(SRC, "app");

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

/** "/g/[gemeente]/leden" for src/app/g/[gemeente]/leden/page.tsx; route groups dropped. */
export function listRoutes(): { pages: string[]; handlers: string[] } {
  const pattern = (file: string) =>
    "/" +
    path
      .relative(APP, path.dirname(file))
      .split(path.sep)
      .filter((segment) => segment && !/^\(.*\)$/.test(segment))
      .join("/");
  const files = walk(APP);
  return {
    pages: files.filter((file) => /\/page\.tsx?$/.test(file)).map(pattern).sort(),
    handlers: files.filter((file) => /\/route\.tsx?$/.test(file)).map(pattern).sort(),
  };
}

/** "app/g/[gemeente]/leden/actions.ts#inviteMemberAction" for each exported server action. */
export function listServerActions(): string[] {
  return walk(SRC)
    .filter((file) => /\.tsx?$/.test(file) && !file.endsWith(".test.ts"))
    .filter((file) => /^\s*["']use server["'];?/.test(readFileSync(file, "utf8")))
    .flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/export\s+async\s+function\s+(\w+)/g)].map(
        (match) => `${path.relative(SRC, file)}#${match[1]}`,
      ),
    )
    .sort();
}
