// What this browser knows, on its current connection, about the durability of what it sent
// (docs/collaboration-protocol.md, "Durability and the save indicator").
//
// The server acknowledges every update and sync step 2 a connection sends (SyncStatus), in
// order, and only once it is committed to PostgreSQL; it answers a durability check only once
// everything it applied before the check is committed, with a state vector that is all
// committed. Right after a (re)connect the acknowledgements cannot be matched to changes: the
// provider sends what it queued offline and restarts its own count at every sync. So the
// ledger claims nothing until a check is answered with a vector that covers everything this
// browser held when it asked, with nothing sent between the check and the answer (all
// acknowledgements for what came before have arrived by then). From that answer on it counts:
// every change sent is saved once its acknowledgement has arrived. No further checks needed.
import { coversStateVector, type TDurableAnswer, type TStateVector } from "./save-state";

interface TCheck {
  id: number;
  /** The browser's state vector when it asked. */
  stateVector: TStateVector;
  /** Changes sent before the check (this.sent at that moment). */
  sentBefore: number;
  answered: boolean;
}

export class DurabilityLedger {
  /** Updates and sync steps 2 sent on this connection: each one gets an acknowledgement. */
  private sent = 0;
  private acknowledged = 0;
  private check: TCheck | null = null;
  /** The counts when an answer vouched for everything before it; null while it has not. */
  private base: { sent: number; acknowledged: number } | null = null;

  /** The provider sent something the server will acknowledge (an update, a sync step 2). */
  changeSent(): void {
    this.sent += 1;
  }

  acknowledgementReceived(): void {
    this.acknowledged += 1;
    // More acknowledgements than changes since the base: the count cannot be trusted, ask again.
    if (this.base && this.unacknowledged < 0) this.base = null;
  }

  checkSent(id: number, stateVector: TStateVector): void {
    this.check = { id, stateVector, sentBefore: this.sent, answered: false };
  }

  /** Takes the answer to the latest check (answers to older ones are ignored). */
  answerReceived(answer: TDurableAnswer): void {
    const check = this.check;
    if (!check || check.answered || answer.id !== check.id) return;
    check.answered = true;
    if (this.base) return;
    if (this.sent === check.sentBefore && coversStateVector(answer.stateVector, check.stateVector)) {
      this.base = { sent: this.sent, acknowledged: this.acknowledged };
    }
  }

  /** A check was answered with a vouch for everything before it; counting is exact since. */
  get vouched(): boolean {
    return this.base !== null;
  }

  /** Changes sent since the vouching answer whose acknowledgement has not arrived. */
  get unacknowledged(): number {
    if (!this.base) return 0;
    return this.sent - this.base.sent - (this.acknowledged - this.base.acknowledged);
  }

  /** A check was sent and its answer has not arrived. */
  get checkOutstanding(): boolean {
    return this.check !== null && !this.check.answered;
  }

  /** The latest check was answered without vouching (or there was none): time to ask (again). */
  get needsCheck(): boolean {
    return !this.vouched && !this.checkOutstanding;
  }
}
