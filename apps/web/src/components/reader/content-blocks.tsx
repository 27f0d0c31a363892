// Renders core content blocks: headings, paragraphs, lists, boxes ("kaders") and figure
// placeholders. Every block and figure carries its id as HTML id (anchor for annotations).
// `renderText` lets the annotation layer wrap a block's text (offsets are in the block's
// plain text, list items joined by newlines, as the anchoring library counts them).
import type { TBlock, TFigure } from "@trendweb/content";
import type { ReactNode } from "react";
import { groupBoxes, placeFigures, type TFlowItem } from "@/lib/reader/group-blocks";
import styles from "./reader.module.css";

const REVIEW_NOTE = "Let op: deze tekst is nog niet nagekeken na het overnemen uit de gedrukte uitgave en kan fouten bevatten.";

export type TRenderText = (block: TBlock, text: string, offset: number) => ReactNode;

const plain: TRenderText = (_block, text) => text;

/** Where each list item starts in the block's plain text. */
function itemOffsets(items: readonly string[]): number[] {
  let offset = 0;
  return items.map((item) => {
    const start = offset;
    offset += item.length + 1;
    return start;
  });
}

function Block({ block, renderText = plain }: { block: TBlock; renderText?: TRenderText }) {
  const element =
    block.type === "heading" ? (
      block.level === 2 ? (
        <h2 id={block.id} className="utrecht-heading-2">
          {renderText(block, block.text, 0)}
        </h2>
      ) : (
        <h3 id={block.id} className="utrecht-heading-3">
          {renderText(block, block.text, 0)}
        </h3>
      )
    ) : block.type === "paragraph" ? (
      <p id={block.id} className="utrecht-paragraph">
        {renderText(block, block.text, 0)}
      </p>
    ) : (
      <ul id={block.id} className="utrecht-unordered-list">
        {itemOffsets(block.items).map((offset, index) => (
          <li key={index} className="utrecht-unordered-list__item">
            {renderText(block, block.items[index]!, offset)}
          </li>
        ))}
      </ul>
    );
  if (!block.needsReview) return element;
  return (
    <div className={styles.review} data-needs-review="true">
      <p className={`utrecht-paragraph ${styles.reviewNote}`}>{REVIEW_NOTE}</p>
      {element}
    </div>
  );
}

export function FigurePlaceholder({ figure }: { figure: TFigure }) {
  return (
    <figure id={figure.id} className={`utrecht-figure ${styles.figure}`}>
      <div className={styles.figurePlaceholder}>Afbeelding niet beschikbaar in deze versie</div>
      <figcaption className={`utrecht-figure__caption ${styles.figureCaption}`}>
        {figure.number !== null ? <strong>Figuur {figure.number}: </strong> : null}
        {figure.caption}
        {figure.source ? <span className={styles.figureSource}>Bron: {figure.source}</span> : null}
      </figcaption>
    </figure>
  );
}

function FlowItem({ item, renderText }: { item: TFlowItem; renderText?: TRenderText }) {
  return item.kind === "block" ? <Block block={item.block} renderText={renderText} /> : <FigurePlaceholder figure={item.figure} />;
}

const itemKey = (item: TFlowItem) => (item.kind === "block" ? item.block.id : item.figure.id);

export function ContentBlocks({ blocks, figures = [], renderText }: { blocks: readonly TBlock[]; figures?: readonly TFigure[]; renderText?: TRenderText }) {
  return (
    <>
      {groupBoxes(placeFigures(blocks, figures)).map((item) =>
        item.kind === "box" ? (
          <aside key={item.heading.id} className={styles.box} aria-labelledby={item.heading.id}>
            <Block block={item.heading} renderText={renderText} />
            {item.items.map((inner) => (
              <FlowItem key={itemKey(inner)} item={inner} renderText={renderText} />
            ))}
          </aside>
        ) : (
          <FlowItem key={itemKey(item)} item={item} renderText={renderText} />
        ),
      )}
    </>
  );
}
