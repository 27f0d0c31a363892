// Who may read a published version depends only on its visibility, which never changes after
// publishing (the publications migration's triggers refuse it). The web app's proxy uses this
// to send OPENBAAR versions to the cached page; importable on its own
// (`@trendweb/services/publication-visibility`) so the proxy does not load every service.
import type { PrismaClient, PublicationVisibility } from "@trendweb/db/node";

/** The visibility of version `version` of the gemeente; null when there is no such version. */
export async function publicationVisibility(db: PrismaClient, gemeenteSlug: string, version: number): Promise<PublicationVisibility | null> {
  if (!Number.isSafeInteger(version) || version < 1 || version > 2_147_483_647) return null;
  const row = await db.publication.findFirst({ where: { version, gemeente: { slug: gemeenteSlug } }, select: { visibility: true } });
  return row?.visibility ?? null;
}
