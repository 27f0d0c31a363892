// The editing traces of josephg/editing-traces (CC BY 4.0), in /work/shared/data or
// ../shared/data next to the repository (see its README for the formats).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import type * as Y from "yjs";
import { REPO_ROOT } from "./lib.ts";

export type TPatch = [position: number, deleteCount: number, insert: string];

export interface TSequentialTrace {
  startContent: string;
  endContent: string;
  txns: { patches: TPatch[] }[];
}

export interface TConcurrentTrace {
  kind: "concurrent";
  endContent: string;
  numAgents: number;
  txns: { parents: number[]; agent: number; patches: TPatch[] }[];
}

export function traceFile(name: string): string {
  const candidates = [path.join(REPO_ROOT, "../shared/data/editing-traces", name), "/work/shared/data/editing-traces/" + name];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`editing trace ${name} not found (looked in ${candidates.join(", ")})`);
  return found;
}

export function readTrace<T>(name: string): T {
  return JSON.parse(gunzipSync(readFileSync(traceFile(name))).toString("utf8")) as T;
}

/** Patches of one transaction, in order; positions are UTF-16 offsets (both traces are BMP-only). */
export function applyPatches(text: Y.Text, patches: readonly TPatch[]): void {
  for (const [position, deleteCount, insert] of patches) {
    if (deleteCount > 0) text.delete(position, deleteCount);
    if (insert) text.insert(position, insert);
  }
}

/** The traces' positions count code points; they equal UTF-16 offsets only without astral characters. */
export function assertBmpOnly(name: string, texts: Iterable<string>): void {
  for (const text of texts) if (/[\ud800-\udfff]/.test(text)) throw new Error(`${name} contains characters outside the BMP; positions would need conversion`);
}
