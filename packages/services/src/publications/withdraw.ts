// Withdrawing (intrekken) a publication: it stays readable, with the reason, who and when.
// Only the withdrawal columns are written, once (the database refuses anything else).
import { assertCan } from "../access/assert-role.ts";
import { AppError } from "../app-error.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { siteUrl } from "../env.ts";
import { mailInBackground, notifyCouncil } from "../notifications/notify-council.ts";
import { withdrawnMails } from "../notifications/publication-mail.ts";
import { parseInput } from "../parse-input.ts";
import type { ServiceContext } from "../service-context.ts";
import { reindexPublishedSections } from "./search-index.ts";
import { ZWithdrawInput, type TWithdrawInput } from "./publication-input.ts";

export async function withdrawPublication({ db, viewer }: ServiceContext, gemeenteSlug: string, version: number, input: TWithdrawInput): Promise<void> {
  const workspace = await assertCan(db, viewer, gemeenteSlug, "publications.publish");
  if (viewer.kind !== "user") throw new AppError("UNAUTHENTICATED", "Log in om een publicatie in te trekken.");
  const { reason } = parseInput(ZWithdrawInput, input);
  const path = `/g/${workspace.slug}/publicaties/${version}`;
  const recipients = await db.$transaction(async (tx) => {
    const publication = await tx.publication.findUnique({
      where: { gemeenteId_version: { gemeenteId: workspace.id, version } },
      select: { id: true, withdrawnAt: true, sections: { select: { lemmaSlug: true } } },
    });
    if (!publication) throw new AppError("NOT_FOUND", "Deze publicatie bestaat niet. Kies een versie uit de lijst met publicaties.");
    // Conditional update: of two griffiers withdrawing at once, one wins and the other is told.
    const { count } = await tx.publication.updateMany({
      where: { id: publication.id, withdrawnAt: null },
      data: { withdrawnAt: new Date(), withdrawnById: viewer.userId, withdrawnByName: viewer.name ?? viewer.email, withdrawalReason: reason },
    });
    if (count === 0) throw new AppError("CONFLICT", "Deze publicatie is al ingetrokken.");
    await recordAudit(tx, {
      action: "publication.withdrawn",
      actorId: viewer.userId,
      gemeenteId: workspace.id,
      subject: `versie ${version}`,
      details: { publicationId: publication.id, version, reason },
    });
    await reindexPublishedSections(tx, workspace, publication.sections.map((section) => section.lemmaSlug));
    return notifyCouncil(tx, { gemeenteId: workspace.id, kind: "PUBLICATION_WITHDRAWN", title: `Trendweb ${workspace.name}, versie ${version} is ingetrokken`, path, actorId: viewer.userId });
  });
  const byName = viewer.name ?? viewer.email;
  mailInBackground(() => withdrawnMails(recipients, { gemeenteName: workspace.name, version, url: siteUrl() + path, byName, reason }));
}
