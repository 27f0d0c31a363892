// Import of W3C Web Annotations (JSON-LD) into one gemeente's workspace, for one lemma:
// a single Annotation, a list, an AnnotationPage or an AnnotationCollection with embedded
// pages. Everything is checked first; one invalid annotation imports nothing and every
// problem is named in Dutch, so the file can be fixed and offered again. Annotations that
// were exported from this workspace and still exist are skipped (a re-import duplicates
// nothing). Passages are anchored on the current core text; those not found become orphans
// for review. The importer becomes the author (the original creator is not a member here).
import { anchor, describe, type TTextSelectors } from "@trendweb/content/anchoring";
import { z } from "zod";
import { assertCan } from "../access/assert-role.ts";
import { AppError } from "../app-error.ts";
import { correctedBlockTexts, coreBlocks, requireLemma } from "../corrections/core-text.ts";
import { blockPlainText } from "@trendweb/content";
import type { ServiceContext } from "../service-context.ts";
import { announceAnnotationChange } from "./annotation-events.ts";
import { ZAnnotationBody } from "./annotation-input.ts";
import { ANNOTATION_TYPES, ANNOTATION_VISIBILITIES } from "./annotation-labels.ts";

const MAX_ITEMS = 2000;
const oneOrMany = <T extends z.ZodType>(schema: T) => z.union([schema, z.array(schema)]).transform((value) => (Array.isArray(value) ? value : [value]));
const hasType = (expected: string) => z.union([z.literal(expected), z.array(z.string()).refine((types) => types.includes(expected))]);

const ZTextualBody = z.looseObject({ type: z.literal("TextualBody").optional(), value: z.string(), purpose: z.string().optional() });
const ZQuote = z.looseObject({ type: z.literal("TextQuoteSelector"), exact: z.string().min(1), prefix: z.string().optional(), suffix: z.string().optional() });
const ZPosition = z.looseObject({ type: z.literal("TextPositionSelector"), start: z.number().int().nonnegative(), end: z.number().int().positive() });
const ZSelector = z.union([ZQuote, ZPosition, z.looseObject({ type: z.string() })]);
const ZTarget = z.looseObject({ source: z.string(), selector: oneOrMany(ZSelector) });

const ZAnnotation = z.looseObject({
  id: z.string().optional(),
  type: hasType("Annotation"),
  motivation: z.union([z.string(), z.array(z.string())]).optional(),
  created: z.iso.datetime({ offset: true }).optional(),
  body: oneOrMany(z.union([ZTextualBody, z.looseObject({})])).optional(),
  target: z.unknown(),
  annotationType: z.enum(ANNOTATION_TYPES).optional(),
  visibility: z.enum(ANNOTATION_VISIBILITIES).optional(),
  resolved: z.iso.datetime({ offset: true }).optional(),
});
type TRawAnnotation = z.infer<typeof ZAnnotation>;

export interface TImportOutcome {
  imported: number;
  orphaned: number;
  replies: number;
  skipped: number;
}

/** The annotations of any of the accepted wrappers. */
function unwrap(document: unknown): unknown[] {
  if (Array.isArray(document)) return document;
  if (document && typeof document === "object") {
    const object = document as Record<string, unknown>;
    const types = ([] as unknown[]).concat(object.type);
    if (types.includes("AnnotationCollection")) {
      const first = object.first;
      if (first === undefined) return [];
      if (typeof first !== "object" || first === null) throw new AppError("INVALID_INPUT", "Een AnnotationCollection moet haar pagina('first') ingesloten bevatten, niet als link. Exporteer opnieuw met de aantekeningen erin.");
      return unwrap(first);
    }
    if (types.includes("AnnotationPage")) {
      if (!Array.isArray(object.items)) throw new AppError("INVALID_INPUT", "Een AnnotationPage moet een lijst 'items' met aantekeningen hebben.");
      return object.items;
    }
    return [document];
  }
  throw new AppError("INVALID_INPUT", "Het bestand bevat geen W3C-aantekeningen. Kies een .jsonld-bestand met een Annotation, AnnotationPage of AnnotationCollection.");
}

const motivations = (raw: TRawAnnotation) => ([] as (string | undefined)[]).concat(raw.motivation);
const localId = (iri: string | undefined, kind: "aantekening" | "reactie") => iri?.match(new RegExp(`#${kind}-([A-Za-z0-9_-]+)$`))?.[1];

export async function importWebAnnotations({ db, viewer }: ServiceContext, gemeenteSlug: string, lemmaSlug: string, document: unknown): Promise<TImportOutcome> {
  const workspace = await assertCan(db, viewer, gemeenteSlug, "drafts.write");
  if (viewer.kind !== "user") throw new Error("unreachable: assertCan admits users only");
  const lemma = requireLemma(lemmaSlug);
  const items = unwrap(document);
  if (items.length > MAX_ITEMS) throw new AppError("INVALID_INPUT", `Importeer hoogstens ${MAX_ITEMS} aantekeningen tegelijk; splits het bestand.`);
  const corrected = await correctedBlockTexts(db, lemmaSlug);
  const blockTexts = new Map(coreBlocks(lemma).map((block) => [block.id, corrected.get(block.id)?.text ?? blockPlainText(block)]));

  const problems: string[] = [];
  const annotations: { iri?: string; blockId: string; selectors: TTextSelectors; found: boolean; confidence: number; type: (typeof ANNOTATION_TYPES)[number]; visibility: (typeof ANNOTATION_VISIBILITIES)[number]; body: string; created?: Date; resolved?: Date }[] = [];
  const replies: { iri?: string; target: string; body: string; created?: Date }[] = [];

  items.forEach((item, index) => {
    const where = `Aantekening ${index + 1}`;
    const parsed = ZAnnotation.safeParse(item);
    if (!parsed.success) {
      problems.push(`${where}: geen geldige W3C-aantekening (${parsed.error.issues.map((issue) => `${issue.path.join(".") || "geheel"}: ${issue.message}`).join("; ")}).`);
      return;
    }
    const raw = parsed.data;
    const bodies = (raw.body ?? []).filter((body): body is z.infer<typeof ZTextualBody> => ZTextualBody.safeParse(body).success);
    const text = bodies.find((body) => body.purpose !== "tagging")?.value;
    const bodyCheck = ZAnnotationBody.safeParse(text ?? "");
    if (!bodyCheck.success) {
      problems.push(`${where}: ${bodyCheck.error.issues[0]!.message} (een TextualBody met 'value' ontbreekt of is leeg).`);
      return;
    }
    const created = raw.created ? new Date(raw.created) : undefined;

    if (motivations(raw).includes("replying")) {
      const target = typeof raw.target === "string" ? raw.target : (raw.target as { id?: unknown } | null)?.id;
      if (typeof target !== "string") return void problems.push(`${where}: een reactie moet als 'target' het id van de aantekening hebben.`);
      replies.push({ iri: raw.id, target, body: bodyCheck.data, created });
      return;
    }

    const target = ZTarget.safeParse(Array.isArray(raw.target) ? raw.target[0] : raw.target);
    if (!target.success) return void problems.push(`${where}: 'target' moet een 'source' (het adres van het tekstblok) en een 'selector' hebben.`);
    let source: URL;
    try {
      source = new URL(target.data.source);
    } catch {
      return void problems.push(`${where}: 'target.source' is geen adres.`);
    }
    if (!source.pathname.endsWith(`/lemma/${lemmaSlug}`)) return void problems.push(`${where}: hoort bij een andere trend (${source.pathname}); importeer het bij die trend.`);
    const blockId = decodeURIComponent(source.hash.slice(1));
    const blockText = blockTexts.get(blockId);
    if (blockText === undefined) return void problems.push(`${where}: het tekstblok '${blockId}' bestaat niet in deze trend.`);
    const quote = target.data.selector.find((selector) => selector.type === "TextQuoteSelector");
    const position = target.data.selector.find((selector) => selector.type === "TextPositionSelector");
    const quoteCheck = ZQuote.safeParse(quote);
    if (!quoteCheck.success) return void problems.push(`${where}: een TextQuoteSelector met 'exact' ontbreekt.`);
    const positionCheck = ZPosition.safeParse(position);
    const exact = quoteCheck.data.exact;
    const selectors: TTextSelectors = {
      quote: { type: "TextQuoteSelector", exact, prefix: quoteCheck.data.prefix ?? "", suffix: quoteCheck.data.suffix ?? "" },
      position: positionCheck.success && positionCheck.data.end > positionCheck.data.start
        ? { type: "TextPositionSelector", start: positionCheck.data.start, end: positionCheck.data.end }
        : { type: "TextPositionSelector", start: 0, end: exact.length },
    };
    const found = anchor(selectors, blockText);
    const tag = bodies.find((body) => body.purpose === "tagging" && (ANNOTATION_TYPES as readonly string[]).includes(body.value))?.value as (typeof ANNOTATION_TYPES)[number] | undefined;
    annotations.push({
      iri: raw.id,
      blockId,
      selectors: found.orphan ? selectors : describe(blockText, found.start, found.end),
      found: !found.orphan,
      confidence: found.orphan ? 0 : found.confidence,
      type: raw.annotationType ?? tag ?? "LOKALE_DATA",
      visibility: raw.visibility ?? "WERKRUIMTE",
      body: bodyCheck.data,
      created,
      resolved: raw.resolved ? new Date(raw.resolved) : undefined,
    });
  });
  if (problems.length > 0) throw new AppError("INVALID_INPUT", `Er is niets geïmporteerd. Verbeter het bestand en probeer het opnieuw. ${problems.slice(0, 10).join(" ")}${problems.length > 10 ? ` En nog ${problems.length - 10} andere problemen.` : ""}`);

  const existingIds = new Set(
    (await db.annotation.findMany({ where: { gemeenteId: workspace.id, id: { in: annotations.map((a) => localId(a.iri, "aantekening")).filter((id) => id !== undefined) } }, select: { id: true } })).map((row) => row.id),
  );
  const existingReplies = new Set(
    (await db.annotationReply.findMany({ where: { annotation: { gemeenteId: workspace.id }, id: { in: replies.map((r) => localId(r.iri, "reactie")).filter((id) => id !== undefined) } }, select: { id: true } })).map((row) => row.id),
  );

  return db.$transaction(async (tx) => {
    const outcome: TImportOutcome = { imported: 0, orphaned: 0, replies: 0, skipped: 0 };
    /** Annotation IRIs in the file → ids here (new or already present). */
    const idFor = new Map<string, string>();
    for (const item of annotations) {
      const existing = localId(item.iri, "aantekening");
      if (existing && existingIds.has(existing)) {
        outcome.skipped += 1;
        idFor.set(item.iri!, existing);
        continue;
      }
      const row = await tx.annotation.create({
        data: {
          gemeenteId: workspace.id,
          lemmaSlug,
          blockId: item.blockId,
          selectors: item.selectors,
          anchorStatus: item.found ? "ANCHORED" : "ORPHAN",
          anchorConfidence: item.confidence,
          type: item.type,
          visibility: item.visibility,
          body: item.body,
          authorId: viewer.userId,
          ...(item.created ? { createdAt: item.created } : {}),
          ...(item.resolved ? { resolvedAt: item.resolved, resolvedById: viewer.userId } : {}),
        },
        select: { id: true },
      });
      if (item.iri) idFor.set(item.iri, row.id);
      outcome.imported += 1;
      if (!item.found) outcome.orphaned += 1;
    }
    for (const reply of replies) {
      const replyId = localId(reply.iri, "reactie");
      if (replyId && existingReplies.has(replyId)) {
        outcome.skipped += 1;
        continue;
      }
      const parent = idFor.get(reply.target) ?? localId(reply.target, "aantekening");
      const owned = parent ? await tx.annotation.findFirst({ where: { id: parent, gemeenteId: workspace.id, lemmaSlug }, select: { id: true } }) : null;
      if (!owned) throw new AppError("INVALID_INPUT", `Er is niets geïmporteerd. Een reactie verwijst naar een aantekening die niet in het bestand of in deze werkruimte staat (${reply.target}).`);
      await tx.annotationReply.create({ data: { annotationId: owned.id, body: reply.body, authorId: viewer.userId, ...(reply.created ? { createdAt: reply.created } : {}) } });
      outcome.replies += 1;
    }
    await announceAnnotationChange(tx, workspace.id, lemmaSlug);
    return outcome;
  });
}

