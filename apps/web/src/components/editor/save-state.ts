// The save indicator as a pure function (docs/collaboration-protocol.md, "Durability and the
// save indicator"). It may say "Opgeslagen" only when the server has vouched, through a
// "durable" answer, that everything this browser holds is committed to PostgreSQL. Anything
// less is "Opslaan…" while connected, and the offline text while the server is out of reach.

export const SAVE_TEXTS = {
  saved: "Opgeslagen",
  saving: "Opslaan…",
  offline: "Offline – wijzigingen blijven bewaard op dit apparaat",
} as const;

export type TSaveStatus = keyof typeof SAVE_TEXTS;

/** A Yjs state vector: per client id the number of operations seen (its next clock). */
export type TStateVector = ReadonlyMap<number, number>;

export interface TDurableAnswer {
  id: number;
  /** What the server had committed when it answered. */
  stateVector: TStateVector;
}

export interface TSaveInputs {
  /**
   * "connecting" only before the first connection of this page; once the connection has
   * been lost, every state short of "connected" is "disconnected".
   */
  connection: "connecting" | "connected" | "disconnected";
  /** The provider finished its handshake (sync step 1 and 2) on the current connection. */
  synced: boolean;
  /** Updates the provider sent that the server has not yet acknowledged receiving. */
  unsyncedChanges: number;
  /** Id of the latest durability check sent on the current connection; null if none yet. */
  lastCheckSent: number | null;
  /** The newest "durable" answer received on the current connection. */
  lastDurable: TDurableAnswer | null;
  /** A change was made in this browser after the latest check was sent. */
  changedSinceCheck: boolean;
  /** The local document's state vector now. */
  localStateVector: TStateVector;
}

/** True when `committed` contains everything in `local`: ∀ client: local clock ≤ committed clock. */
export function coversStateVector(committed: TStateVector, local: TStateVector): boolean {
  for (const [client, clock] of local) {
    if (clock > (committed.get(client) ?? 0)) return false;
  }
  return true;
}

export function saveStatus(inputs: TSaveInputs): TSaveStatus {
  if (inputs.connection === "disconnected") return "offline";
  if (inputs.connection !== "connected" || !inputs.synced) return "saving";
  if (inputs.unsyncedChanges > 0) return "saving";
  if (inputs.lastCheckSent === null || inputs.lastDurable === null) return "saving";
  if (inputs.lastDurable.id !== inputs.lastCheckSent) return "saving";
  if (inputs.changedSinceCheck) return "saving";
  return coversStateVector(inputs.lastDurable.stateVector, inputs.localStateVector) ? "saved" : "saving";
}

export function saveText(inputs: TSaveInputs): string {
  return SAVE_TEXTS[saveStatus(inputs)];
}

/** A check was sent on this connection and its answer has not arrived yet. */
export function isCheckOutstanding(inputs: Pick<TSaveInputs, "lastCheckSent" | "lastDurable">): boolean {
  return inputs.lastCheckSent !== null && (inputs.lastDurable === null || inputs.lastDurable.id < inputs.lastCheckSent);
}

/**
 * Whether another durability check should be sent without a new change to prompt it (after
 * an answer that did not cover the local state, e.g. because a reconnect's sync reached the
 * server after the check): connected and synced, no answer pending, and not yet saved.
 */
export function needsRecheck(inputs: TSaveInputs): boolean {
  if (inputs.connection !== "connected" || !inputs.synced || inputs.unsyncedChanges > 0) return false;
  return !isCheckOutstanding(inputs) && saveStatus(inputs) !== "saved";
}
