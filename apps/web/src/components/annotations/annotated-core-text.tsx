"use client";

// The core text of a lemma with this gemeente's annotations: highlights, selecting a passage
// (mouse, or keyboard: Shift + arrow keys inside the text) to annotate it, the list of
// annotations beside it with navigation both ways, the orphans to review, and live updates.
import type { TBlock, TFigure } from "@trendweb/content";
import type { TLemmaAnnotations } from "@trendweb/services";
import { Fragment, useCallback, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { ContentBlocks, type TRenderText } from "@/components/reader/content-blocks";
import { AnnotationList } from "./annotation-list";
import type { TAnnotationLabels } from "./annotation-labels";
import { blockText } from "./block-text";
import { NewAnnotationForm } from "./new-annotation-form";
import { passageFromSelection, type TPassage } from "./selection-passage";
import { segmentText, type THighlight } from "./text-segments";
import { useLiveAnnotations } from "./use-live-annotations";
import styles from "./annotations.module.css";

interface Props {
  gemeente: string;
  lemma: string;
  blocks: TBlock[];
  figures: TFigure[];
  relevance: { heading: string; blocks: TBlock[] };
  annotations: TLemmaAnnotations;
  labels: TAnnotationLabels;
}

type TMove = [direction: "backward" | "forward", granularity: "character" | "line" | "lineboundary"];
const MOVES: Record<string, TMove> = {
  ArrowLeft: ["backward", "character"],
  ArrowRight: ["forward", "character"],
  ArrowUp: ["backward", "line"],
  ArrowDown: ["forward", "line"],
  Home: ["backward", "lineboundary"],
  End: ["forward", "lineboundary"],
};

export function AnnotatedCoreText({ gemeente, lemma, blocks, figures, relevance, annotations, labels }: Props) {
  useLiveAnnotations(gemeente, lemma);
  const root = useRef<HTMLDivElement>(null);
  const [passage, setPassage] = useState<TPassage | null>(null);
  const [selectionError, setSelectionError] = useState<string | null>(null);
  const [composing, setComposing] = useState(false);
  const [message, setMessage] = useState("");

  const blockTexts = useMemo(() => new Map([...blocks, ...relevance.blocks].map((block) => [block.id, blockText(block)])), [blocks, relevance.blocks]);
  const highlights = useMemo(() => {
    const byBlock = new Map<string, (THighlight & { resolved: boolean; label: string })[]>();
    annotations.anchored.forEach((annotation, index) => {
      const list = byBlock.get(annotation.blockId) ?? [];
      list.push({
        id: annotation.id,
        number: index + 1,
        start: annotation.selectors.position.start,
        end: annotation.selectors.position.end,
        resolved: annotation.resolved !== null,
        label: `${labels.types[annotation.type]}, ${annotation.author}`,
      });
      byBlock.set(annotation.blockId, list);
    });
    return byBlock;
  }, [annotations.anchored, labels.types]);

  const renderText: TRenderText = (block, text, offset) => {
    const own = highlights.get(block.id) ?? [];
    return (
      <span data-block-id={block.id} data-piece-start={offset}>
        {segmentText(text, offset, own).map((segment) => {
          const covering = own.filter((highlight) => segment.covering.some((c) => c.id === highlight.id));
          return (
            <Fragment key={segment.start}>
              {segment.starting.map((highlight) => (
                <span key={highlight.id} className="visually-hidden">{`[Begin aantekening ${highlight.number}] `}</span>
              ))}
              {covering.length > 0 ? (
                <mark data-offset={segment.start} className={styles.mark} data-depth={Math.min(covering.length, 3)} data-resolved={covering.every((highlight) => highlight.resolved)}>
                  {segment.text}
                </mark>
              ) : (
                <span data-offset={segment.start}>{segment.text}</span>
              )}
              {segment.ending.map((highlight) => {
                const full = own.find((candidate) => candidate.id === highlight.id)!;
                return (
                  <a key={highlight.id} id={`markering-${highlight.id}`} href={`#aantekening-${highlight.id}`} className={styles.ref} aria-label={`Einde passage van aantekening ${highlight.number} (${full.label}); naar de aantekening`}>
                    {highlight.number}
                  </a>
                );
              })}
            </Fragment>
          );
        })}
      </span>
    );
  };

  const readSelection = useCallback(() => {
    if (!root.current) return;
    const result = passageFromSelection(window.getSelection(), root.current, blockTexts);
    if (result === null) {
      if (!composing) {
        setPassage(null);
        setSelectionError(null);
      }
    } else if ("error" in result) {
      setSelectionError(result.error);
    } else {
      setSelectionError(null);
      setPassage(result.passage);
    }
  }, [blockTexts, composing]);

  /** Caret browsing inside the text: arrow keys move a caret, with Shift they select. */
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === "Enter" && passage && annotations.canWrite) {
      event.preventDefault();
      setMessage("");
      setComposing(true);
      return;
    }
    const move = MOVES[event.key];
    if (!move || !root.current) return;
    const selection = window.getSelection();
    if (!selection) return;
    event.preventDefault();
    if (selection.rangeCount === 0 || !root.current.contains(selection.anchorNode)) {
      const firstRun = root.current.querySelector("[data-offset]")?.firstChild;
      if (!firstRun) return;
      selection.collapse(firstRun, 0);
    }
    const granularity = (event.ctrlKey || event.altKey) && move[1] === "character" ? "word" : move[1];
    selection.modify(event.shiftKey ? "extend" : "move", move[0], granularity);
    readSelection();
  };

  const finish = (done: string | null) => {
    setComposing(false);
    if (done) {
      setMessage(done);
      setPassage(null);
      window.getSelection()?.removeAllRanges();
    }
    root.current?.focus();
  };

  return (
    <>
      {annotations.canWrite && (
        <div className={styles.selectionBar}>
          <p aria-live="polite">
            {selectionError ??
              (passage
                ? `Geselecteerd: “${passage.exact.length > 80 ? `${passage.exact.slice(0, 80)}…` : passage.exact}”`
                : "Selecteer een passage in de kerntekst om er een aantekening bij te maken.")}
          </p>
          {passage && !composing && (
            <button
              type="button"
              className="utrecht-button utrecht-button--primary-action"
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => {
                setMessage("");
                setComposing(true);
              }}
            >
              Annotatie toevoegen
            </button>
          )}
          <p aria-live="polite" className={message ? undefined : "visually-hidden"}>
            {message}
          </p>
        </div>
      )}
      {composing && passage && <NewAnnotationForm gemeente={gemeente} lemma={lemma} passage={passage} labels={labels} onDone={finish} />}
      <p id="kerntekst-uitleg" className="form-hint">
        {annotations.anchored.length} aantekening(en) van uw gemeente{annotations.orphans.length ? `, ${annotations.orphans.length} losgeraakt` : ""}.{" "}
        <a className="utrecht-link" href="#aantekeningen">
          Naar de lijst met aantekeningen
        </a>
        {annotations.canWrite && <span className="visually-hidden"> Met het toetsenbord: ga naar de tekst, verplaats met de pijltjestoetsen, selecteer met Shift en de pijltjestoetsen en druk op Enter om een annotatie toe te voegen.</span>}
      </p>
      <div
        ref={root}
        className={styles.text}
        role="region"
        aria-label="Kerntekst met aantekeningen"
        aria-describedby="kerntekst-uitleg"
        tabIndex={0}
        onMouseUp={readSelection}
        onKeyUp={(event) => {
          if (event.key === "Shift" || MOVES[event.key]) readSelection();
        }}
        onKeyDown={onKeyDown}
      >
        <ContentBlocks blocks={blocks} figures={figures} renderText={renderText} />
        <section aria-labelledby="relevantie-overijssel">
          <h2 id="relevantie-overijssel" className="utrecht-heading-2">
            {relevance.heading}
          </h2>
          <ContentBlocks blocks={relevance.blocks} renderText={renderText} />
        </section>
      </div>
      <AnnotationList gemeente={gemeente} lemma={lemma} annotations={annotations} labels={labels} passage={passage} announce={setMessage} />
    </>
  );
}
