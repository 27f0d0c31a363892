// Malformed and oversized messages (yjs #687, #479). The WebSocket itself refuses frames
// above `maxPayload` (create-collab-server.ts; the socket is closed, other sockets and
// documents carry on). Here, per document connection: a sync message whose update does not
// decode, or that would push the document past its size cap, closes that connection only,
// before Yjs sees it. The cap comes with a Dutch message (stateless `{"type":"error"}`).
import type { beforeHandleMessagePayload, Document, Extension } from "@hocuspocus/server";
import * as decoding from "lib0/decoding";
import * as Y from "yjs";

const MESSAGE_SYNC = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

export const DOCUMENT_TOO_LARGE_CODE = 4413;
export const MALFORMED_MESSAGE_CODE = 4400;

export function documentTooLargeMessage(maxBytes: number): string {
  const size = maxBytes >= 1024 * 1024 ? `${Math.round(maxBytes / 1024 / 1024)} MB` : `${Math.round(maxBytes / 1024)} kB`;
  return `Dit document is te groot geworden (meer dan ${size}). Uw laatste wijziging is niet opgeslagen. Maak de tekst korter of verdeel hem over meer lemma's.`;
}

class ClosingError extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** The Yjs update inside a sync message, or null for other messages; throws when malformed. */
export function readSyncUpdate(message: Uint8Array): Uint8Array | null {
  const decoder = decoding.createDecoder(message);
  decoding.readVarString(decoder); // document address
  if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return null;
  const syncType = decoding.readVarUint(decoder);
  if (syncType !== SYNC_STEP_2 && syncType !== SYNC_UPDATE) return null;
  const update = decoding.readVarUint8Array(decoder);
  // Throws on anything that is not a well-formed update.
  Y.decodeUpdate(update);
  return update;
}

export class MessageLimits implements Extension {
  extensionName = "message-limits";
  priority = 800;
  /** Size estimate per document: exact at the last measurement, plus what came in since. */
  private readonly sizes = new WeakMap<Document, { measured: number; added: number }>();

  constructor(private readonly maxDocumentBytes: number) {}

  async beforeHandleMessage({ update: message, document, connection }: beforeHandleMessagePayload): Promise<void> {
    let update: Uint8Array | null;
    try {
      update = readSyncUpdate(message);
    } catch {
      throw new ClosingError(MALFORMED_MESSAGE_CODE, "Ongeldig bericht.");
    }
    if (!update || connection.readOnly) return;

    let size = this.sizes.get(document);
    if (!size) {
      size = { measured: Y.encodeStateAsUpdate(document).byteLength, added: 0 };
      this.sizes.set(document, size);
    }
    size.added += update.byteLength;
    if (size.measured + size.added <= this.maxDocumentBytes) return;
    // Over the estimate: measure again (deletions shrink a document), then decide.
    size.measured = Y.encodeStateAsUpdate(document).byteLength;
    size.added = update.byteLength;
    if (size.measured + size.added <= this.maxDocumentBytes) return;
    size.added = 0;
    const reason = documentTooLargeMessage(this.maxDocumentBytes);
    connection.sendStateless(JSON.stringify({ type: "error", code: "document-too-large", message: reason }));
    throw new ClosingError(DOCUMENT_TOO_LARGE_CODE, reason);
  }
}
