// The save indicator as a pure function (docs/collaboration-protocol.md, "Durability and the
// save indicator"). It may say "Opgeslagen" only when everything this browser sent is committed
// to PostgreSQL: a "durable" answer vouched for all it held when it asked, and every change
// sent since has been acknowledged (durability-ledger.ts). Anything less is "Opslaan…" while
// connected, and the offline text while the server is out of reach.

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
  /**
   * On this connection, an answer to a durability check vouched for everything this browser
   * held when it asked, with nothing sent in between (durability-ledger.ts).
   */
  vouched: boolean;
  /** Changes sent since that answer whose acknowledgement (sent once committed) has not arrived. */
  unacknowledged: number;
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
  return inputs.vouched && inputs.unacknowledged === 0 ? "saved" : "saving";
}

export function saveText(inputs: TSaveInputs): string {
  return SAVE_TEXTS[saveStatus(inputs)];
}
