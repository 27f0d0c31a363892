// Progress of every workspace for the Trendbureau (REDACTIE and ADMIN, on /overzicht):
// how many of the 20 sections are in each status. Counts only — never draft text, ratings
// or names; the redactie has no right to read any workspace.
import { GEMEENTEN, trendweb } from "@trendweb/content";
import type { LocalSectionStatus } from "@trendweb/db/node";
import { canGlobally } from "../access/assert-role.ts";
import { AppError } from "../app-error.ts";
import type { ServiceContext } from "../service-context.ts";

export interface TWorkspaceProgress {
  gemeente: { slug: string; name: string };
  counts: Record<LocalSectionStatus, number>;
}

export function canSeeAllProgress(ctx: ServiceContext): boolean {
  return canGlobally(ctx.viewer, "progress.viewAll");
}

export async function getWorkspaceProgress(ctx: ServiceContext): Promise<TWorkspaceProgress[]> {
  if (ctx.viewer.kind !== "user") throw new AppError("UNAUTHENTICATED", "Log in als redactie om de voortgang van de werkruimten te zien.");
  if (!canSeeAllProgress(ctx)) throw new AppError("FORBIDDEN", "Alleen de redactie van Trendbureau Overijssel ziet de voortgang van alle werkruimten.");
  const lemmaSlugs = trendweb.lemmas.map((lemma) => lemma.slug);
  const groups = await ctx.db.localSection.groupBy({
    by: ["gemeenteId", "status"],
    where: { lemmaSlug: { in: lemmaSlugs } },
    _count: { _all: true },
  });
  const gemeenten = await ctx.db.gemeente.findMany({ select: { id: true, slug: true } });
  const idBySlug = new Map(gemeenten.map((gemeente) => [gemeente.slug, gemeente.id]));
  return [...GEMEENTEN]
    .sort((a, b) => a.name.localeCompare(b.name, "nl"))
    .map((gemeente) => {
      const id = idBySlug.get(gemeente.slug);
      const counts: Record<LocalSectionStatus, number> = { NIET_GESTART: 0, CONCEPT: 0, TER_REVIEW: 0, GEREED: 0 };
      for (const group of groups) if (group.gemeenteId === id) counts[group.status] += group._count._all;
      // A section nobody has touched has no row yet: it has not started.
      counts.NIET_GESTART += lemmaSlugs.length - Object.values(counts).reduce((sum, value) => sum + value, 0);
      return { gemeente: { slug: gemeente.slug, name: gemeente.name }, counts };
    });
}
