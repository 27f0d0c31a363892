"use server";

// Annotations on the core text and the outdated flag of the section. Thin: the services
// check access and input; every change also reaches other members live (NOTIFY).
import {
  addAnnotationReply,
  createAnnotation,
  deleteAnnotation,
  deleteAnnotationReply,
  editAnnotation,
  importWebAnnotations,
  markSectionReviewed,
  reattachAnnotation,
  setAnnotationResolved,
  AppError,
  type TAnnotationEdit,
  type TNewAnnotation,
  type TPassage,
} from "@trendweb/services";
import { revalidatePath } from "next/cache";
import { runAction, type TActionResult } from "@/lib/access/action-result";
import { serviceContext } from "@/lib/access/viewer";

const refresh = (gemeente: string, lemma: string) => revalidatePath(`/g/${gemeente}/lemma/${lemma}`);

export async function createAnnotationAction(gemeente: string, lemma: string, input: TNewAnnotation): Promise<TActionResult> {
  return runAction(async () => {
    await createAnnotation(await serviceContext(), gemeente, lemma, input);
    refresh(gemeente, lemma);
    return "De aantekening is geplaatst.";
  });
}

export async function editAnnotationAction(gemeente: string, lemma: string, annotationId: string, input: TAnnotationEdit): Promise<TActionResult> {
  return runAction(async () => {
    await editAnnotation(await serviceContext(), gemeente, annotationId, input);
    refresh(gemeente, lemma);
    return "De aantekening is bijgewerkt.";
  });
}

export async function deleteAnnotationAction(gemeente: string, lemma: string, annotationId: string): Promise<TActionResult> {
  return runAction(async () => {
    await deleteAnnotation(await serviceContext(), gemeente, annotationId);
    refresh(gemeente, lemma);
    return "De aantekening is verwijderd.";
  });
}

export async function setAnnotationResolvedAction(gemeente: string, lemma: string, annotationId: string, resolved: boolean): Promise<TActionResult> {
  return runAction(async () => {
    await setAnnotationResolved(await serviceContext(), gemeente, annotationId, resolved);
    refresh(gemeente, lemma);
    return resolved ? "De aantekening is afgehandeld." : "De aantekening is heropend.";
  });
}

export async function addReplyAction(gemeente: string, lemma: string, annotationId: string, body: string): Promise<TActionResult> {
  return runAction(async () => {
    await addAnnotationReply(await serviceContext(), gemeente, annotationId, body);
    refresh(gemeente, lemma);
    return "Uw reactie is geplaatst.";
  });
}

export async function deleteReplyAction(gemeente: string, lemma: string, replyId: string): Promise<TActionResult> {
  return runAction(async () => {
    await deleteAnnotationReply(await serviceContext(), gemeente, replyId);
    refresh(gemeente, lemma);
    return "De reactie is verwijderd.";
  });
}

export async function reattachAnnotationAction(gemeente: string, lemma: string, annotationId: string, passage: TPassage): Promise<TActionResult> {
  return runAction(async () => {
    await reattachAnnotation(await serviceContext(), gemeente, annotationId, passage);
    refresh(gemeente, lemma);
    return "De aantekening is opnieuw aan een passage gekoppeld.";
  });
}

export async function markSectionReviewedAction(gemeente: string, lemma: string): Promise<TActionResult> {
  return runAction(async () => {
    await markSectionReviewed(await serviceContext(), gemeente, lemma);
    refresh(gemeente, lemma);
    revalidatePath(`/g/${gemeente}`);
    return "Gemarkeerd als bekeken.";
  });
}

/** Upload form: a W3C Web Annotation (JSON-LD) file. */
export async function importAnnotationsAction(gemeente: string, lemma: string, _previous: TActionResult, form: FormData): Promise<TActionResult> {
  return runAction(async () => {
    const file = form.get("bestand");
    if (!(file instanceof File) || file.size === 0) throw new AppError("INVALID_INPUT", "Kies een .jsonld-bestand om te importeren.");
    if (file.size > 2_000_000) throw new AppError("INVALID_INPUT", "Het bestand is groter dan 2 MB; splits het in kleinere bestanden.");
    let document: unknown;
    try {
      document = JSON.parse(await file.text());
    } catch {
      throw new AppError("INVALID_INPUT", "Het bestand is geen geldige JSON. Kies een .jsonld-bestand zoals de export het maakt.");
    }
    const outcome = await importWebAnnotations(await serviceContext(), gemeente, lemma, document);
    refresh(gemeente, lemma);
    return `Geïmporteerd: ${outcome.imported} aantekening(en), waarvan ${outcome.orphaned} losgeraakt, en ${outcome.replies} reactie(s); ${outcome.skipped} waren er al.`;
  });
}
