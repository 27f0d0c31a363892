// The only source of the comparison: for each gemeente its newest OPENBAAR publication that
// is not withdrawn (a withdrawn newest one falls back to the one before it). Council-only
// publications, withdrawn ones and drafts (LocalSection, CollabDocument) are never read here.
import type { PrismaClient, RelevanceRating } from "@trendweb/db/node";
import { Prisma } from "@trendweb/db/node";
import { sanitizePublishedHtml } from "../publications/sanitize-html.ts";

export interface TPublicPublication {
  publicationId: string;
  gemeenteSlug: string;
  gemeenteName: string;
  version: number;
  publishedAt: Date;
}

export interface TPublicSection extends TPublicPublication {
  lemmaSlug: string;
  coreTitle: string;
  plainText: string;
  rating: RelevanceRating | null;
  /** Where the section is read in its publication. */
  path: string;
}

export interface TPublicSectionWithHtml extends TPublicSection {
  /** Sanitized again on reading, as the publication page does; safe to insert. */
  html: string;
}

/** The newest public, non-withdrawn publication per gemeente, as a SQL fragment (one row per gemeente). */
const LATEST_PUBLIC = Prisma.sql`
  SELECT DISTINCT ON (p."gemeenteId") p.id AS "publicationId", g.slug AS "gemeenteSlug", g.name AS "gemeenteName", p.version, p."publishedAt"
  FROM "Publication" p JOIN "Gemeente" g ON g.id = p."gemeenteId"
  WHERE p.visibility = 'OPENBAAR' AND p."withdrawnAt" IS NULL
  ORDER BY p."gemeenteId", p.version DESC`;

export function publicationSectionPath(gemeenteSlug: string, version: number, lemmaSlug: string): string {
  return `/g/${gemeenteSlug}/publicaties/${version}#trend-${lemmaSlug}`;
}

export async function latestPublicPublications(db: PrismaClient): Promise<TPublicPublication[]> {
  const rows = await db.$queryRaw<TPublicPublication[]>`SELECT * FROM (${LATEST_PUBLIC}) latest ORDER BY "gemeenteName"`;
  return rows;
}

type TSectionRow = Omit<TPublicSection, "path"> & { html: string };

/**
 * Every gemeente's current public section of one lemma, by gemeente name. The texts (HTML and
 * plain text) only for the gemeenten in `textsFor` (default: all), so a comparison of six
 * does not fetch the other nineteen texts.
 */
export async function latestPublicSections(db: PrismaClient, lemmaSlug: string, textsFor?: readonly string[]): Promise<TPublicSectionWithHtml[]> {
  const all = textsFor === undefined;
  const wanted = [...(textsFor ?? [])];
  const rows = await db.$queryRaw<TSectionRow[]>`
    SELECT latest.*, s."lemmaSlug", s."coreTitle", s.rating::text AS rating,
      CASE WHEN ${all} OR latest."gemeenteSlug" = ANY(${wanted}::text[]) THEN s."plainText" ELSE '' END AS "plainText",
      CASE WHEN ${all} OR latest."gemeenteSlug" = ANY(${wanted}::text[]) THEN s.html ELSE '' END AS html
    FROM (${LATEST_PUBLIC}) latest
    JOIN "PublicationSection" s ON s."publicationId" = latest."publicationId" AND s."lemmaSlug" = ${lemmaSlug}
    ORDER BY latest."gemeenteName"`;
  return rows.map((row) => ({ ...row, path: publicationSectionPath(row.gemeenteSlug, row.version, row.lemmaSlug) }));
}

// Published sections never change: each is sanitized once per process, not per request.
const SAFE_HTML_LIMIT = 1000;
const safeHtml = new Map<string, string>();

/** Sanitizes on reading (defence in depth, like the publication page); only for what is shown. */
export function withSafeHtml<T extends { html: string; publicationId: string; lemmaSlug: string }>(section: T): T {
  const key = `${section.publicationId}:${section.lemmaSlug}`;
  let html = safeHtml.get(key);
  if (html === undefined) {
    html = sanitizePublishedHtml(section.html);
    if (safeHtml.size >= SAFE_HTML_LIMIT) safeHtml.delete(safeHtml.keys().next().value!);
    safeHtml.set(key, html);
  }
  return { ...section, html };
}

export interface TPublicRating {
  gemeenteSlug: string;
  lemmaSlug: string;
  rating: RelevanceRating | null;
}

/** The rating of every current public section (the overview matrix), no text. */
export async function latestPublicRatings(db: PrismaClient): Promise<{ publications: TPublicPublication[]; ratings: TPublicRating[] }> {
  const [publications, ratings] = await Promise.all([
    latestPublicPublications(db),
    db.$queryRaw<TPublicRating[]>`
      SELECT latest."gemeenteSlug", s."lemmaSlug", s.rating::text AS rating
      FROM (${LATEST_PUBLIC}) latest
      JOIN "PublicationSection" s ON s."publicationId" = latest."publicationId"`,
  ]);
  return { publications, ratings };
}
