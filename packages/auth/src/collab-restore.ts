// Restoring a snapshot is a change to the live document, so the web app asks the
// collaboration server to make it (POST /internal/restore-snapshot). The request carries a
// server-to-server token: HS256 with its own key derived from AUTH_SECRET (HKDF, its own
// label: it can pass neither as a session nor as a collab token), valid for one minute and
// bound to one user, one document and one snapshot. The collab server checks the user's
// rights again from the database before it changes anything.
//
// Plain Node (no next-auth, no "server-only"): apps/collab verifies, apps/web requests.
import { hkdfSync } from "node:crypto";
import { errors, jwtVerify, SignJWT } from "jose";

export const RESTORE_PATH = "/internal/restore-snapshot";
export const RESTORE_TOKEN_AUDIENCE = "collab-restore";
const ISSUER = "trendweb-lokaal";
const TTL_SECONDS = 60;
const KEY_LABEL = "trendweb-lokaal collab-restore v1";

export interface TRestoreRequest {
  userId: string;
  documentName: string;
  snapshotId: string;
}

const keys = new Map<string, Uint8Array>();

function restoreKey(authSecret: string): Uint8Array {
  let key = keys.get(authSecret);
  if (!key) {
    key = new Uint8Array(hkdfSync("sha256", authSecret, "", KEY_LABEL, 32));
    keys.set(authSecret, key);
  }
  return key;
}

export async function mintRestoreToken(authSecret: string, request: TRestoreRequest, now: Date = new Date()): Promise<string> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  return new SignJWT({ doc: request.documentName, snap: request.snapshotId })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(request.userId)
    .setAudience(RESTORE_TOKEN_AUDIENCE)
    .setIssuer(ISSUER)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + TTL_SECONDS)
    .sign(restoreKey(authSecret));
}

/** The request a valid, unexpired restore token stands for; null for anything else. */
export async function verifyRestoreToken(authSecret: string, token: string, now: Date = new Date()): Promise<TRestoreRequest | null> {
  if (!token || token.length > 4096) return null;
  try {
    const { payload } = await jwtVerify(token, restoreKey(authSecret), {
      algorithms: ["HS256"],
      audience: RESTORE_TOKEN_AUDIENCE,
      issuer: ISSUER,
      currentDate: now,
      requiredClaims: ["sub", "exp", "iat", "doc", "snap"],
    });
    const { sub, doc, snap } = payload;
    if (typeof sub !== "string" || !sub || typeof doc !== "string" || typeof snap !== "string") return null;
    return { userId: sub, documentName: doc, snapshotId: snap };
  } catch (error) {
    if (error instanceof errors.JOSEError || error instanceof TypeError) return null;
    throw error;
  }
}

export type TRestoreOutcome = "restored" | "refused" | "not-found" | "unavailable";

/**
 * Asks the collaboration server at `baseUrl` (http(s)://host:port) to restore a snapshot.
 * Resolves once the restored text is committed in PostgreSQL and sent to everyone who has
 * the section open; never throws for an unreachable or failing server ("unavailable").
 */
export async function requestSnapshotRestore(options: { baseUrl: string; authSecret: string; timeoutMs?: number }, request: TRestoreRequest): Promise<TRestoreOutcome> {
  const token = await mintRestoreToken(options.authSecret, request);
  try {
    const response = await fetch(new URL(RESTORE_PATH, options.baseUrl), {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ documentName: request.documentName, snapshotId: request.snapshotId }),
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
    });
    await response.body?.cancel();
    if (response.ok) return "restored";
    if (response.status === 401 || response.status === 403) return "refused";
    if (response.status === 404) return "not-found";
    return "unavailable";
  } catch {
    return "unavailable";
  }
}
