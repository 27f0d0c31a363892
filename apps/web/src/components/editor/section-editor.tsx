"use client";

// The co-edited local section: Tiptap on a Yjs document shared through Hocuspocus, with
// live carets and names, who is here now, a character count, the formatting toolbar and
// the save indicator (docs/collaboration-protocol.md). Loaded in the browser only
// (section-editor-loader.tsx).
import { Collaboration } from "@tiptap/extension-collaboration";
import { CollaborationCaret } from "@tiptap/extension-collaboration-caret";
import { CharacterCount } from "@tiptap/extensions";
import { EditorContent, useEditor, useEditorState } from "@tiptap/react";
import { StarterKit } from "@tiptap/starter-kit";
import type { HocuspocusProvider } from "@hocuspocus/provider";
import { useEffect, useId, useState, useSyncExternalStore } from "react";
import { COLLAB_FIELD, CollabSession } from "./collab-session";
import { EditorToolbar } from "./editor-toolbar";
import styles from "./editor.module.css";
import { LinkForm } from "./link-form";
import { isAllowedLink } from "./link-policy";
import { readAwarenessUser, type TAwarenessUser, type TPresentPerson } from "./presence";
import { SAVE_TEXTS, type TSaveStatus } from "./save-state";

export interface TSectionEditorProps {
  documentName: string;
  collabUrl: string;
  user: TAwarenessUser;
  canWrite: boolean;
}

export default function SectionEditor({ documentName, collabUrl, user, canWrite }: TSectionEditorProps) {
  const [session] = useState(() => new CollabSession({ url: collabUrl, documentName, user, canWrite }));
  useEffect(() => {
    session.start();
    return () => session.stop();
  }, [session]);
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot, CollabSession.getServerSnapshot);
  const editable = canWrite && !snapshot.readOnlyScope && snapshot.ready;
  const readOnly = !canWrite || snapshot.readOnlyScope;
  const readOnlyNoticeId = useId();

  return (
    <div className={styles.editorFrame}>
      <div className={styles.editorStatusBar}>
        <SaveIndicator status={snapshot.saveStatus} />
        <PresenceList people={snapshot.people} />
      </div>
      {snapshot.problem && (
        <p role="alert" className="form-error">
          {snapshot.problem}
        </p>
      )}
      {readOnly && (
        <p className={styles.readOnlyNotice} id={readOnlyNoticeId}>
          <strong>Alleen lezen.</strong> Uw rol in deze werkruimte geeft geen rechten om deze tekst te bewerken.
        </p>
      )}
      {snapshot.provider ? (
        <EditorBody
          session={session}
          provider={snapshot.provider}
          user={user}
          editable={editable}
          readOnly={readOnly}
          ready={snapshot.ready}
          describedBy={readOnly ? readOnlyNoticeId : undefined}
        />
      ) : (
        <EditorPlaceholder />
      )}
    </div>
  );
}

function EditorPlaceholder() {
  return (
    <div className={styles.editorPlaceholder} aria-busy="true">
      De tekst wordt geladen…
    </div>
  );
}

interface TEditorBodyProps {
  session: CollabSession;
  provider: HocuspocusProvider;
  user: TAwarenessUser;
  editable: boolean;
  readOnly: boolean;
  ready: boolean;
  /** Id of a note that explains the text cannot be changed. */
  describedBy?: string;
}

function EditorBody({ session, provider, user, editable, readOnly, ready, describedBy }: TEditorBodyProps) {
  const editorId = useId();
  const countId = useId();
  const [linkFormOpen, setLinkFormOpen] = useState(false);
  const editor = useEditor(
    {
      immediatelyRender: false,
      editable,
      extensions: [
        StarterKit.configure({
          // Yjs' own undo (Collaboration) only undoes this person's changes.
          undoRedo: false,
          heading: { levels: [3] },
          blockquote: false,
          code: false,
          codeBlock: false,
          horizontalRule: false,
          strike: false,
          underline: false,
          // Every client would add its own trailing paragraph after a heading: duplicated
          // content once merged.
          trailingNode: false,
          link: {
            openOnClick: false,
            autolink: true,
            linkOnPaste: true,
            defaultProtocol: "https",
            // Typed, pasted, auto-detected and stored links alike: http, https, mailto only.
            isAllowedUri: (url) => isAllowedLink(url),
            shouldAutoLink: (url) => isAllowedLink(url),
            HTMLAttributes: { rel: "noopener noreferrer nofollow", target: null },
          },
        }),
        CharacterCount,
        Collaboration.configure({ document: session.doc, field: COLLAB_FIELD }),
        CollaborationCaret.configure({ provider, user, render: renderCaret, selectionRender: renderSelection }),
      ],
      editorProps: {
        attributes: {
          id: editorId,
          role: "textbox",
          "aria-multiline": "true",
          "aria-label": "Lokale relevantie",
          "aria-describedby": describedBy ? `${describedBy} ${countId}` : countId,
          class: styles.prose!,
        },
      },
    },
    [provider],
  );

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.setEditable(editable);
    editor.view.dom.setAttribute("aria-readonly", String(!editable));
    editor.view.dom.setAttribute("aria-busy", String(!ready));
  }, [editor, editable, ready]);

  const characters = useEditorState({ editor, selector: ({ editor: current }) => (current ? current.storage.characterCount.characters() : 0) });

  return (
    <>
      <div>
        {editor && !readOnly && <EditorToolbar editor={editor} editorId={editorId} onLink={() => setLinkFormOpen(true)} />}
        {editor && linkFormOpen && <LinkForm editor={editor} onClose={() => setLinkFormOpen(false)} />}
        <div className={readOnly ? `${styles.editorArea} ${styles.editorAreaReadOnly}` : styles.editorArea}>
          <EditorContent editor={editor} />
          {!editor && <EditorPlaceholder />}
        </div>
      </div>
      <p id={countId} className={styles.characterCount}>
        {characters === 1 ? "1 teken" : `${characters ?? 0} tekens`}
        {!ready && " · de tekst wordt geladen…"}
      </p>
    </>
  );
}

function SaveIndicator({ status }: { status: TSaveStatus }) {
  return (
    // The icon stays outside the status element: that reads exactly one of the three texts.
    <div className={styles.saveIndicator} data-state={status}>
      <span aria-hidden="true" className={styles.saveIcon}>
        {status === "saved" ? "✓" : status === "offline" ? "!" : "…"}
      </span>
      <p role="status" className={styles.saveText}>
        {SAVE_TEXTS[status]}
      </p>
    </div>
  );
}

function PresenceList({ people }: { people: TPresentPerson[] }) {
  const headingId = useId();
  return (
    <div className={styles.presence}>
      <h3 id={headingId} className={styles.presenceHeading}>
        Nu aanwezig
      </h3>
      <ul aria-labelledby={headingId} className={styles.presenceList}>
        {people.map((person) => (
          <li key={person.id} className={styles.presencePerson}>
            <span aria-hidden="true" className={styles.presenceSwatch} style={{ backgroundColor: person.color }} />
            {person.name}
            {person.isSelf && " (u)"}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Another person's caret with their name; built from cleaned awareness data only. */
function renderCaret(rawUser: Record<string, unknown>): HTMLElement {
  const user = readAwarenessUser({ user: rawUser }) ?? { id: "", name: "Onbekend", color: "#595959" };
  const caret = document.createElement("span");
  caret.classList.add("collaboration-carets__caret");
  caret.setAttribute("aria-hidden", "true");
  caret.style.borderColor = user.color;
  const label = document.createElement("span");
  label.classList.add("collaboration-carets__label");
  label.style.backgroundColor = user.color;
  label.textContent = user.name;
  caret.append(label);
  return caret;
}

function renderSelection(rawUser: Record<string, unknown>) {
  const user = readAwarenessUser({ user: rawUser });
  return { nodeName: "span", class: "collaboration-carets__selection", style: `background-color: ${user?.color ?? "#595959"}33` };
}
