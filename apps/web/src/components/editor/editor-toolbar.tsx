"use client";

// The formatting toolbar (WAI-ARIA toolbar pattern): one Tab stop, arrow keys move between
// the buttons (Home/End to the ends), toggles say whether they are on with aria-pressed.
// Buttons that cannot act right now stay focusable with aria-disabled, so the arrow keys
// never skip over them silently.
import { type Editor, useEditorState } from "@tiptap/react";
import { type KeyboardEvent, useRef, useState } from "react";
import styles from "./editor.module.css";

interface TToolbarItem {
  key: string;
  label: string;
  /** Undefined for plain actions (undo/redo). */
  pressed?: boolean;
  disabled?: boolean;
  shortcut?: string;
  run: () => void;
}

export function EditorToolbar({ editor, editorId, onLink }: { editor: Editor; editorId: string; onLink: () => void }) {
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      heading: current.isActive("heading", { level: 3 }),
      bold: current.isActive("bold"),
      italic: current.isActive("italic"),
      bulletList: current.isActive("bulletList"),
      orderedList: current.isActive("orderedList"),
      link: current.isActive("link"),
      canUndo: current.can().undo(),
      canRedo: current.can().redo(),
    }),
  });
  const [active, setActive] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  const chain = () => editor.chain().focus();
  const items: TToolbarItem[] = [
    { key: "heading", label: "Kop", pressed: state.heading, run: () => chain().toggleHeading({ level: 3 }).run() },
    { key: "bold", label: "Vet", pressed: state.bold, shortcut: "Control+B", run: () => chain().toggleBold().run() },
    { key: "italic", label: "Cursief", pressed: state.italic, shortcut: "Control+I", run: () => chain().toggleItalic().run() },
    { key: "bulletList", label: "Lijst", pressed: state.bulletList, shortcut: "Control+Shift+8", run: () => chain().toggleBulletList().run() },
    { key: "orderedList", label: "Genummerde lijst", pressed: state.orderedList, shortcut: "Control+Shift+7", run: () => chain().toggleOrderedList().run() },
    { key: "link", label: "Link", pressed: state.link, run: onLink },
    { key: "undo", label: "Ongedaan maken", disabled: !state.canUndo, shortcut: "Control+Z", run: () => chain().undo().run() },
    { key: "redo", label: "Opnieuw", disabled: !state.canRedo, shortcut: "Control+Y", run: () => chain().redo().run() },
  ];

  const move = (index: number) => {
    const next = (index + items.length) % items.length;
    setActive(next);
    buttons.current[next]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const keys: Record<string, () => void> = {
      ArrowRight: () => move(active + 1),
      ArrowLeft: () => move(active - 1),
      Home: () => move(0),
      End: () => move(items.length - 1),
    };
    const action = keys[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  };

  return (
    <div role="toolbar" aria-label="Opmaak" aria-controls={editorId} className={styles.toolbar} onKeyDown={onKeyDown}>
      {items.map((item, index) => (
        <button
          key={item.key}
          ref={(element) => {
            buttons.current[index] = element;
          }}
          type="button"
          className={styles.toolbarButton}
          tabIndex={index === active ? 0 : -1}
          aria-pressed={item.pressed}
          aria-disabled={item.disabled || undefined}
          aria-keyshortcuts={item.shortcut}
          data-key={item.key}
          // Keep the text selection when clicked with a mouse.
          onMouseDown={(event) => event.preventDefault()}
          onFocus={() => setActive(index)}
          onClick={() => {
            if (!item.disabled) item.run();
          }}
        >
          {item.label}
        </button>
      ))}
    </div>
  );
}
