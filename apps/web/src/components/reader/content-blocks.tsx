// Renders core content blocks: headings, paragraphs, lists, boxes ("kaders") and figure
// placeholders. Every block and figure carries its id as HTML id (anchor for annotations).
import type { TBlock, TFigure } from "@trendweb/content";
import { groupBoxes, placeFigures, type TFlowItem } from "@/lib/reader/group-blocks";
import styles from "./reader.module.css";

const REVIEW_NOTE = "Let op: deze tekst is nog niet nagekeken na het overnemen uit de gedrukte uitgave en kan fouten bevatten.";

function Block({ block }: { block: TBlock }) {
  const element =
    block.type === "heading" ? (
      block.level === 2 ? (
        <h2 id={block.id} className="utrecht-heading-2">
          {block.text}
        </h2>
      ) : (
        <h3 id={block.id} className="utrecht-heading-3">
          {block.text}
        </h3>
      )
    ) : block.type === "paragraph" ? (
      <p id={block.id} className="utrecht-paragraph">
        {block.text}
      </p>
    ) : (
      <ul id={block.id} className="utrecht-unordered-list">
        {block.items.map((item, index) => (
          <li key={index} className="utrecht-unordered-list__item">
            {item}
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

function FlowItem({ item }: { item: TFlowItem }) {
  return item.kind === "block" ? <Block block={item.block} /> : <FigurePlaceholder figure={item.figure} />;
}

const itemKey = (item: TFlowItem) => (item.kind === "block" ? item.block.id : item.figure.id);

export function ContentBlocks({ blocks, figures = [] }: { blocks: readonly TBlock[]; figures?: readonly TFigure[] }) {
  return (
    <>
      {groupBoxes(placeFigures(blocks, figures)).map((item) =>
        item.kind === "box" ? (
          <aside key={item.heading.id} className={styles.box} aria-labelledby={item.heading.id}>
            <Block block={item.heading} />
            {item.items.map((inner) => (
              <FlowItem key={itemKey(inner)} item={inner} />
            ))}
          </aside>
        ) : (
          <FlowItem key={itemKey(item)} item={item} />
        ),
      )}
    </>
  );
}
