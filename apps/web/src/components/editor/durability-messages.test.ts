import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { encodeDurabilityCheck, parseDurableAnswer, readIncoming, type TIncomingMessage } from "./durability-messages";

/** A message as Hocuspocus writes it (document name, type, fields), read the way the provider hands it over. */
function incoming(...fields: number[]): TIncomingMessage {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, "section/zwolle/regionale-economie");
  for (const field of fields) encoding.writeVarUint(encoder, field);
  const decoder = decoding.createDecoder(encoding.toUint8Array(encoder));
  return { readVarString: () => decoding.readVarString(decoder), readVarUint: () => decoding.readVarUint(decoder) };
}

describe("durability messages", () => {
  it("encodes the check as the server expects it", () => {
    expect(JSON.parse(encodeDurabilityCheck(7))).toEqual({ type: "durability-check", id: 7 });
  });

  it("reads the server's answer with its state vector", () => {
    const doc = new Y.Doc();
    doc.getText("t").insert(0, "hallo");
    const stateVector = Buffer.from(Y.encodeStateVector(doc)).toString("base64");
    const answer = parseDurableAnswer(JSON.stringify({ type: "durable", id: 7, stateVector }));
    expect(answer?.id).toBe(7);
    expect(answer?.stateVector.get(doc.clientID)).toBe(5);
  });

  it.each([
    "niet-json",
    "null",
    JSON.stringify({ type: "durability-check", id: 1 }),
    JSON.stringify({ type: "durable", id: "1", stateVector: "AA==" }),
    JSON.stringify({ type: "durable", id: 1.5, stateVector: "AA==" }),
    JSON.stringify({ type: "durable", id: 1 }),
    JSON.stringify({ type: "durable", id: 1, stateVector: "@@@" }),
  ])("ignores %s", (payload) => {
    expect(parseDurableAnswer(payload)).toBeNull();
  });

  it("recognizes acknowledgements and sync requests among incoming messages", () => {
    expect(readIncoming(incoming(8, 1))).toBe("acknowledgement");
    // SyncStatus false: a read-only connection's change was refused, not saved.
    expect(readIncoming(incoming(8, 0))).toBeNull();
    // Sync step 1 from the server: the provider answers with a step 2.
    expect(readIncoming(incoming(0, 0, 0))).toBe("sync-request");
    // Sync step 2 and updates from the server, awareness, stateless: nothing to count.
    expect(readIncoming(incoming(0, 1, 0))).toBeNull();
    expect(readIncoming(incoming(0, 2, 0))).toBeNull();
    expect(readIncoming(incoming(1, 0))).toBeNull();
    expect(readIncoming(incoming(5))).toBeNull();
    expect(readIncoming({ readVarString: () => { throw new Error("kapot"); }, readVarUint: () => 0 })).toBeNull();
  });
});

