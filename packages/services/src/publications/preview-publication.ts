// What the griffier sees before publishing: every lemma with its status, rating and
// warnings, the GEREED ones chosen by default, and the version number it would get.
import type { LocalSectionStatus, RelevanceRating } from "@trendweb/db/node";
import { assertCan, type TWorkspace } from "../access/assert-role.ts";
import type { ServiceContext } from "../service-context.ts";
import { sectionStates } from "./section-content.ts";

export type TPublicationWarning = "NIET_GEREED" | "VEROUDERD";

export const PUBLICATION_WARNING_LABELS: Record<TPublicationWarning, string> = {
  NIET_GEREED: "nog niet gereed",
  VEROUDERD: "verouderd: de kerntekst is gewijzigd en de lokale tekst is nog niet nagekeken",
};

export interface TPreviewLemma {
  slug: string;
  letter: string;
  title: string;
  status: LocalSectionStatus;
  rating: RelevanceRating | null;
  outdatedSince: Date | null;
  /** Chosen by default: status GEREED. */
  selected: boolean;
  warnings: TPublicationWarning[];
}

export interface TPublicationPreview {
  workspace: TWorkspace;
  nextVersion: number;
  lemmas: TPreviewLemma[];
}

export async function previewPublication({ db, viewer }: ServiceContext, gemeenteSlug: string): Promise<TPublicationPreview> {
  const workspace = await assertCan(db, viewer, gemeenteSlug, "publications.publish");
  const [states, newest] = await Promise.all([
    sectionStates(db, workspace.id),
    db.publication.findFirst({ where: { gemeenteId: workspace.id }, orderBy: { version: "desc" }, select: { version: true } }),
  ]);
  return {
    workspace,
    nextVersion: (newest?.version ?? 0) + 1,
    lemmas: states.map(({ lemma, status, rating, outdatedSince }) => ({
      slug: lemma.slug,
      letter: lemma.letter,
      title: lemma.title,
      status,
      rating,
      outdatedSince,
      selected: status === "GEREED",
      warnings: [...(status === "GEREED" ? [] : (["NIET_GEREED"] as const)), ...(outdatedSince ? (["VEROUDERD"] as const) : [])],
    })),
  };
}
