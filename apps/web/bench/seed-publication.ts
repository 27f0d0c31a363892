// Seeds one publication into the benchmark app's embedded database: Zwolle, version 1,
// OPENBAAR, with GEREED sections whose text is a few paragraphs of the lemma (about the size
// of a real local section). Written straight into the tables, as a published version is
// frozen rows; the page then reads it as it reads any publication.
import { trendweb } from "@trendweb/content";
import { embeddedDatabaseUrl } from "@trendweb/db/embedded-database-url";
import { createDbClient } from "@trendweb/db/node";

const SECTIONS = 5;

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Returns the path of the seeded publication page. */
export async function seedPublication(dataDir: string): Promise<string> {
  const db = createDbClient(await embeddedDatabaseUrl(dataDir));
  try {
    const zwolle = await db.gemeente.findUniqueOrThrow({ where: { slug: "zwolle" } });
    const sections = trendweb.lemmas.slice(0, SECTIONS).map((lemma, index) => {
      const paragraphs = lemma.blocks.flatMap((block) => ("text" in block && typeof block.text === "string" ? [block.text] : [])).slice(0, 3);
      return {
        position: index + 1,
        lemmaSlug: lemma.slug,
        lemmaLetter: lemma.letter,
        coreTitle: lemma.title,
        html: paragraphs.map((text) => `<p>${escapeHtml(text)} <strong>Voor Zwolle</strong> betekent dit meer werk.</p>`).join(""),
        plainText: paragraphs.join("\n\n"),
        status: "GEREED" as const,
        rating: "HOOG" as const,
        coreVersion: 0,
        coreVersionAtPublication: 0,
        annotations: [],
      };
    });
    await db.publication.create({
      data: { gemeenteId: zwolle.id, version: 1, visibility: "OPENBAAR", coverNote: "Geachte raad,\n\nHierbij de lokale Trendweb.", publishedByName: "Benchmark", sections: { create: sections } },
    });
    return "/g/zwolle/publicaties/1";
  } finally {
    await db.$disconnect();
  }
}
