import { describe, expect, it } from "vitest";
import { mintRestoreToken, verifyRestoreToken } from "./collab-restore.ts";
import { mintCollabToken, verifyCollabToken } from "./collab-token.ts";

const SECRET = "collab-restore-test-secret-collab-restore-test-secret";
const REQUEST = { userId: "user-1", documentName: "section/zwolle/regionale-economie", snapshotId: "snap1" };

describe("restore tokens", () => {
  it("carry user, document and snapshot for one minute", async () => {
    const now = new Date("2026-03-01T10:00:00Z");
    const token = await mintRestoreToken(SECRET, REQUEST, now);
    expect(await verifyRestoreToken(SECRET, token, now)).toEqual(REQUEST);
    expect(await verifyRestoreToken(SECRET, token, new Date(now.getTime() + 59_000))).toEqual(REQUEST);
    expect(await verifyRestoreToken(SECRET, token, new Date(now.getTime() + 61_000))).toBeNull();
  });

  it("are neither collab tokens nor accepted with another secret or tampered", async () => {
    const token = await mintRestoreToken(SECRET, REQUEST);
    expect(await verifyCollabToken(SECRET, token)).toBeNull();
    expect(await verifyRestoreToken(SECRET, (await mintCollabToken(SECRET, "user-1")).token)).toBeNull();
    expect(await verifyRestoreToken(`${SECRET}-anders`, token)).toBeNull();
    expect(await verifyRestoreToken(SECRET, "")).toBeNull();
    const [header, payload, signature] = token.split(".");
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, "base64url").toString()), snap: "other" })).toString("base64url");
    expect(await verifyRestoreToken(SECRET, `${header}.${forged}.${signature}`)).toBeNull();
  });
});
