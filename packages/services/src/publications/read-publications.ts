// Reading publications. OPENBAAR ones are for anyone; RAAD ones for signed-in raadsleden and
// griffie of the gemeente (capability publications.readCouncil) and ADMIN. The list leaves
// out what the viewer may not read; asking for such a version directly gives sign-in for
// anonymous callers and 403 for others. Withdrawn publications stay readable with a notice.
import type { AnnotationType, LocalSectionStatus, PrismaClient, PublicationVisibility, RelevanceRating } from "@trendweb/db/node";
import { can } from "../access/assert-role.ts";
import type { TViewer } from "../access/viewer.ts";
import { AppError } from "../app-error.ts";
import type { ServiceContext } from "../service-context.ts";
import type { TVersionRef } from "./publication-input.ts";
import { sanitizedSectionHtml } from "./sanitized-section-html.ts";
import type { TPublishedAnnotation } from "./section-content.ts";

export interface TPublicationGemeente {
  slug: string;
  name: string;
  cbsCode: string;
}

export interface TWithdrawal {
  at: Date;
  byName: string;
  reason: string;
}

export interface TPublicationSummary {
  version: number;
  visibility: PublicationVisibility;
  publishedAt: Date;
  publishedByName: string;
  withdrawn: TWithdrawal | null;
  sectionCount: number;
}

export interface TPublicationList {
  gemeente: TPublicationGemeente;
  publications: TPublicationSummary[];
  /** Council-only publications exist that this viewer cannot read (sign in as raadslid). */
  hiddenCouncilOnly: number;
  canPublish: boolean;
  canReadCouncil: boolean;
}

export interface TPublishedSection {
  position: number;
  lemmaSlug: string;
  lemmaLetter: string;
  coreTitle: string;
  /** Sanitized; safe to insert as HTML. */
  html: string;
  plainText: string;
  status: LocalSectionStatus;
  rating: RelevanceRating | null;
  coreVersion: number;
  coreVersionAtPublication: number;
  outdatedSince: Date | null;
  annotations: (Omit<TPublishedAnnotation, "createdAt"> & { createdAt: Date; type: AnnotationType })[];
}

export interface TPublicationView {
  gemeente: TPublicationGemeente;
  publication: TPublicationSummary & { id: string; coverNote: string; sections: TPublishedSection[] };
  /** The newest version this viewer may read (for "a newer version exists"). */
  newestReadableVersion: number;
  canWithdraw: boolean;
}

async function requireGemeente(db: PrismaClient, gemeenteSlug: string): Promise<TPublicationGemeente & { id: string }> {
  const gemeente = await db.gemeente.findUnique({ where: { slug: gemeenteSlug }, select: { id: true, slug: true, name: true, cbsCode: true } });
  if (!gemeente) throw new AppError("NOT_FOUND", "Deze gemeente bestaat niet. Kies een gemeente uit de lijst op de startpagina.");
  return gemeente;
}

function readableVisibilities(viewer: TViewer, gemeenteSlug: string): PublicationVisibility[] {
  return can(viewer, gemeenteSlug, "publications.readCouncil") ? ["OPENBAAR", "RAAD"] : ["OPENBAAR"];
}

const SUMMARY_SELECT = {
  version: true,
  visibility: true,
  publishedAt: true,
  publishedByName: true,
  withdrawnAt: true,
  withdrawnByName: true,
  withdrawalReason: true,
  _count: { select: { sections: true } },
} as const;

type TSummaryRow = {
  version: number;
  visibility: PublicationVisibility;
  publishedAt: Date;
  publishedByName: string;
  withdrawnAt: Date | null;
  withdrawnByName: string | null;
  withdrawalReason: string | null;
  _count: { sections: number };
};

function toSummary(row: TSummaryRow): TPublicationSummary {
  return {
    version: row.version,
    visibility: row.visibility,
    publishedAt: row.publishedAt,
    publishedByName: row.publishedByName,
    withdrawn: row.withdrawnAt ? { at: row.withdrawnAt, byName: row.withdrawnByName ?? "", reason: row.withdrawalReason ?? "" } : null,
    sectionCount: row._count.sections,
  };
}

export async function listPublications({ db, viewer }: ServiceContext, gemeenteSlug: string): Promise<TPublicationList> {
  const gemeente = await requireGemeente(db, gemeenteSlug);
  const visibilities = readableVisibilities(viewer, gemeente.slug);
  const [rows, hiddenCouncilOnly] = await Promise.all([
    db.publication.findMany({ where: { gemeenteId: gemeente.id, visibility: { in: visibilities } }, orderBy: { version: "desc" }, select: SUMMARY_SELECT }),
    visibilities.includes("RAAD") ? Promise.resolve(0) : db.publication.count({ where: { gemeenteId: gemeente.id, visibility: "RAAD" } }),
  ]);
  return {
    gemeente: { slug: gemeente.slug, name: gemeente.name, cbsCode: gemeente.cbsCode },
    publications: rows.map(toSummary),
    hiddenCouncilOnly,
    canPublish: can(viewer, gemeente.slug, "publications.publish"),
    canReadCouncil: visibilities.includes("RAAD"),
  };
}

type TReadableVersion = { version: number; withdrawnAt: Date | null };

function readableVersions(db: PrismaClient, gemeenteId: string, visibilities: PublicationVisibility[]): Promise<TReadableVersion[]> {
  return db.publication.findMany({ where: { gemeenteId, visibility: { in: visibilities } }, orderBy: { version: "desc" }, select: { version: true, withdrawnAt: true } });
}

/** The newest valid version; the newest withdrawn one when all are withdrawn. */
function newestOf(readable: TReadableVersion[]): number | undefined {
  return readable.find((entry) => !entry.withdrawnAt)?.version ?? readable[0]?.version;
}

function refuseCouncilOnly(viewer: TViewer, gemeenteName: string): never {
  if (viewer.kind !== "user") throw new AppError("UNAUTHENTICATED", `Deze publicatie is alleen voor de gemeenteraad van ${gemeenteName}. Log in als raadslid of griffier.`);
  throw new AppError("FORBIDDEN", `Deze publicatie is alleen voor de raadsleden en de griffie van ${gemeenteName}.`);
}

/** One publication by number, or `laatste`: the newest one the viewer may read (not withdrawn, when there is one). */
export async function getPublication({ db, viewer }: ServiceContext, gemeenteSlug: string, ref: TVersionRef): Promise<TPublicationView> {
  const gemeente = await requireGemeente(db, gemeenteSlug);
  const visibilities = readableVisibilities(viewer, gemeente.slug);
  const notFound = () => new AppError("NOT_FOUND", "Deze publicatie bestaat niet. Kies een versie uit de lijst met publicaties.");

  let version: number;
  const readable = await readableVersions(db, gemeente.id, visibilities);
  if (ref === "laatste") {
    const newest = readable.find((row) => !row.withdrawnAt) ?? readable[0];
    if (!newest) {
      const councilOnly = await db.publication.count({ where: { gemeenteId: gemeente.id } });
      if (councilOnly > 0) refuseCouncilOnly(viewer, gemeente.name);
      throw notFound();
    }
    version = newest.version;
  } else {
    version = ref;
  }

  const row = await db.publication.findUnique({
    where: { gemeenteId_version: { gemeenteId: gemeente.id, version } },
    select: {
      ...SUMMARY_SELECT,
      id: true,
      coverNote: true,
      sections: { orderBy: { position: "asc" } },
    },
  });
  if (!row) throw notFound();
  if (!visibilities.includes(row.visibility)) refuseCouncilOnly(viewer, gemeente.name);

  return {
    gemeente: { slug: gemeente.slug, name: gemeente.name, cbsCode: gemeente.cbsCode },
    publication: {
      ...toSummary(row),
      id: row.id,
      coverNote: row.coverNote,
      sections: row.sections.map((section) => ({
        position: section.position,
        lemmaSlug: section.lemmaSlug,
        lemmaLetter: section.lemmaLetter,
        coreTitle: section.coreTitle,
        html: sanitizedSectionHtml(section.id, section.html),
        plainText: section.plainText,
        status: section.status,
        rating: section.rating,
        coreVersion: section.coreVersion,
        coreVersionAtPublication: section.coreVersionAtPublication,
        outdatedSince: section.outdatedSince,
        annotations: (Array.isArray(section.annotations) ? (section.annotations as unknown as TPublishedAnnotation[]) : []).map((annotation) => ({
          ...annotation,
          createdAt: new Date(annotation.createdAt),
        })),
      })),
    },
    newestReadableVersion: newestOf(readable) ?? row.version,
    canWithdraw: can(viewer, gemeente.slug, "publications.publish") && !row.withdrawnAt,
  };
}

/** The parts of a publication page that depend on who looks; the page body itself is the same for everyone who may read it. */
export interface TPublicationViewerState {
  newestReadableVersion: number;
  canWithdraw: boolean;
}

/**
 * What this viewer sees beside a publication's body (the withdraw form, "another valid
 * version exists"), with the same access rules as getPublication: the cached page asks this
 * from the browser, so the body can be served from a cache.
 */
export async function getPublicationViewerState({ db, viewer }: ServiceContext, gemeenteSlug: string, version: number): Promise<TPublicationViewerState> {
  const gemeente = await requireGemeente(db, gemeenteSlug);
  const visibilities = readableVisibilities(viewer, gemeente.slug);
  const [row, readable] = await Promise.all([
    db.publication.findUnique({ where: { gemeenteId_version: { gemeenteId: gemeente.id, version } }, select: { visibility: true, withdrawnAt: true } }),
    readableVersions(db, gemeente.id, visibilities),
  ]);
  if (!row) throw new AppError("NOT_FOUND", "Deze publicatie bestaat niet. Kies een versie uit de lijst met publicaties.");
  if (!visibilities.includes(row.visibility)) refuseCouncilOnly(viewer, gemeente.name);
  return {
    newestReadableVersion: newestOf(readable) ?? version,
    canWithdraw: can(viewer, gemeente.slug, "publications.publish") && !row.withdrawnAt,
  };
}
