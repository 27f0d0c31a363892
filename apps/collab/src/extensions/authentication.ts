// Per-document authorization (docs/collaboration-protocol.md, "Authentication"): a valid
// collab token, a known document name, and the viewer's rights in that document's gemeente,
// read fresh from the database. Each document on a socket passes through here on its own.
import type { Extension, onAuthenticatePayload } from "@hocuspocus/server";
import { verifyCollabToken } from "@trendweb/auth/collab-token";
import { parseDocumentName } from "@trendweb/content";
import type { TSql } from "@trendweb/db/sql";
import { can, loadViewerWithSql, type TViewer } from "@trendweb/services/access";
import type { TCollabContext } from "../collab-context.ts";

export type TDocumentAccess = "write" | "read" | "none";
export type TAccessPolicy = (viewer: Extract<TViewer, { kind: "user" }>, gemeente: string) => TDocumentAccess;

/** The rights table (packages/services capabilities): drafts.write → write, drafts.read → read. */
export const capabilityPolicy: TAccessPolicy = (viewer, gemeente) =>
  can(viewer, gemeente, "drafts.write") ? "write" : can(viewer, gemeente, "drafts.read") ? "read" : "none";

/** Hocuspocus sends `reason` to the provider (onAuthenticationFailed). */
class Refused extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

export class Authentication implements Extension {
  extensionName = "authentication";
  // Before everything that touches a document.
  priority = 1000;

  /**
   * Viewer lookups in flight, per user. A browser opening its documents asks for all of them
   * at once; they share one query that started after they arrived (so still fresh), instead
   * of one query each (900 at once in the benchmark's connect).
   */
  private readonly loading = new Map<string, Promise<TViewer>>();

  constructor(
    private readonly sql: TSql,
    private readonly authSecret: string,
    private readonly policy: TAccessPolicy = capabilityPolicy,
  ) {}

  private viewer(userId: string): Promise<TViewer> {
    const inFlight = this.loading.get(userId);
    if (inFlight) return inFlight;
    const loading = loadViewerWithSql(this.sql, userId).finally(() => this.loading.delete(userId));
    this.loading.set(userId, loading);
    return loading;
  }

  async onAuthenticate({ token, documentName, connectionConfig }: onAuthenticatePayload): Promise<TCollabContext> {
    const ref = parseDocumentName(documentName);
    if (!ref) throw new Refused("Dit document bestaat niet.");
    const userId = await verifyCollabToken(this.authSecret, token);
    if (!userId) throw new Refused("Uw sessie is verlopen. Laad de pagina opnieuw of log opnieuw in.");
    const viewer = await this.viewer(userId);
    if (viewer.kind !== "user") throw new Refused("Uw sessie is verlopen. Laad de pagina opnieuw of log opnieuw in.");

    const access = this.policy(viewer, ref.gemeente);
    if (access === "none") throw new Refused("U hebt geen toegang tot dit document.");
    const canWrite = access === "write";
    // Read-only: Hocuspocus refuses this connection's document updates; the read-only
    // extension drops its awareness.
    connectionConfig.readOnly = !canWrite;
    return { user: { id: viewer.userId, name: viewer.name ?? viewer.email }, gemeente: ref.gemeente, lemma: ref.lemma, canWrite };
  }
}
