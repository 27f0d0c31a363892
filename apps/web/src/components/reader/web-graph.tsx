"use client";
// HET WEB, drawn from a layout computed on the server (lib/reader/web-layout.ts). Each node is
// a real link in letter order; pointing at it or focusing it highlights it and the lemmas it
// is linked to. The text equivalent is DE LIJST next to it (aria-describedby per node).
import { useState } from "react";
import { linkedDescriptionId, type TWebLayout } from "@/lib/reader/web-layout";
import styles from "./reader.module.css";

interface Props {
  layout: TWebLayout;
  labelledBy: string;
  describedBy: string;
}

export function WebGraph({ layout, labelledBy, describedBy }: Props) {
  const [active, setActive] = useState<string | null>(null);
  const activeNode = active ? layout.nodes.find((node) => node.letter === active) : undefined;
  const linked = new Set(activeNode?.linked ?? []);
  const release = (letter: string) => setActive((current) => (current === letter ? null : current));

  return (
    <svg
      className={styles.webSvg}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="group"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      data-active={active ?? undefined}
    >
      <g aria-hidden="true">
        {layout.edges.map((edge) => (
          <path
            key={edge.id}
            d={edge.d}
            data-edge={edge.id}
            data-state={active && (edge.from === active || edge.to === active) ? "active" : undefined}
            className={edge.mutual ? `${styles.edge} ${styles.edgeMutual}` : styles.edge}
          />
        ))}
      </g>
      {layout.nodes.map((node) => (
        <a
          key={node.letter}
          href={`/lemma/${node.slug}`}
          className={styles.node}
          aria-describedby={linkedDescriptionId(node.letter)}
          data-letter={node.letter}
          data-state={node.letter === active ? "active" : linked.has(node.letter) ? "linked" : undefined}
          onFocus={() => setActive(node.letter)}
          onBlur={() => release(node.letter)}
          onPointerEnter={() => setActive(node.letter)}
          onPointerLeave={() => release(node.letter)}
        >
          {/* The accessible name, and a tooltip on hover; the drawn texts below are decoration. */}
          <title>{`${node.letter}. ${node.title}`}</title>
          <circle className={styles.focusRing} cx={node.x} cy={node.y} r={layout.nodeRadius + 6} />
          <circle className={styles.nodeDot} cx={node.x} cy={node.y} r={layout.nodeRadius} />
          <text className={styles.nodeLetter} x={node.x} y={node.y + 8} textAnchor="middle" aria-hidden="true">
            {node.letter}
          </text>
          <text className={styles.nodeLabel} textAnchor={node.label.anchor} aria-hidden="true">
            {node.label.lines.map((line) => (
              <tspan key={line.y} x={node.label.x} y={line.y}>
                {line.text}
              </tspan>
            ))}
          </text>
        </a>
      ))}
      {layout.threads.map((thread) => (
        <a
          key={thread.slug}
          href={`/rode-draden/${thread.slug}`}
          className={styles.thread}
        >
          <title>{`Rode draad ${thread.number}: ${thread.title}`}</title>
          <rect x={thread.x} y={thread.y} width={thread.width} height={thread.height} rx={10} />
          <text textAnchor="middle" aria-hidden="true">
            {thread.lines.map((line) => (
              <tspan key={line.y} x={thread.x + thread.width / 2} y={line.y}>
                {line.text}
              </tspan>
            ))}
          </text>
        </a>
      ))}
    </svg>
  );
}
