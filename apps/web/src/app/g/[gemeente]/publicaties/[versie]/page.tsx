import { getPublication, parseVersionRef } from "@trendweb/services";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { runPage } from "@/lib/access/run-page";
import { serviceContext } from "@/lib/access/viewer";
import { PublicationArticle, publicationMetadata } from "./publication-article";

interface TProps {
  params: Promise<{ gemeente: string; versie: string }>;
}

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const { gemeente, versie } = await params;
  return publicationMetadata(gemeente, versie);
}

/**
 * Rendered per request with the viewer's session: council-only versions (sign-in for
 * anonymous visitors, 403 for others), `laatste` for signed-in people. OPENBAAR versions are
 * normally answered from the cache by `openbaar/page.tsx` (see proxy.ts); this page still
 * serves them correctly when asked.
 */
export default async function PublicationPage({ params }: TProps) {
  const { gemeente, versie } = await params;
  const ref = parseVersionRef(versie);
  if (!ref) notFound();
  const view = await runPage(`/g/${gemeente}/publicaties/${versie}`, async () => getPublication(await serviceContext(), gemeente, ref));
  return <PublicationArticle view={view} />;
}
