// Restoring a snapshot as a new change (never a rewrite of history): through a Hocuspocus
// DirectConnection, attributed to the restoring user, the section's fragment is emptied and
// filled with the snapshot's content in one transaction. That is one ordinary update: it is
// broadcast to everyone who has the section open (and through Redis to other servers) and
// appended to the log like any edit. The text as it was just before is kept in an automatic
// snapshot first, so nothing is ever out of reach.
import type { Hocuspocus } from "@hocuspocus/server";
import * as Y from "yjs";
import type { TCollabContext } from "../collab-context.ts";
import type { DurablePersistence } from "../extensions/durable-persistence.ts";
import type { DocumentStore } from "./document-store.ts";
import { FRAGMENT_NAME, renderPlainText, renderProseMirrorJson } from "./render-document.ts";

/** The direct connection's context: a write connection of the restoring user (section-activity records the edit). */
export type TRestoreContext = TCollabContext & { userId: string };

export const BEFORE_RESTORE_NAME = "Vóór het terugzetten van een eerdere versie";

/** Replaces the section's content in `target` with the content of `source` (one transaction by the caller). */
export function replaceSectionContent(target: Y.Doc, source: Y.Doc): void {
  const fragment = target.getXmlFragment(FRAGMENT_NAME);
  // Tiptap writes elements and text only (hooks are not part of its schema).
  const content = source
    .getXmlFragment(FRAGMENT_NAME)
    .toArray()
    .filter((node): node is Y.XmlElement | Y.XmlText => node instanceof Y.XmlElement || node instanceof Y.XmlText)
    .map((node) => node.clone());
  fragment.delete(0, fragment.length);
  // A section always has at least one block for the editor to put the caret in.
  fragment.insert(0, content.length ? content : [new Y.XmlElement("paragraph")]);
}

export async function restoreSnapshot(input: {
  instance: Hocuspocus;
  persistence: DurablePersistence;
  store: DocumentStore;
  documentName: string;
  snapshotState: Uint8Array;
  context: TRestoreContext;
}): Promise<void> {
  const source = new Y.Doc();
  Y.applyUpdate(source, input.snapshotState);
  const connection = await input.instance.openDirectConnection(input.documentName, input.context);
  try {
    const document = connection.document;
    const documentLog = input.persistence.logOf(input.documentName);
    if (!document || !documentLog) throw new Error(`document ${input.documentName} did not open`);

    // The text as it is now, in case someone wants it back (only when it is not the last snapshot's).
    const plainText = renderPlainText(renderProseMirrorJson(document));
    const previous = await input.store.lastSnapshot(input.documentName);
    if (previous?.plainText !== plainText) {
      await input.store.snapshot(input.documentName, {
        kind: "AUTO",
        name: BEFORE_RESTORE_NAME,
        state: Y.encodeStateAsUpdate(document),
        plainText,
        authorIds: [],
        createdById: input.context.userId,
      });
    }

    await connection.transact((doc) => replaceSectionContent(doc, source));
    // Answer only once the restore is committed, like any other change.
    await documentLog.whenDurable();
  } finally {
    source.destroy();
    await connection.disconnect();
  }
}
