// A publication as a machine-readable document. The metadata follows the fields of the Dutch
// open-government publication standards (DIWOO metadata, TOOI identifiers for organisations):
// publisher by CBS gemeente code and TOOI URI, official title, document type, language,
// licence, creation/publication/withdrawal dates, identifiers and version. ZPublicationDocument
// is the contract (tests validate every answer against it).
import { z } from "zod";
import type { TPublicationView } from "./read-publications.ts";

export const PUBLICATION_DOCUMENT_SCHEMA_VERSION = "1.0";
const CC0 = { name: "CC0 1.0", url: "https://creativecommons.org/publicdomain/zero/1.0/" } as const;

const ZDate = z.iso.datetime();

export const ZPublicationDocument = z.strictObject({
  schemaVersion: z.literal(PUBLICATION_DOCUMENT_SCHEMA_VERSION),
  identifier: z.url(),
  identifiers: z.strictObject({ id: z.string().min(1), url: z.url(), json: z.url(), pdf: z.url() }),
  title: z.string().min(1),
  version: z.int().positive(),
  documentType: z.strictObject({ label: z.string().min(1), documentsoort: z.string().min(1) }),
  publisher: z.strictObject({
    name: z.string().min(1),
    cbsCode: z.string().regex(/^GM\d{4}$/),
    tooi: z.url(),
  }),
  creator: z.strictObject({ name: z.string().min(1), role: z.string().min(1) }),
  language: z.literal("nl"),
  audience: z.enum(["OPENBAAR", "RAAD"]),
  licence: z.strictObject({ name: z.string(), url: z.url() }).nullable(),
  dates: z.strictObject({ published: ZDate, withdrawn: ZDate.nullable() }),
  status: z.enum(["GELDIG", "INGETROKKEN"]),
  withdrawal: z.strictObject({ reason: z.string().min(1), by: z.string() }).nullable(),
  coverNote: z.string(),
  sections: z.array(
    z.strictObject({
      position: z.int().positive(),
      lemma: z.strictObject({ slug: z.string(), letter: z.string().length(1), title: z.string() }),
      rating: z.enum(["HOOG", "MIDDEL", "LAAG", "NVT"]).nullable(),
      status: z.enum(["NIET_GESTART", "CONCEPT", "TER_REVIEW", "GEREED"]),
      coreVersion: z.int().nonnegative(),
      coreVersionAtPublication: z.int().nonnegative(),
      outdatedSince: ZDate.nullable(),
      html: z.string(),
      text: z.string(),
      annotations: z.array(z.strictObject({ type: z.string(), quote: z.string(), body: z.string(), created: ZDate })),
    }),
  ),
});

export type TPublicationDocument = z.infer<typeof ZPublicationDocument>;

/** TOOI identifier of a gemeente by its CBS code (GM0193 → …/gemeente/gm0193). */
export function tooiGemeente(cbsCode: string): string {
  return `https://identifier.overheid.nl/tooi/id/gemeente/${cbsCode.toLowerCase()}`;
}

/** `siteUrl` is the site's public address (AUTH_URL), e.g. https://trendweb.example.nl */
export function publicationDocument({ gemeente, publication }: Pick<TPublicationView, "gemeente" | "publication">, siteUrl: string): TPublicationDocument {
  const base = `${siteUrl.replace(/\/+$/, "")}/g/${gemeente.slug}/publicaties/${publication.version}`;
  return {
    schemaVersion: PUBLICATION_DOCUMENT_SCHEMA_VERSION,
    identifier: base,
    identifiers: { id: publication.id, url: base, json: `${base}.json`, pdf: `${base}/pdf` },
    title: `Trendweb ${gemeente.name}, versie ${publication.version}`,
    version: publication.version,
    documentType: { label: "Lokale Trendweb voor de gemeenteraad", documentsoort: "rapport" },
    publisher: { name: `gemeente ${gemeente.name}`, cbsCode: gemeente.cbsCode, tooi: tooiGemeente(gemeente.cbsCode) },
    creator: { name: publication.publishedByName, role: `griffie van ${gemeente.name}` },
    language: "nl",
    audience: publication.visibility,
    // Council-only publications are not released to the public, so they carry no open licence.
    licence: publication.visibility === "OPENBAAR" ? { ...CC0 } : null,
    dates: { published: publication.publishedAt.toISOString(), withdrawn: publication.withdrawn?.at.toISOString() ?? null },
    status: publication.withdrawn ? "INGETROKKEN" : "GELDIG",
    withdrawal: publication.withdrawn ? { reason: publication.withdrawn.reason, by: publication.withdrawn.byName } : null,
    coverNote: publication.coverNote,
    sections: publication.sections.map((section) => ({
      position: section.position,
      lemma: { slug: section.lemmaSlug, letter: section.lemmaLetter, title: section.coreTitle },
      rating: section.rating,
      status: section.status,
      coreVersion: section.coreVersion,
      coreVersionAtPublication: section.coreVersionAtPublication,
      outdatedSince: section.outdatedSince?.toISOString() ?? null,
      html: section.html,
      text: section.plainText,
      annotations: section.annotations.map((annotation) => ({ type: annotation.type, quote: annotation.quote, body: annotation.body, created: annotation.createdAt.toISOString() })),
    })),
  };
}
