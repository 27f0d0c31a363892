import Link from "next/link";
import { LemmaList } from "@/components/reader/lemma-list";
import styles from "@/components/reader/reader.module.css";
import { WebGraph } from "@/components/reader/web-graph";
import { webLayout, webLinks } from "@/lib/reader/web-of-trendweb";
import { listGemeenten } from "@/services/gemeenten";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const gemeenten = await listGemeenten();
  return (
    <div className="page-section">
      <h1 className="utrecht-heading-1">Trendweb Lokaal</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead">
        Twintig trends die ertoe doen voor de raadsperiode 2026–2030. Elke Overijsselse gemeente maakt de Trendweb
        hier haar eigen: ambtenaren schrijven samen wat een trend lokaal betekent, de griffie publiceert dat voor de
        gemeenteraad en iedereen kan vergelijken hoe gemeenten dezelfde trend lezen.
      </p>
      <p className="utrecht-paragraph">
        Nieuw hier?{" "}
        <Link className="utrecht-link" href="/inleiding">
          Lees de inleiding
        </Link>{" "}
        over hoe de Trendweb tot stand kwam en over de drie rode draden.
      </p>

      <section aria-labelledby="het-web">
        <h2 id="het-web" className="utrecht-heading-2">
          Het web
        </h2>
        <p id="het-web-uitleg" className={`utrecht-paragraph ${styles.webHint}`}>
          Wijs een trend aan of ga er met de Tab-toets naartoe: de trends waarmee hij verbonden is lichten op. In het
          midden staan de drie rode draden. Dezelfde verbindingen staan hieronder in de lijst.
        </p>
        <figure className={styles.webFigure}>
          <WebGraph layout={webLayout} labelledBy="het-web" describedBy="het-web-uitleg" />
        </figure>
      </section>

      <section aria-labelledby="de-lijst">
        <h2 id="de-lijst" className="utrecht-heading-2">
          De lijst
        </h2>
        <LemmaList linked={webLinks} labelledBy="de-lijst" />
      </section>

      <section aria-labelledby="gemeenten">
        <h2 id="gemeenten" className="utrecht-heading-2">
          De {gemeenten.length} gemeenten
        </h2>
        <ul className="utrecht-unordered-list gemeente-list" aria-label="Overijsselse gemeenten">
          {gemeenten.map((gemeente) => (
            <li key={gemeente.slug} className="utrecht-unordered-list__item">
              {gemeente.name}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
