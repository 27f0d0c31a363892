import { z } from "zod";
import { ANNOTATION_TYPES, ANNOTATION_VISIBILITIES } from "./annotation-labels.ts";

export const ZAnnotationBody = z
  .string()
  .trim()
  .min(1, "Schrijf een aantekening.")
  .max(4000, "Een aantekening is hoogstens 4000 tekens; zet een langer stuk in de lokale relevantie.");

export const ZNewAnnotation = z.strictObject({
  blockId: z.string().min(1, "Selecteer een passage in de kerntekst."),
  /** Offsets in the block's plain text, and the text the browser saw there. */
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  exact: z.string().min(1, "Selecteer een passage in de kerntekst."),
  type: z.enum(ANNOTATION_TYPES, { error: "Kies een soort: lokale data, beleid, kans, risico of vraag." }),
  visibility: z.enum(ANNOTATION_VISIBILITIES, { error: "Kies wie de aantekening ziet: de werkruimte of openbaar." }),
  body: ZAnnotationBody,
});
export type TNewAnnotation = z.input<typeof ZNewAnnotation>;

export const ZAnnotationEdit = z.strictObject({
  type: ZNewAnnotation.shape.type,
  visibility: ZNewAnnotation.shape.visibility,
  body: ZAnnotationBody,
});
export type TAnnotationEdit = z.input<typeof ZAnnotationEdit>;
