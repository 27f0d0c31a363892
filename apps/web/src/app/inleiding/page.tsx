import type { Metadata } from "next";
import { trendweb } from "@trendweb/content";
import { ContentBlocks } from "@/components/reader/content-blocks";
import styles from "@/components/reader/reader.module.css";

export const metadata: Metadata = { title: "Inleiding" };

export default function IntroductionPage() {
  return (
    <article className={styles.article} aria-labelledby="inleiding-titel">
      <p className="utrecht-pre-heading">
        {trendweb.edition.title} · {trendweb.edition.number}e editie · {trendweb.edition.publisher}
      </p>
      <h1 id="inleiding-titel" className="utrecht-heading-1">
        Inleiding
      </h1>
      <ContentBlocks blocks={trendweb.intro} />
      <section aria-labelledby="rode-draden">
        <h2 id="rode-draden" className="utrecht-heading-2">
          De drie rode draden in dit Trendweb
        </h2>
        <ContentBlocks blocks={trendweb.threadsIntro} />
        <ol className="utrecht-ordered-list">
          {trendweb.threads.map((thread) => (
            <li key={thread.slug} className="utrecht-ordered-list__item">
              <a className="utrecht-link" href={`/rode-draden/${thread.slug}`}>
                {thread.title}
              </a>
            </li>
          ))}
        </ol>
      </section>
      <p className="utrecht-paragraph">
        <a className="utrecht-link" href="/#het-web">
          Naar het web en de lijst van de twintig trends
        </a>
      </p>
    </article>
  );
}
