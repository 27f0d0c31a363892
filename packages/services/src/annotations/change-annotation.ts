// Editing, deleting, resolving and reopening an annotation, and its replies. Every lookup is
// scoped to the caller's workspace: an id from another gemeente is simply not found.
import { assertCan, can, type TWorkspace } from "../access/assert-role.ts";
import type { TCapability } from "../access/capabilities.ts";
import { AppError } from "../app-error.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { parseInput } from "../parse-input.ts";
import type { ServiceContext } from "../service-context.ts";
import { announceAnnotationChange } from "./annotation-events.ts";
import { ZAnnotationBody, ZAnnotationEdit, type TAnnotationEdit } from "./annotation-input.ts";

const NOT_FOUND = "Deze aantekening bestaat niet (meer). Laad de pagina opnieuw.";

async function findAnnotation({ db, viewer }: ServiceContext, gemeenteSlug: string, annotationId: string, capability: TCapability) {
  const workspace: TWorkspace = await assertCan(db, viewer, gemeenteSlug, capability);
  if (viewer.kind !== "user") throw new Error("unreachable: assertCan admits users only");
  const annotation = await db.annotation.findFirst({
    where: { id: annotationId, gemeenteId: workspace.id },
    select: { id: true, authorId: true, lemmaSlug: true, resolvedAt: true },
  });
  if (!annotation) throw new AppError("NOT_FOUND", NOT_FOUND);
  return { workspace, annotation, userId: viewer.userId };
}

function assertAuthor(authorId: string | null, userId: string, what: string) {
  if (authorId !== userId) throw new AppError("FORBIDDEN", `Alleen wie de ${what} schreef, kan deze wijzigen of verwijderen.`);
}

export async function editAnnotation(ctx: ServiceContext, gemeenteSlug: string, annotationId: string, input: TAnnotationEdit): Promise<void> {
  const { workspace, annotation, userId } = await findAnnotation(ctx, gemeenteSlug, annotationId, "drafts.write");
  assertAuthor(annotation.authorId, userId, "aantekening");
  const wanted = parseInput(ZAnnotationEdit, input);
  await ctx.db.annotation.update({ where: { id: annotation.id }, data: wanted });
  await announceAnnotationChange(ctx.db, workspace.id, annotation.lemmaSlug);
}

export async function deleteAnnotation(ctx: ServiceContext, gemeenteSlug: string, annotationId: string): Promise<void> {
  const { workspace, annotation, userId } = await findAnnotation(ctx, gemeenteSlug, annotationId, "drafts.write");
  assertAuthor(annotation.authorId, userId, "aantekening");
  await ctx.db.$transaction(async (tx) => {
    await tx.annotation.delete({ where: { id: annotation.id } });
    await recordAudit(tx, { action: "annotation.deleted", actorId: userId, gemeenteId: workspace.id, subject: annotation.lemmaSlug, details: { annotationId } });
    await announceAnnotationChange(tx, workspace.id, annotation.lemmaSlug);
  });
}

/** Resolve (`resolved: true`) or reopen an annotation: its author or a griffier. */
export async function setAnnotationResolved(ctx: ServiceContext, gemeenteSlug: string, annotationId: string, resolved: boolean): Promise<void> {
  const { workspace, annotation, userId } = await findAnnotation(ctx, gemeenteSlug, annotationId, "drafts.write");
  if (annotation.authorId !== userId && !can(ctx.viewer, gemeenteSlug, "annotations.moderate")) {
    throw new AppError("FORBIDDEN", "Alleen wie de aantekening schreef of de griffier kan deze afhandelen of heropenen.");
  }
  if (resolved === (annotation.resolvedAt !== null)) return;
  await ctx.db.annotation.update({
    where: { id: annotation.id },
    data: resolved ? { resolvedAt: new Date(), resolvedById: userId } : { resolvedAt: null, resolvedById: null },
  });
  await announceAnnotationChange(ctx.db, workspace.id, annotation.lemmaSlug);
}

export async function addAnnotationReply(ctx: ServiceContext, gemeenteSlug: string, annotationId: string, body: string): Promise<{ id: string }> {
  const { workspace, annotation, userId } = await findAnnotation(ctx, gemeenteSlug, annotationId, "drafts.write");
  const text = parseInput(ZAnnotationBody, body);
  const reply = await ctx.db.annotationReply.create({ data: { annotationId: annotation.id, body: text, authorId: userId }, select: { id: true } });
  await announceAnnotationChange(ctx.db, workspace.id, annotation.lemmaSlug);
  return reply;
}

export async function deleteAnnotationReply(ctx: ServiceContext, gemeenteSlug: string, replyId: string): Promise<void> {
  const workspace = await assertCan(ctx.db, ctx.viewer, gemeenteSlug, "drafts.write");
  if (ctx.viewer.kind !== "user") throw new Error("unreachable: assertCan admits users only");
  const reply = await ctx.db.annotationReply.findFirst({
    where: { id: replyId, annotation: { gemeenteId: workspace.id } },
    select: { id: true, authorId: true, annotation: { select: { lemmaSlug: true } } },
  });
  if (!reply) throw new AppError("NOT_FOUND", "Deze reactie bestaat niet (meer). Laad de pagina opnieuw.");
  assertAuthor(reply.authorId, ctx.viewer.userId, "reactie");
  await ctx.db.annotationReply.delete({ where: { id: reply.id } });
  await announceAnnotationChange(ctx.db, workspace.id, reply.annotation.lemmaSlug);
}
