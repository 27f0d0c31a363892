import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { COLLAB_TOKEN_TTL_SECONDS, mintCollabToken, verifyCollabToken } from "./collab-token.ts";

const SECRET = "collab-token-test-secret-collab-token-test-secret";

describe("collab tokens", () => {
  it("carries the user id for five minutes", async () => {
    const now = new Date("2026-03-01T10:00:00Z");
    const { token, expiresAt } = await mintCollabToken(SECRET, "user-1", now);
    expect(expiresAt).toBe("2026-03-01T10:05:00.000Z");
    expect(await verifyCollabToken(SECRET, token, now)).toBe("user-1");
    expect(await verifyCollabToken(SECRET, token, new Date(now.getTime() + (COLLAB_TOKEN_TTL_SECONDS - 1) * 1000))).toBe("user-1");
    expect(await verifyCollabToken(SECRET, token, new Date(now.getTime() + (COLLAB_TOKEN_TTL_SECONDS + 1) * 1000))).toBeNull();
  });

  it("refuses garbage, another secret and a tampered token", async () => {
    const { token } = await mintCollabToken(SECRET, "user-1");
    expect(await verifyCollabToken(SECRET, "")).toBeNull();
    expect(await verifyCollabToken(SECRET, "iets")).toBeNull();
    expect(await verifyCollabToken(SECRET, "a.b.c")).toBeNull();
    expect(await verifyCollabToken(`${SECRET}-anders`, token)).toBeNull();
    const [header, payload, signature] = token.split(".");
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, "base64url").toString()), sub: "admin" })).toString("base64url");
    expect(await verifyCollabToken(SECRET, `${header}.${forged}.${signature}`)).toBeNull();
  });

  it("does not accept a token signed with AUTH_SECRET itself or for another audience", async () => {
    const raw = new TextEncoder().encode(SECRET);
    const direct = await new SignJWT({}).setProtectedHeader({ alg: "HS256" }).setSubject("user-1").setAudience("collab").setIssuer("trendweb-lokaal").setIssuedAt().setExpirationTime("5m").sign(raw);
    expect(await verifyCollabToken(SECRET, direct)).toBeNull();
    const unsigned = `${Buffer.from(JSON.stringify({ alg: "none" })).toString("base64url")}.${Buffer.from(JSON.stringify({ sub: "user-1", aud: "collab" })).toString("base64url")}.`;
    expect(await verifyCollabToken(SECRET, unsigned)).toBeNull();
  });
});
