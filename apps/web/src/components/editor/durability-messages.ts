// The two stateless messages of the durability protocol (docs/collaboration-protocol.md):
// the browser asks `{"type":"durability-check","id":n}`, the server answers
// `{"type":"durable","id":n,"stateVector":"<base64 Y state vector>"}` once everything it had
// applied before the check is committed.
import * as Y from "yjs";
import type { TDurableAnswer } from "./save-state";

export const DURABILITY_CHECK = "durability-check";
export const DURABLE = "durable";

export function encodeDurabilityCheck(id: number): string {
  return JSON.stringify({ type: DURABILITY_CHECK, id });
}

function decodeBase64(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return null;
  try {
    return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}

/** The answer in a stateless payload, or null for any other (or malformed) message. */
export function parseDurableAnswer(payload: string): TDurableAnswer | null {
  let message: unknown;
  try {
    message = JSON.parse(payload);
  } catch {
    return null;
  }
  if (typeof message !== "object" || message === null) return null;
  const { type, id, stateVector } = message as { type?: unknown; id?: unknown; stateVector?: unknown };
  if (type !== DURABLE || typeof id !== "number" || !Number.isSafeInteger(id) || typeof stateVector !== "string") return null;
  const bytes = decodeBase64(stateVector);
  if (!bytes) return null;
  try {
    return { id, stateVector: Y.decodeStateVector(bytes) };
  } catch {
    return null;
  }
}
