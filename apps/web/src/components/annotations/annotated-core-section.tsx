// Server part of the annotated core text: the corrected lemma and this gemeente's
// annotations, read through the services (access checked there), handed to the client.
import { db } from "@trendweb/db";
import { ANNOTATION_TYPE_LABELS, ANNOTATION_VISIBILITY_LABELS, getCorrectedLemma, listAnnotations } from "@trendweb/services";
import { serviceContext } from "@/lib/access/viewer";
import { AnnotatedCoreText } from "./annotated-core-text";

export async function AnnotatedCoreSection({ gemeente, lemma: slug }: { gemeente: string; lemma: string }) {
  const [lemma, annotations] = await Promise.all([getCorrectedLemma(db, slug), listAnnotations(await serviceContext(), gemeente, slug)]);
  return (
    <AnnotatedCoreText
      gemeente={gemeente}
      lemma={slug}
      blocks={lemma.blocks}
      figures={lemma.figures}
      relevance={{ heading: lemma.relevance.heading, blocks: lemma.relevance.blocks }}
      annotations={annotations}
      labels={{ types: ANNOTATION_TYPE_LABELS, visibilities: ANNOTATION_VISIBILITY_LABELS }}
    />
  );
}
