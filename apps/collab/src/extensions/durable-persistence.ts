// Durable persistence in PostgreSQL (docs/collaboration-protocol.md, "Durability"):
// load = compacted state + tail (seeded on the server when new); every update applied in
// memory is appended to CollabUpdate by the document's DocumentLog; the stateless
// "durability-check" is answered with "durable" only once everything before it is
// committed (and Hocuspocus' own acknowledgement of an update waits for its commit too:
// acknowledge-when-committed.ts); unloading waits for the log and compacts.
//
// Hocuspocus' own onStoreDocument (whole document on a 2–10 s debounce) is not used: it
// loses the last seconds of typing when the process dies.
import { isTransactionOrigin, type Document, type Extension, type afterUnloadDocumentPayload, type beforeUnloadDocumentPayload, type connectedPayload, type onLoadDocumentPayload, type onStatelessPayload } from "@hocuspocus/server";
import { parseDocumentName } from "@trendweb/content";
import { childLogger } from "@trendweb/logger";
import * as Y from "yjs";
import { authorOf } from "../collab-context.ts";
import { acknowledgeWhenCommitted, sendInOneWrite } from "./acknowledge-when-committed.ts";
import { DEFAULT_LOG_LIMITS, DocumentLog, FROM_DATABASE, type TLogLimits } from "../persistence/document-log.ts";
import type { DocumentStore } from "../persistence/document-store.ts";

const log = childLogger("collab-persistence");

export const DURABILITY_CHECK = "durability-check";
export const DURABLE = "durable";

function parseCheck(payload: string): number | null {
  if (payload.length > 200) return null;
  try {
    const message: unknown = JSON.parse(payload);
    if (typeof message !== "object" || message === null) return null;
    const { type, id } = message as { type?: unknown; id?: unknown };
    return type === DURABILITY_CHECK && typeof id === "number" && Number.isSafeInteger(id) ? id : null;
  } catch {
    return null;
  }
}

export class DurablePersistence implements Extension {
  extensionName = "durable-persistence";
  private readonly logs = new WeakMap<Document, DocumentLog>();
  private readonly open = new Map<string, DocumentLog>();

  constructor(
    private readonly store: DocumentStore,
    private readonly limits: TLogLimits = DEFAULT_LOG_LIMITS,
  ) {}

  /** The log of an open document (tests, health). */
  logOf(documentName: string): DocumentLog | undefined {
    return this.open.get(documentName);
  }

  async onLoadDocument({ document, documentName }: onLoadDocumentPayload): Promise<void> {
    const ref = parseDocumentName(documentName);
    if (!ref) throw new Error(`not a collaboration document: ${documentName}`);
    const loaded = await this.store.load(documentName, ref);
    // Applied here, before the log's listener is registered below: what comes from
    // the database is not appended again. Corrupt data throws, and Hocuspocus then drops
    // the document without ever storing it.
    document.transact(() => {
      for (const update of loaded.updates) Y.applyUpdate(document, update);
    });
    if (document.store.pendingStructs || document.store.pendingDs) {
      log.warn({ document: documentName }, "loaded document refers to changes that are not stored (yet)");
    }
    const documentLog = new DocumentLog(documentName, document, this.store, this.limits, loaded);
    this.logs.set(document, documentLog);
    this.open.set(documentName, documentLog);
    // Registered here, right after the database's content and before any other hook can
    // change the document: the Redis extension's afterLoadDocument already applies other
    // servers' state, which must be seen too.
    document.on("update", (update: Uint8Array, origin: unknown) => {
      // Read from PostgreSQL by a compaction: stored already.
      if (origin === FROM_DATABASE) return;
      // Another server (Redis) appends what its own clients sent; we only hold it in case
      // we have to vouch for it (document-log.ts).
      if (isTransactionOrigin(origin) && origin.source === "redis") documentLog.pushRemote(update);
      else documentLog.push(update, authorOf(origin));
    });
  }

  async connected({ documentName, connection }: connectedPayload): Promise<void> {
    const documentLog = this.open.get(documentName);
    if (!documentLog) return;
    documentLog.reopen();
    acknowledgeWhenCommitted(connection, documentLog);
  }

  async onStateless({ payload, document, connection }: onStatelessPayload): Promise<void> {
    const id = parseCheck(payload);
    if (id === null) return;
    const documentLog = this.logs.get(document);
    if (!documentLog) return;
    // Everything this connection sent before the check has been applied (messages of a
    // connection are handled in order), so the answer covers it. Not awaited: the
    // connection's next messages must not wait for the database.
    void documentLog.whenDurable().then((stateVector) => {
      sendInOneWrite(connection);
      connection.sendStateless(JSON.stringify({ type: DURABLE, id, stateVector }));
    });
  }

  async beforeUnloadDocument({ document }: beforeUnloadDocumentPayload): Promise<void> {
    await this.logs.get(document)?.close();
  }

  async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload): Promise<void> {
    const documentLog = this.open.get(documentName);
    if (documentLog?.isClosed) this.open.delete(documentName);
  }
}
