// What the editor page of one local section needs: the workspace, the lemma, the section's
// status, rating and last edit, and whether the caller may write. The text itself reaches
// the browser through the collaboration server, which checks the same rights on connect.
import { buildDocumentName, getLemma } from "@trendweb/content";
import type { LocalSectionStatus, RelevanceRating } from "@trendweb/db/node";
import { assertCan, can, type TWorkspace } from "../access/assert-role.ts";
import { AppError } from "../app-error.ts";
import type { ServiceContext } from "../service-context.ts";
import { editingNowByLemma } from "./editing-now.ts";

export interface TSectionEditor {
  workspace: TWorkspace;
  lemmaSlug: string;
  documentName: string;
  canWrite: boolean;
  /** Who is asking, as the others will see them in the editor. */
  viewer: { id: string; name: string };
  section: {
    status: LocalSectionStatus;
    rating: RelevanceRating | null;
    lastEditedAt: Date | null;
    lastEditedBy: string | null;
  };
  editingNow: string[];
}

export async function getSectionEditor({ db, viewer }: ServiceContext, gemeenteSlug: string, lemmaSlug: string): Promise<TSectionEditor> {
  // The core lemmas are public, so an unknown one is simply not found, for everyone.
  if (!getLemma(lemmaSlug)) throw new AppError("NOT_FOUND", "Deze trend bestaat niet. Kies een trend in de werkruimte.");
  const workspace = await assertCan(db, viewer, gemeenteSlug, "drafts.read");
  if (viewer.kind !== "user") throw new AppError("UNAUTHENTICATED", "Log in om deze werkruimte te openen.");
  const [section, editingNow] = await Promise.all([
    db.localSection.findUnique({
      where: { gemeenteId_lemmaSlug: { gemeenteId: workspace.id, lemmaSlug } },
      select: { status: true, rating: true, lastEditedAt: true, lastEditedBy: { select: { name: true, email: true } } },
    }),
    editingNowByLemma(db, workspace.id),
  ]);
  return {
    workspace,
    lemmaSlug,
    documentName: buildDocumentName({ gemeente: workspace.slug, lemma: lemmaSlug }),
    canWrite: can(viewer, gemeenteSlug, "drafts.write"),
    viewer: { id: viewer.userId, name: viewer.name ?? viewer.email },
    section: {
      status: section?.status ?? "NIET_GESTART",
      rating: section?.rating ?? null,
      lastEditedAt: section?.lastEditedAt ?? null,
      lastEditedBy: section?.lastEditedBy ? (section.lastEditedBy.name ?? section.lastEditedBy.email) : null,
    },
    editingNow: editingNow.get(lemmaSlug) ?? [],
  };
}
