import { trendweb } from "@trendweb/content";
import { assertCanGlobally } from "@trendweb/services";
import type { Metadata } from "next";
import Link from "next/link";
import { LetterBadge } from "@/components/reader/letter-badge";
import { runPage } from "@/lib/access/run-page";
import { serviceContext } from "@/lib/access/viewer";

export const metadata: Metadata = { title: "Redactie: kerntekst corrigeren" };
export const dynamic = "force-dynamic";

/** Where the redactie starts: the twenty trends, each with its correction page. */
export default async function RedactiePage() {
  await runPage("/redactie", async () => assertCanGlobally((await serviceContext()).viewer, "core.correct"));
  return (
    <div className="page-section">
      <h1 className="utrecht-heading-1">Kerntekst corrigeren</h1>
      <p className="utrecht-paragraph">
        Corrigeer hier de kerntekst van de Trendweb (OCR-restanten, typefouten). Elke correctie wordt een nieuwe versie van het tekstblok, met uw naam, tijd en reden. Aantekeningen
        van gemeenten worden opnieuw verankerd en hun lokale teksten krijgen de melding &lsquo;verouderd&rsquo;, behalve bij een kleine correctie.
      </p>
      <ul className="utrecht-unordered-list">
        {trendweb.lemmas.map((lemma) => (
          <li key={lemma.slug} className="utrecht-unordered-list__item">
            <LetterBadge letter={lemma.letter} />{" "}
            <Link className="utrecht-link" href={`/redactie/lemma/${lemma.slug}`}>
              {lemma.title}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
