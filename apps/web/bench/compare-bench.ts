// Server render benchmark of the comparison pages (QUALITY.md: comparison page, 25 gemeenten,
// p95 ≤ 300 ms at 20 concurrent requests).
//
//   npm run bench:compare        (optional: BENCH_SECONDS=10 BENCH_CONNECTIONS=20)
//
// Starts the platform the way `npm start` does (withBenchApp), gives all 25 gemeenten an
// OPENBAAR publication of all 20 lemmas (150–400 words each, built from the lemma's own text,
// so the distinguishing terms have real Dutch to work on) in the app's embedded database,
// then measures the comparison of six gemeenten, the default comparison, the overview and a
// static file, one after another in one run.
import { GEMEENTEN, lemmaPlainText, trendweb } from "@trendweb/content";
import { embeddedDatabaseUrl } from "@trendweb/db/embedded-database-url";
import { createDbClient, type RelevanceRating } from "@trendweb/db/node";
import { measureRoute, ms, printTable, withBenchApp, type Measurement } from "./measure-route.ts";

// eslint-disable-next-line no-restricted-properties
const { BENCH_SECONDS = "10", BENCH_CONNECTIONS = "20" } = process.env;
const OPTIONS = { seconds: Number(BENCH_SECONDS), connections: Number(BENCH_CONNECTIONS) };
const LEMMA = "regionale-economie";
const SIX = ["zwolle", "enschede", "deventer", "hengelo", "almelo", "kampen"];
const RATINGS: RelevanceRating[] = ["HOOG", "MIDDEL", "LAAG", "NVT"];

const escapeHtml = (text: string) => text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

/** 150–400 words: an opening about the gemeente, then sentences of the lemma picked per gemeente. */
function sectionText(gemeenteIndex: number, gemeenteName: string, sentences: string[]): string[] {
  const target = 150 + ((gemeenteIndex * 37) % 250);
  const paragraphs: string[] = [];
  let paragraph = [`Voor ${gemeenteName} is deze trend op een eigen manier van belang.`];
  let words = 10;
  for (let k = 0; words < target; k++) {
    const sentence = sentences[(gemeenteIndex * 7 + k * 3) % sentences.length]!;
    paragraph.push(sentence);
    words += sentence.split(/\s+/).length;
    if (paragraph.length === 5) {
      paragraphs.push(paragraph.join(" "));
      paragraph = [`In ${gemeenteName} zien we dat ook.`];
    }
  }
  paragraphs.push(paragraph.join(" "));
  return paragraphs;
}

async function seedPublications(databaseUrl: string): Promise<void> {
  const db = createDbClient(databaseUrl);
  try {
    const gemeenten = await db.gemeente.findMany({ select: { id: true, slug: true, name: true } });
    const bySlug = new Map(gemeenten.map((gemeente) => [gemeente.slug, gemeente]));
    for (const [gemeenteIndex, { slug }] of GEMEENTEN.entries()) {
      const gemeente = bySlug.get(slug)!;
      await db.publication.create({
        data: {
          gemeenteId: gemeente.id,
          version: 1,
          visibility: "OPENBAAR",
          coverNote: "Benchmark",
          publishedByName: "Benchmark",
          sections: {
            create: trendweb.lemmas.map((lemma, lemmaIndex) => {
              const sentences = lemmaPlainText(lemma).split(/(?<=[.!?])\s+/).filter((sentence) => sentence.split(/\s+/).length >= 5);
              const paragraphs = sectionText(gemeenteIndex, gemeente.name, sentences);
              return {
                position: lemmaIndex + 1,
                lemmaSlug: lemma.slug,
                lemmaLetter: lemma.letter,
                coreTitle: lemma.title,
                html: paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join(""),
                plainText: paragraphs.join("\n\n"),
                status: "GEREED",
                rating: RATINGS[(gemeenteIndex + lemmaIndex) % RATINGS.length]!,
                coreVersion: 0,
                coreVersionAtPublication: 0,
                annotations: [],
              };
            }),
          },
        },
      });
    }
  } finally {
    await db.$disconnect();
  }
}

const TARGETS = [
  { name: "comparison, 6 gemeenten", path: `/vergelijk/${LEMMA}?gemeenten=${SIX.join(",")}` },
  { name: "comparison, default", path: `/vergelijk/${LEMMA}` },
  { name: "comparison, word diff", path: `/vergelijk/${LEMMA}?gemeenten=zwolle,enschede&modus=verschil` },
  { name: "overview", path: "/overzicht" },
  // Reference: another page rendered per request from the database, to read the figures
  // against the machine's load at the time.
  { name: "reference: home", path: "/" },
  { name: "static file", path: "/robots.txt" },
] as const;

await withBenchApp(async ({ baseUrl, dataDir }) => {
  console.error("seeding 25 publications × 20 lemmas …");
  await seedPublications(await embeddedDatabaseUrl(dataDir));
  // A production server is warm: every route once under load before any is measured, so the
  // first route measured does not pay for the server's JIT and lazy loading alone.
  console.error("warming up every route …");
  for (const target of TARGETS) {
    await Promise.all(Array.from({ length: 10 }, async () => {
      for (let i = 0; i < 20; i++) await (await fetch(baseUrl + target.path)).arrayBuffer();
    }));
  }
  const results: Measurement[] = [];
  for (const target of TARGETS) {
    console.error(`measuring ${target.path} for ${OPTIONS.seconds} s at ${OPTIONS.connections} connections …`);
    results.push(await measureRoute(baseUrl, target, OPTIONS));
  }
  const staticFile = results.find((r) => r.name === "static file")!;
  printTable(results, staticFile, OPTIONS);
  const comparisons = results.filter((r) => r.name.startsWith("comparison"));
  const worst = Math.max(...comparisons.map((r) => r.p95));
  const ok = worst <= 300 && comparisons.every((r) => r.errors === 0);
  console.log(`\ncomparison pages: worst p95 ${ms(worst)} ms (goal ≤ 300 ms at ${OPTIONS.connections} concurrent): ${ok ? "goal met" : "GOAL NOT MET"}`);
  process.exitCode = ok ? 0 : 1;
});
