// Status and relevance rating of a local section, set on its editor page. Only people who
// may write drafts change them; every change is in the audit log.
import { getLemma } from "@trendweb/content";
import { z } from "zod";
import { assertCan } from "../access/assert-role.ts";
import { AppError } from "../app-error.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { parseInput } from "../parse-input.ts";
import type { ServiceContext } from "../service-context.ts";
import { RELEVANCE_RATINGS, SECTION_STATUSES } from "./section-labels.ts";

export const ZSectionMeta = z.strictObject({
  status: z.enum(SECTION_STATUSES, { error: "Kies een status: niet gestart, concept, ter review of gereed." }),
  /** null: not rated yet. */
  rating: z.enum(RELEVANCE_RATINGS, { error: "Kies een relevantie: hoog, middel, laag of niet van toepassing." }).nullable(),
});

export type TSectionMeta = z.infer<typeof ZSectionMeta>;

export async function updateSectionMeta({ db, viewer }: ServiceContext, gemeenteSlug: string, lemmaSlug: string, input: TSectionMeta): Promise<TSectionMeta> {
  const workspace = await assertCan(db, viewer, gemeenteSlug, "drafts.write");
  if (!getLemma(lemmaSlug)) throw new AppError("NOT_FOUND", "Deze trend bestaat niet. Kies een trend in de werkruimte.");
  const wanted = parseInput(ZSectionMeta, input);
  return db.$transaction(async (tx) => {
    const where = { gemeenteId_lemmaSlug: { gemeenteId: workspace.id, lemmaSlug } };
    const before = await tx.localSection.findUnique({ where, select: { status: true, rating: true } });
    const from: TSectionMeta = { status: before?.status ?? "NIET_GESTART", rating: before?.rating ?? null };
    if (from.status === wanted.status && from.rating === wanted.rating) return wanted;
    await tx.localSection.upsert({
      where,
      create: { gemeenteId: workspace.id, lemmaSlug, status: wanted.status, rating: wanted.rating },
      update: { status: wanted.status, rating: wanted.rating },
    });
    await recordAudit(tx, {
      action: "section.meta-changed",
      actorId: viewer.kind === "user" ? viewer.userId : null,
      gemeenteId: workspace.id,
      subject: lemmaSlug,
      details: { from, to: wanted },
    });
    return wanted;
  });
}
