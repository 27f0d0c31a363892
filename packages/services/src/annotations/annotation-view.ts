// How an annotation is shown to members of its workspace: selectors parsed, author names,
// the replies in order, and what the viewer may do with it.
import { ZTextSelectors, type TTextSelectors } from "@trendweb/content/anchoring";
import type { AnchorStatus, AnnotationType, AnnotationVisibility, Prisma } from "@trendweb/db/node";

export const ANNOTATION_SELECT = {
  id: true,
  lemmaSlug: true,
  blockId: true,
  selectors: true,
  type: true,
  visibility: true,
  body: true,
  authorId: true,
  author: { select: { name: true, email: true } },
  resolvedAt: true,
  resolvedBy: { select: { name: true, email: true } },
  anchorStatus: true,
  anchorConfidence: true,
  createdAt: true,
  updatedAt: true,
  replies: {
    orderBy: { createdAt: "asc" },
    select: { id: true, body: true, authorId: true, author: { select: { name: true, email: true } }, createdAt: true },
  },
} as const satisfies Prisma.AnnotationSelect;

type TAnnotationRow = Prisma.AnnotationGetPayload<{ select: typeof ANNOTATION_SELECT }>;

export interface TAnnotationReplyView {
  id: string;
  body: string;
  author: string;
  mine: boolean;
  createdAt: Date;
}

export interface TAnnotationView {
  id: string;
  lemmaSlug: string;
  blockId: string;
  selectors: TTextSelectors;
  type: AnnotationType;
  visibility: AnnotationVisibility;
  body: string;
  author: string;
  resolved: { at: Date; by: string } | null;
  anchor: { status: AnchorStatus; confidence: number };
  createdAt: Date;
  updatedAt: Date;
  replies: TAnnotationReplyView[];
  /** The viewer wrote it: may edit and delete it. */
  mine: boolean;
  /** The viewer may resolve and reopen it (author or griffier). */
  canResolve: boolean;
}

const displayName = (person: { name: string | null; email: string } | null) => (person ? (person.name ?? person.email) : "Voormalig lid");

export function toAnnotationView(row: TAnnotationRow, viewerId: string, canModerate: boolean): TAnnotationView {
  const mine = row.authorId === viewerId;
  return {
    id: row.id,
    lemmaSlug: row.lemmaSlug,
    blockId: row.blockId,
    selectors: ZTextSelectors.parse(row.selectors),
    type: row.type,
    visibility: row.visibility,
    body: row.body,
    author: displayName(row.author),
    resolved: row.resolvedAt ? { at: row.resolvedAt, by: displayName(row.resolvedBy) } : null,
    anchor: { status: row.anchorStatus, confidence: row.anchorConfidence },
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    replies: row.replies.map((reply) => ({
      id: reply.id,
      body: reply.body,
      author: displayName(reply.author),
      mine: reply.authorId === viewerId,
      createdAt: reply.createdAt,
    })),
    mine,
    canResolve: mine || canModerate,
  };
}
