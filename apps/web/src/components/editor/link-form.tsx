"use client";

// Adding, changing or removing a link on the selection. Only http(s) and mailto addresses
// are accepted (link-policy.ts); Escape or "Annuleren" returns to the text.
import type { Editor } from "@tiptap/react";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import styles from "./editor.module.css";
import { normaliseLink } from "./link-policy";

export function LinkForm({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const inputId = useId();
  const errorId = useId();
  const input = useRef<HTMLInputElement>(null);
  const current = editor.getAttributes("link").href as string | undefined;
  const [value, setValue] = useState(current ?? "");
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    input.current?.focus();
  }, []);

  const close = () => {
    onClose();
    editor.commands.focus();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const href = normaliseLink(value);
    if (!href) {
      setError("Dit adres kan geen link worden. Gebruik een webadres (https://…) of een e-mailadres (mailto:…).");
      input.current?.focus();
      return;
    }
    const chain = editor.chain().focus().extendMarkRange("link");
    if (editor.state.selection.empty && !editor.isActive("link")) {
      chain.insertContent({ type: "text", text: href, marks: [{ type: "link", attrs: { href } }] }).run();
    } else {
      chain.setLink({ href }).run();
    }
    onClose();
  };

  const remove = () => {
    editor.chain().focus().extendMarkRange("link").unsetLink().run();
    onClose();
  };

  return (
    <form
      className={styles.linkForm}
      onSubmit={submit}
      aria-label="Link"
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.preventDefault();
          close();
        }
      }}
    >
      <label htmlFor={inputId} className="utrecht-form-label">
        Adres van de link
      </label>
      <input
        ref={input}
        id={inputId}
        type="text"
        inputMode="url"
        autoComplete="url"
        className="utrecht-textbox"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => {
          setValue(event.target.value);
          setError(null);
        }}
      />
      {error && (
        <p id={errorId} role="alert" className="form-error">
          {error}
        </p>
      )}
      <div className={styles.linkFormButtons}>
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {current ? "Link wijzigen" : "Link toevoegen"}
        </button>
        {current && (
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={remove}>
            Link verwijderen
          </button>
        )}
        <button type="button" className="utrecht-button utrecht-button--subtle" onClick={close}>
          Annuleren
        </button>
      </div>
    </form>
  );
}
