// Seeds one publication into the benchmark app's embedded database: Zwolle, version 1,
// OPENBAAR, with GEREED sections whose text is a few paragraphs of the lemma (about the size
// of a real local section). Written straight into the tables, as a published version is
// frozen rows; the page then reads it as it reads any publication.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { trendweb } from "@trendweb/content";
import { createDbClient } from "@trendweb/db/node";

const SECTIONS = 5;

/** The port is line 4 of PostgreSQL's postmaster.pid; the launcher keeps the password beside the cluster. */
async function databaseUrl(dataDir: string): Promise<string> {
  const pid = await readFile(path.join(dataDir, "postgres/cluster/postmaster.pid"), "utf8");
  const port = Number(pid.split("\n")[3]);
  const { user, password } = JSON.parse(await readFile(path.join(dataDir, "postgres/credentials.json"), "utf8")) as { user: string; password: string };
  return `postgresql://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${port}/trendweb`;
}

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Returns the path of the seeded publication page. */
export async function seedPublication(dataDir: string): Promise<string> {
  const db = createDbClient(await databaseUrl(dataDir));
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
