import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getThread, trendweb } from "@trendweb/content";
import { ContentBlocks } from "@/components/reader/content-blocks";
import styles from "@/components/reader/reader.module.css";

interface Props {
  params: Promise<{ slug: string }>;
}

export function generateStaticParams() {
  return trendweb.threads.map((thread) => ({ slug: thread.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const thread = getThread((await params).slug);
  return { title: thread ? `Rode draad: ${thread.title}` : "Pagina niet gevonden" };
}

export default async function ThreadPage({ params }: Props) {
  const thread = getThread((await params).slug);
  if (!thread) notFound();
  const others = trendweb.threads.filter((other) => other.slug !== thread.slug);
  return (
    <article className={styles.article} aria-labelledby="draad-titel">
      <p className={`utrecht-paragraph ${styles.noPrint}`}>
        <a className="utrecht-link" href="/#het-web">
          Terug naar het web
        </a>
      </p>
      <p className="utrecht-pre-heading">Rode draad {thread.number} van 3</p>
      <h1 id="draad-titel" className="utrecht-heading-1">
        {thread.title}
      </h1>
      <ContentBlocks blocks={thread.blocks} />
      <nav aria-labelledby="andere-draden" className={styles.noPrint}>
        <h2 id="andere-draden" className="utrecht-heading-2">
          De andere rode draden
        </h2>
        <ul className="utrecht-unordered-list">
          {others.map((other) => (
            <li key={other.slug} className="utrecht-unordered-list__item">
              <a className="utrecht-link" href={`/rode-draden/${other.slug}`}>
                {other.title}
              </a>
            </li>
          ))}
          <li className="utrecht-unordered-list__item">
            <a className="utrecht-link" href="/inleiding#rode-draden">
              Inleiding op de rode draden
            </a>
          </li>
        </ul>
      </nav>
    </article>
  );
}
