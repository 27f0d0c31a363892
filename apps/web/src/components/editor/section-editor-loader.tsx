"use client";

// The editor needs the browser (WebSocket, IndexedDB, contenteditable): it is loaded there
// only, with a plain placeholder until then.
import dynamic from "next/dynamic";
import styles from "./editor.module.css";
import type { TSectionEditorProps } from "./section-editor";

const SectionEditor = dynamic(() => import("./section-editor"), {
  ssr: false,
  loading: () => (
    <div className={styles.editorPlaceholder} aria-busy="true">
      De editor wordt geladen…
    </div>
  ),
});

export function SectionEditorLoader(props: TSectionEditorProps) {
  return <SectionEditor {...props} />;
}
