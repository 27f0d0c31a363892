// Publishing: freeze the chosen local sections of a gemeente as the next version, in one
// transaction. The version number is taken under a row lock on the gemeente, so two
// griffiers publishing at once get 1 and 2 (the unique (gemeente, version) backs it up).
// Warnings (not GEREED, verouderd) do not block: the griffier saw them in the preview.
import { getLemma, trendweb } from "@trendweb/content";
import { renderPlainText } from "@trendweb/content/section-rendering";
import type { Prisma } from "@trendweb/db/node";
import { assertCan } from "../access/assert-role.ts";
import { AppError } from "../app-error.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { siteUrl } from "../env.ts";
import { mailInBackground, notifyCouncil } from "../notifications/notify-council.ts";
import { publishedMails } from "../notifications/publication-mail.ts";
import { parseInput } from "../parse-input.ts";
import type { ServiceContext } from "../service-context.ts";
import { ZPublishInput, type TPublishInput } from "./publication-input.ts";
import { renderSectionHtml } from "./render-section-html.ts";
import { reindexPublishedSections } from "./search-index.ts";
import { committedSectionJson, coreVersions, publicAnnotations, sectionStates } from "./section-content.ts";

export interface TPublished {
  id: string;
  version: number;
  path: string;
}

export async function publish({ db, viewer }: ServiceContext, gemeenteSlug: string, input: TPublishInput): Promise<TPublished> {
  const workspace = await assertCan(db, viewer, gemeenteSlug, "publications.publish");
  if (viewer.kind !== "user") throw new AppError("UNAUTHENTICATED", "Log in om te publiceren.");
  const { lemmas, coverNote, visibility } = parseInput(ZPublishInput, input);
  const chosen = new Set(lemmas);
  const order = trendweb.lemmas.filter((lemma) => chosen.has(lemma.slug)).map((lemma) => lemma.slug);

  const path = (version: number) => `/g/${workspace.slug}/publicaties/${version}`;
  const published = await db.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM "Gemeente" WHERE "id" = ${workspace.id} FOR NO KEY UPDATE`;
      const newest = await tx.publication.findFirst({ where: { gemeenteId: workspace.id }, orderBy: { version: "desc" }, select: { version: true } });
      const version = (newest?.version ?? 0) + 1;
      const states = new Map((await sectionStates(tx, workspace.id)).map((state) => [state.lemma.slug, state]));

      const sections: Prisma.PublicationSectionCreateWithoutPublicationInput[] = [];
      for (const [position, slug] of order.entries()) {
        const lemma = getLemma(slug)!;
        const state = states.get(slug)!;
        const json = await committedSectionJson(tx, workspace.id, slug);
        const versions = await coreVersions(tx, slug, state.outdatedSince);
        sections.push({
          position: position + 1,
          lemmaSlug: slug,
          lemmaLetter: lemma.letter,
          coreTitle: lemma.title,
          html: renderSectionHtml(json),
          plainText: renderPlainText(json),
          status: state.status,
          rating: state.rating,
          coreVersion: versions.writtenAgainst,
          coreVersionAtPublication: versions.current,
          outdatedSince: state.outdatedSince,
          annotations: (await publicAnnotations(tx, workspace.id, slug)) as unknown as Prisma.InputJsonValue,
        });
      }

      const publication = await tx.publication.create({
        data: {
          gemeenteId: workspace.id,
          version,
          visibility,
          coverNote,
          publishedById: viewer.userId,
          publishedByName: viewer.name ?? viewer.email,
          sections: { create: sections },
        },
        select: { id: true, version: true },
      });
      await recordAudit(tx, {
        action: "publication.published",
        actorId: viewer.userId,
        gemeenteId: workspace.id,
        subject: `versie ${version}`,
        details: { publicationId: publication.id, version, visibility, lemmas: order },
      });
      if (visibility === "OPENBAAR") await reindexPublishedSections(tx, workspace, order);
      const recipients = await notifyCouncil(tx, {
        gemeenteId: workspace.id,
        kind: "PUBLICATION_PUBLISHED",
        title: `Trendweb ${workspace.name}, versie ${version} is gepubliceerd${visibility === "RAAD" ? " (alleen voor de raad)" : ""}`,
        path: path(version),
        actorId: viewer.userId,
      });
      return { ...publication, recipients };
    },
    { timeout: 30_000, maxWait: 10_000 },
  );
  const byName = viewer.name ?? viewer.email;
  mailInBackground(() =>
    publishedMails(published.recipients, {
      gemeenteName: workspace.name,
      version: published.version,
      url: siteUrl() + path(published.version),
      byName,
      councilOnly: visibility === "RAAD",
    }),
  );
  return { id: published.id, version: published.version, path: path(published.version) };
}
