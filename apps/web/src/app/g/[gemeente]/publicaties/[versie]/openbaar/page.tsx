import { ANONYMOUS, getPublication, parseVersionRef } from "@trendweb/services";
import { db } from "@trendweb/db";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { runPage } from "@/lib/access/run-page";
import { PublicationArticle, publicationMetadata } from "../publication-article";

interface TProps {
  params: Promise<{ gemeente: string; versie: string }>;
}

/**
 * The cached rendering of a publication page: rendered as an anonymous visitor (never with a
 * session: force-static), kept by Next.js and served to everyone the proxy sends here —
 * OPENBAAR versions, and `laatste` for anonymous visitors (proxy.ts). Rendered on the first
 * request, not at build time (builds have no database); dropped at once on publish and
 * withdraw (revalidatePublicationPages) and after a minute at most (other web processes).
 */
export const dynamic = "force-static";
export const revalidate = 60;

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const { gemeente, versie } = await params;
  return publicationMetadata(gemeente, versie);
}

export default async function CachedPublicationPage({ params }: TProps) {
  const { gemeente, versie } = await params;
  const ref = parseVersionRef(versie);
  if (!ref) notFound();
  // As anonymous: whatever this renders may be shown to anyone.
  const view = await runPage(`/g/${gemeente}/publicaties/${versie}`, () => getPublication({ db, viewer: ANONYMOUS }, gemeente, ref));
  return <PublicationArticle view={view} />;
}
