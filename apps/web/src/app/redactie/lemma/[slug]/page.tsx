import { getLemma, type TBlock } from "@trendweb/content";
import { getCorrectionDesk } from "@trendweb/services";
import type { Metadata } from "next";
import Link from "next/link";
import { LetterBadge } from "@/components/reader/letter-badge";
import { runPage } from "@/lib/access/run-page";
import { serviceContext } from "@/lib/access/viewer";
import { CorrectionForm } from "./correction-form";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lemma = getLemma((await params).slug);
  return { title: lemma ? `Corrigeren: ${lemma.letter}. ${lemma.title}` : "Pagina niet gevonden" };
}

const TYPE_LABELS = { heading: "Kop", paragraph: "Alinea", list: "Lijst" } as const;
const plainText = (block: TBlock) => (block.type === "list" ? block.items.join("\n") : block.text);

/** Every core block with its current text, version, history link and a correction form. */
export default async function CorrectLemmaPage({ params }: Props) {
  const { slug } = await params;
  const { lemma, versions } = await runPage(`/redactie/lemma/${slug}`, async () => getCorrectionDesk(await serviceContext(), slug));
  const blocks = [...lemma.blocks, ...lemma.relevance.blocks];
  return (
    <div className="page-section">
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href="/redactie">
          Terug naar alle trends
        </Link>
      </p>
      <header>
        <LetterBadge letter={lemma.letter} large />
        <h1 className="utrecht-heading-1">Corrigeren: {lemma.title}</h1>
      </header>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href={`/lemma/${lemma.slug}`}>
          Bekijk de trend zoals lezers hem zien
        </Link>
      </p>
      <ol className="utrecht-ordered-list">
        {blocks.map((block) => (
          <li key={block.id} id={block.id} className="utrecht-ordered-list__item">
            <h2 className="utrecht-heading-3">
              {TYPE_LABELS[block.type]} {block.id} · versie {versions[block.id] ?? 0}
            </h2>
            <p className="utrecht-paragraph" style={{ whiteSpace: "pre-wrap" }}>
              {plainText(block)}
            </p>
            <p className="utrecht-paragraph">
              <Link className="utrecht-link" href={`/lemma/${lemma.slug}/geschiedenis/${block.id}`}>
                Geschiedenis van dit blok
              </Link>
            </p>
            <details>
              <summary>Dit blok corrigeren</summary>
              <CorrectionForm lemma={lemma.slug} blockId={block.id} text={plainText(block)} isList={block.type === "list"} />
            </details>
          </li>
        ))}
      </ol>
    </div>
  );
}
