// The messages of the durability protocol (docs/collaboration-protocol.md): the browser asks
// `{"type":"durability-check","id":n}` (stateless), the server answers
// `{"type":"durable","id":n,"stateVector":"<base64 Y state vector>"}` once everything it had
// applied before the check is committed; and Hocuspocus' own acknowledgements (SyncStatus),
// which the server sends only once an update is committed.
import { MessageType } from "@hocuspocus/provider";
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

/** y-protocols' sync step 1: the server asks what it is missing; the provider answers with a step 2. */
const SYNC_STEP_1 = 0;

/** The start of an incoming provider message (its document name, then its type). */
export interface TIncomingMessage {
  readVarString(): string;
  readVarUint(): number;
}

/**
 * What an incoming message means for the durability ledger: an acknowledgement of one
 * update or sync step 2, a sync request (the provider answers it with a sync step 2, which
 * the server will acknowledge), or nothing.
 */
export function readIncoming(message: TIncomingMessage): "acknowledgement" | "sync-request" | null {
  try {
    message.readVarString();
    const type = message.readVarUint();
    // SyncStatus carries 1 for an applied (here: committed) change; 0 refuses a read-only one.
    if (type === MessageType.SyncStatus) return message.readVarUint() === 1 ? "acknowledgement" : null;
    if (type === MessageType.Sync) return message.readVarUint() === SYNC_STEP_1 ? "sync-request" : null;
    return null;
  } catch {
    return null;
  }
}
