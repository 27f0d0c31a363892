// "Wat schrijven andere gemeenten?" beside the editor: the current public sections of the
// same lemma by every other gemeente. Public data only — another gemeente's drafts are never
// read (see public-sections.ts), so this needs no right beyond the editor page's own.
import { requireLemma } from "../corrections/core-text.ts";
import type { ServiceContext } from "../service-context.ts";
import { latestPublicSections, withSafeHtml, type TPublicSectionWithHtml } from "./public-sections.ts";

export async function listOtherGemeentenSections({ db }: ServiceContext, gemeenteSlug: string, lemmaSlug: string): Promise<TPublicSectionWithHtml[]> {
  const lemma = requireLemma(lemmaSlug);
  const sections = await latestPublicSections(db, lemma.slug);
  return sections.filter((section) => section.gemeenteSlug !== gemeenteSlug).map(withSafeHtml);
}
