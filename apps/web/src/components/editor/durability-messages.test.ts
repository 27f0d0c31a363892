import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { encodeDurabilityCheck, parseDurableAnswer } from "./durability-messages";

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
});
