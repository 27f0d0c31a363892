// Short-lived tokens for the collaboration server: the web app mints one for the signed-in
// user (GET /api/collab-token), apps/collab verifies it in onAuthenticate. HS256 with a key
// derived from AUTH_SECRET (HKDF, its own label), so a collab token can never pass as a
// session and vice versa. The token says who, never which documents: the collab server
// decides per document from the memberships in the database.
//
// This module imports neither next-auth nor "server-only": apps/collab (plain Node) uses it
// through `@trendweb/auth/collab-token`.
import { hkdfSync } from "node:crypto";
import { errors, jwtVerify, SignJWT } from "jose";

export const COLLAB_TOKEN_AUDIENCE = "collab";
export const COLLAB_TOKEN_ISSUER = "trendweb-lokaal";
export const COLLAB_TOKEN_TTL_SECONDS = 5 * 60;
const KEY_LABEL = "trendweb-lokaal collab-token v1";

export interface TCollabToken {
  token: string;
  /** ISO 8601. */
  expiresAt: string;
}

const keys = new Map<string, Uint8Array>();

function collabKey(authSecret: string): Uint8Array {
  let key = keys.get(authSecret);
  if (!key) {
    key = new Uint8Array(hkdfSync("sha256", authSecret, "", KEY_LABEL, 32));
    keys.set(authSecret, key);
  }
  return key;
}

export async function mintCollabToken(authSecret: string, userId: string, now: Date = new Date()): Promise<TCollabToken> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  const expiresAt = issuedAt + COLLAB_TOKEN_TTL_SECONDS;
  const token = await new SignJWT({})
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(userId)
    .setAudience(COLLAB_TOKEN_AUDIENCE)
    .setIssuer(COLLAB_TOKEN_ISSUER)
    .setIssuedAt(issuedAt)
    .setExpirationTime(expiresAt)
    .sign(collabKey(authSecret));
  return { token, expiresAt: new Date(expiresAt * 1000).toISOString() };
}

/** The user id in a valid, unexpired collab token; null for anything else. */
export async function verifyCollabToken(authSecret: string, token: string, now: Date = new Date()): Promise<string | null> {
  if (!token || token.length > 4096) return null;
  try {
    const { payload } = await jwtVerify(token, collabKey(authSecret), {
      algorithms: ["HS256"],
      audience: COLLAB_TOKEN_AUDIENCE,
      issuer: COLLAB_TOKEN_ISSUER,
      currentDate: now,
      requiredClaims: ["sub", "exp", "iat"],
    });
    return typeof payload.sub === "string" && payload.sub ? payload.sub : null;
  } catch (error) {
    if (error instanceof errors.JOSEError || error instanceof TypeError) return null;
    throw error;
  }
}
