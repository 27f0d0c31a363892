// History of a local section (issue 5): the snapshots (SectionSnapshot; AUTO ones are taken
// by the collaboration server when the last editor leaves and at most hourly, NAMED ones
// here), viewing one, and restoring one. Reading history needs drafts.read, saving a named
// version and restoring need drafts.write, all scoped to the caller's gemeente: a snapshot
// id of another document is simply not found.
//
// Restoring changes the live document, which only the collaboration server holds; this
// service checks the rights, then hands the work to `restore` (in the web app: an HTTP call
// to the collab server, @trendweb/auth collab-restore) and records it in the audit log.
import { buildDocumentName, getLemma } from "@trendweb/content";
import { renderSectionState, type TProseMirrorNode } from "@trendweb/content/section-rendering";
import type { PrismaClient, SnapshotKind } from "@trendweb/db/node";
import * as Y from "yjs";
import { z } from "zod";
import { assertCan, can, type TWorkspace } from "../access/assert-role.ts";
import { AppError } from "../app-error.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { parseInput } from "../parse-input.ts";
import type { ServiceContext } from "../service-context.ts";

/** The newest snapshots shown in the list. */
export const HISTORY_LIMIT = 200;

export interface TSnapshotSummary {
  id: string;
  createdAt: Date;
  kind: SnapshotKind;
  name: string | null;
  /** Who edited since the previous snapshot (display names). */
  authors: string[];
  /** Who saved it (named versions, and the automatic one before a restore). */
  createdBy: string | null;
}

export interface TSectionHistory {
  workspace: TWorkspace;
  lemmaSlug: string;
  documentName: string;
  canWrite: boolean;
  snapshots: TSnapshotSummary[];
}

export interface TSnapshotView extends Omit<TSectionHistory, "snapshots"> {
  snapshot: TSnapshotSummary & { plainText: string; json: TProseMirrorNode };
}

export const ZNamedSnapshot = z.strictObject({
  name: z.string({ error: "Geef deze versie een naam." }).trim().min(1, "Geef deze versie een naam.").max(120, "Gebruik voor de naam hooguit 120 tekens."),
});
export type TNamedSnapshotInput = z.input<typeof ZNamedSnapshot>;

export type TRestoreOutcome = "restored" | "refused" | "not-found" | "unavailable";
/** Makes the restore happen in the live document (the collab server); see the file comment. */
export type TRestoreSection = (request: { userId: string; documentName: string; snapshotId: string }) => Promise<TRestoreOutcome>;

const ZSnapshotId = z.string().min(1).max(64).regex(/^[a-z0-9]+$/i);

async function openHistory({ db, viewer }: ServiceContext, gemeenteSlug: string, lemmaSlug: string, capability: "drafts.read" | "drafts.write") {
  // The core lemmas are public, so an unknown one is simply not found, for everyone.
  if (!getLemma(lemmaSlug)) throw new AppError("NOT_FOUND", "Deze trend bestaat niet. Kies een trend in de werkruimte.");
  const workspace = await assertCan(db, viewer, gemeenteSlug, capability);
  if (viewer.kind !== "user") throw new AppError("UNAUTHENTICATED", "Log in om deze werkruimte te openen.");
  return {
    workspace,
    lemmaSlug,
    documentName: buildDocumentName({ gemeente: workspace.slug, lemma: lemmaSlug }),
    canWrite: can(viewer, gemeenteSlug, "drafts.write"),
    userId: viewer.userId,
  };
}

const SUMMARY_SELECT = {
  id: true,
  createdAt: true,
  kind: true,
  name: true,
  authorIds: true,
  createdBy: { select: { name: true, email: true } },
} as const;

async function summarize(db: PrismaClient, rows: { id: string; createdAt: Date; kind: SnapshotKind; name: string | null; authorIds: string[]; createdBy: { name: string | null; email: string } | null }[]): Promise<TSnapshotSummary[]> {
  const ids = [...new Set(rows.flatMap((row) => row.authorIds))];
  const users = ids.length ? await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, email: true } }) : [];
  const names = new Map(users.map((user) => [user.id, user.name ?? user.email]));
  return rows.map((row) => ({
    id: row.id,
    createdAt: row.createdAt,
    kind: row.kind,
    name: row.name,
    // Authors whose account was removed meanwhile are left out.
    authors: row.authorIds.flatMap((id) => names.get(id) ?? []).sort((a, b) => a.localeCompare(b, "nl")),
    createdBy: row.createdBy ? (row.createdBy.name ?? row.createdBy.email) : null,
  }));
}

/** The snapshots of one section, newest first. */
export async function listSectionSnapshots(ctx: ServiceContext, gemeenteSlug: string, lemmaSlug: string): Promise<TSectionHistory> {
  const { userId: _userId, ...section } = await openHistory(ctx, gemeenteSlug, lemmaSlug, "drafts.read");
  const rows = await ctx.db.sectionSnapshot.findMany({
    where: { documentName: section.documentName },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: HISTORY_LIMIT,
    select: SUMMARY_SELECT,
  });
  return { ...section, snapshots: await summarize(ctx.db, rows) };
}

/** One snapshot with its text, for viewing. */
export async function getSectionSnapshot(ctx: ServiceContext, gemeenteSlug: string, lemmaSlug: string, snapshotId: string): Promise<TSnapshotView> {
  const { userId: _userId, ...section } = await openHistory(ctx, gemeenteSlug, lemmaSlug, "drafts.read");
  const id = ZSnapshotId.safeParse(snapshotId);
  const row = id.success ? await ctx.db.sectionSnapshot.findFirst({ where: { id: id.data, documentName: section.documentName }, select: { ...SUMMARY_SELECT, state: true } }) : null;
  if (!row) throw new AppError("NOT_FOUND", "Deze versie bestaat niet (meer). Kies een versie in de geschiedenis.");
  const [summary] = await summarize(ctx.db, [row]);
  const { json, plainText } = renderSectionState(row.state);
  return { ...section, snapshot: { ...summary!, json, plainText } };
}

/**
 * Saves the section as it is committed in PostgreSQL now (state + tail, read in one
 * consistent transaction) as a named version.
 */
export async function createNamedSnapshot(ctx: ServiceContext, gemeenteSlug: string, lemmaSlug: string, input: TNamedSnapshotInput): Promise<{ id: string }> {
  const section = await openHistory(ctx, gemeenteSlug, lemmaSlug, "drafts.write");
  const { name } = parseInput(ZNamedSnapshot, input);
  return ctx.db.$transaction(
    async (tx) => {
      const document = await tx.collabDocument.findUnique({ where: { name: section.documentName }, select: { state: true } });
      if (!document) throw new AppError("CONFLICT", "Er is nog geen tekst om te bewaren. Schrijf eerst iets in de lokale relevantie.");
      const tail = await tx.collabUpdate.findMany({ where: { documentName: section.documentName }, orderBy: { id: "asc" }, select: { update: true, userId: true, createdAt: true } });
      const previous = await tx.sectionSnapshot.findFirst({ where: { documentName: section.documentName }, orderBy: { createdAt: "desc" }, select: { createdAt: true } });
      const doc = new Y.Doc();
      let state: Uint8Array;
      try {
        Y.applyUpdate(doc, document.state);
        for (const entry of tail) Y.applyUpdate(doc, entry.update);
        state = Y.encodeStateAsUpdate(doc);
      } finally {
        doc.destroy();
      }
      const { plainText } = renderSectionState(state);
      // Who edited since the previous snapshot, as far as the uncompacted tail still tells.
      const authorIds = [...new Set(tail.filter((entry) => entry.userId && (!previous || entry.createdAt > previous.createdAt)).map((entry) => entry.userId!))];
      const created = await tx.sectionSnapshot.create({
        data: { documentName: section.documentName, kind: "NAMED", name, state: state as Uint8Array<ArrayBuffer>, plainText, authorIds, createdById: section.userId },
        select: { id: true },
      });
      await recordAudit(tx, {
        action: "section.snapshot-created",
        actorId: section.userId,
        gemeenteId: section.workspace.id,
        subject: lemmaSlug,
        details: { snapshotId: created.id, name },
      });
      return created;
    },
    { isolationLevel: "RepeatableRead" },
  );
}

/**
 * Restores a snapshot as a new change to the live section: everyone who has it open sees
 * the text change, and the history keeps everything before it.
 */
export async function restoreSectionSnapshot(ctx: ServiceContext, gemeenteSlug: string, lemmaSlug: string, snapshotId: string, restore: TRestoreSection): Promise<void> {
  const section = await openHistory(ctx, gemeenteSlug, lemmaSlug, "drafts.write");
  const id = ZSnapshotId.safeParse(snapshotId);
  const row = id.success ? await ctx.db.sectionSnapshot.findFirst({ where: { id: id.data, documentName: section.documentName }, select: { id: true } }) : null;
  if (!row) throw new AppError("NOT_FOUND", "Deze versie bestaat niet (meer). Kies een versie in de geschiedenis.");
  const outcome = await restore({ userId: section.userId, documentName: section.documentName, snapshotId: row.id });
  if (outcome === "refused") throw new AppError("FORBIDDEN", "U mag deze tekst niet (meer) wijzigen. De versie is niet teruggezet.");
  if (outcome === "not-found") throw new AppError("NOT_FOUND", "Deze versie bestaat niet (meer). Kies een versie in de geschiedenis.");
  if (outcome === "unavailable") throw new AppError("UNAVAILABLE", "De samenwerkingsserver is nu niet bereikbaar. De versie is niet teruggezet; probeer het over een minuut opnieuw.");
  await recordAudit(ctx.db, {
    action: "section.snapshot-restored",
    actorId: section.userId,
    gemeenteId: section.workspace.id,
    subject: lemmaSlug,
    details: { snapshotId: row.id },
  });
}
