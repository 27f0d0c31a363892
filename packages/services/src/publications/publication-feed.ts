// The Atom feed of a gemeente's publications: only OPENBAAR ones, whoever asks (feed readers
// fetch without a session, and a feed URL may be shared), newest first. A withdrawn version
// stays in the feed, marked as withdrawn, updated at its withdrawal.
import { Feed } from "feed";
import { ANONYMOUS } from "../access/viewer.ts";
import type { ServiceContext } from "../service-context.ts";
import { listPublications } from "./read-publications.ts";

export async function publicationFeed({ db }: Pick<ServiceContext, "db">, gemeenteSlug: string, siteUrl: string): Promise<string> {
  const { gemeente, publications } = await listPublications({ db, viewer: ANONYMOUS }, gemeenteSlug);
  const site = siteUrl.replace(/\/+$/, "");
  const listUrl = `${site}/g/${gemeente.slug}/publicaties`;
  const updatedOf = (entry: (typeof publications)[number]) => entry.withdrawn?.at ?? entry.publishedAt;
  const feed = new Feed({
    id: listUrl,
    title: `Publicaties van ${gemeente.name} – Trendweb Lokaal`,
    description: `Vaste versies van de lokale Trendweb van ${gemeente.name} voor de gemeenteraad.`,
    link: listUrl,
    language: "nl",
    updated: publications.length ? new Date(Math.max(...publications.map((entry) => updatedOf(entry).getTime()))) : new Date(0),
    generator: "Trendweb Lokaal",
    feedLinks: { atom: `${listUrl}/feed.xml` },
    author: { name: `Griffie van ${gemeente.name}` },
    copyright: "CC0 1.0",
  });
  for (const entry of publications) {
    const url = `${listUrl}/${entry.version}`;
    const title = `Trendweb ${gemeente.name}, versie ${entry.version}${entry.withdrawn ? " (ingetrokken)" : ""}`;
    feed.addItem({
      id: url,
      title,
      link: url,
      date: updatedOf(entry),
      published: entry.publishedAt,
      description: entry.withdrawn
        ? `Ingetrokken: ${entry.withdrawn.reason}`
        : `Versie ${entry.version} met ${entry.sectionCount} ${entry.sectionCount === 1 ? "trend" : "trends"}, gepubliceerd door ${entry.publishedByName}.`,
      author: [{ name: entry.publishedByName }],
    });
  }
  return feed.atom1();
}
