// "Verouderd": the core text changed under a local section. Someone who may write the
// section looks at the diff and marks it reviewed; that clears the flag and the diff.
import { Prisma } from "@trendweb/db/node";
import { assertCan } from "../access/assert-role.ts";
import { announceAnnotationChange } from "../annotations/annotation-events.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { requireLemma } from "../corrections/core-text.ts";
import type { TOutdatedChange } from "../corrections/correct-core-block.ts";
import type { ServiceContext } from "../service-context.ts";

export async function markSectionReviewed({ db, viewer }: ServiceContext, gemeenteSlug: string, lemmaSlug: string): Promise<void> {
  const workspace = await assertCan(db, viewer, gemeenteSlug, "drafts.write");
  requireLemma(lemmaSlug);
  const actorId = viewer.kind === "user" ? viewer.userId : null;
  await db.$transaction(async (tx) => {
    const { count } = await tx.localSection.updateMany({
      where: { gemeenteId: workspace.id, lemmaSlug, outdatedSince: { not: null } },
      data: { outdatedSince: null, outdatedDiff: Prisma.DbNull, outdatedReviewedAt: new Date(), outdatedReviewedById: actorId },
    });
    if (count === 0) return;
    await recordAudit(tx, { action: "section.outdated-reviewed", actorId, gemeenteId: workspace.id, subject: lemmaSlug });
    await announceAnnotationChange(tx, workspace.id, lemmaSlug);
  });
}

export interface TOutdatedNotice {
  since: Date;
  changes: TOutdatedChange[];
}

/** The outdated flag of a section with its diff, or null when it is up to date. */
export async function getOutdatedNotice({ db, viewer }: ServiceContext, gemeenteSlug: string, lemmaSlug: string): Promise<TOutdatedNotice | null> {
  const workspace = await assertCan(db, viewer, gemeenteSlug, "drafts.read");
  requireLemma(lemmaSlug);
  const section = await db.localSection.findUnique({
    where: { gemeenteId_lemmaSlug: { gemeenteId: workspace.id, lemmaSlug } },
    select: { outdatedSince: true, outdatedDiff: true },
  });
  if (!section?.outdatedSince) return null;
  return { since: section.outdatedSince, changes: Array.isArray(section.outdatedDiff) ? (section.outdatedDiff as unknown as TOutdatedChange[]) : [] };
}
