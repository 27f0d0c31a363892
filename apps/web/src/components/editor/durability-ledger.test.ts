import { describe, expect, it } from "vitest";
import { DurabilityLedger } from "./durability-ledger";

const sv = (entries: Record<number, number>) => new Map(Object.entries(entries).map(([client, clock]) => [Number(client), clock]));

/** A ledger whose check 1 was answered with a vector covering what the browser held. */
function vouchedLedger(): DurabilityLedger {
  const ledger = new DurabilityLedger();
  ledger.checkSent(1, sv({ 1: 10 }));
  ledger.answerReceived({ id: 1, stateVector: sv({ 1: 10, 2: 3 }) });
  return ledger;
}

describe("DurabilityLedger", () => {
  it("claims nothing before an answer vouched, however many acknowledgements arrive", () => {
    const ledger = new DurabilityLedger();
    // Offline changes resent on reconnect: their acknowledgements cannot be matched yet.
    ledger.changeSent();
    ledger.acknowledgementReceived();
    expect(ledger.vouched).toBe(false);
    expect(ledger.needsCheck).toBe(true);
  });

  it("vouches when the answer covers everything held at the check and nothing was sent since", () => {
    const ledger = new DurabilityLedger();
    ledger.changeSent();
    ledger.checkSent(1, sv({ 1: 10 }));
    expect(ledger.checkOutstanding).toBe(true);
    expect(ledger.needsCheck).toBe(false);
    // The change's acknowledgement comes before the answer (the server sends them in that order).
    ledger.acknowledgementReceived();
    ledger.answerReceived({ id: 1, stateVector: sv({ 1: 10 }) });
    expect(ledger.vouched).toBe(true);
    expect(ledger.unacknowledged).toBe(0);
  });

  it("does not vouch for an answer that misses something the browser held (it asks again)", () => {
    const ledger = new DurabilityLedger();
    ledger.checkSent(1, sv({ 1: 10, 5: 2 }));
    ledger.answerReceived({ id: 1, stateVector: sv({ 1: 10 }) });
    expect(ledger.vouched).toBe(false);
    expect(ledger.needsCheck).toBe(true);
  });

  it("does not vouch when a change was sent between the check and the answer", () => {
    const ledger = new DurabilityLedger();
    ledger.checkSent(1, sv({ 1: 10 }));
    ledger.changeSent();
    ledger.answerReceived({ id: 1, stateVector: sv({ 1: 99 }) });
    expect(ledger.vouched).toBe(false);
    expect(ledger.needsCheck).toBe(true);
  });

  it("only takes the answer to the latest check", () => {
    const ledger = new DurabilityLedger();
    ledger.checkSent(1, sv({ 1: 10 }));
    ledger.checkSent(2, sv({ 1: 11 }));
    ledger.answerReceived({ id: 1, stateVector: sv({ 1: 11 }) });
    expect(ledger.vouched).toBe(false);
    expect(ledger.checkOutstanding).toBe(true);
    ledger.answerReceived({ id: 2, stateVector: sv({ 1: 11 }) });
    expect(ledger.vouched).toBe(true);
  });

  it("then counts: each change sent is unacknowledged until its acknowledgement arrives", () => {
    const ledger = vouchedLedger();
    ledger.changeSent();
    ledger.changeSent();
    expect(ledger.unacknowledged).toBe(2);
    ledger.acknowledgementReceived();
    expect(ledger.unacknowledged).toBe(1);
    ledger.acknowledgementReceived();
    expect(ledger.unacknowledged).toBe(0);
    expect(ledger.needsCheck).toBe(false);
  });

  it("stops trusting the count when more acknowledgements arrive than changes were sent", () => {
    const ledger = vouchedLedger();
    ledger.acknowledgementReceived();
    expect(ledger.vouched).toBe(false);
    expect(ledger.needsCheck).toBe(true);
  });
});
