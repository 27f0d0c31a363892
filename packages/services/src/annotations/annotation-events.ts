// Live updates of a lemma's annotations: every change sends a PostgreSQL NOTIFY that names
// only the gemeente id and the lemma (no content); members with the page open refetch the
// list through the normal, access-checked read. Works across any number of web processes.
import type { Prisma, PrismaClient, TNotificationListener } from "@trendweb/db/node";
import { z } from "zod";
import { assertCan, can } from "../access/assert-role.ts";
import { loadViewer } from "../access/viewer.ts";
import { requireLemma } from "../corrections/core-text.ts";
import type { ServiceContext } from "../service-context.ts";

export const ANNOTATIONS_CHANNEL = "trendweb_annotations";

type TNotifier = Pick<PrismaClient, "$executeRaw"> | Prisma.TransactionClient;

/** `gemeenteId: null` concerns every gemeente (a change of the core text). */
const ZChange = z.object({ gemeenteId: z.string().nullable(), lemmaSlug: z.string() });

/** Inside a transaction the notification goes out at commit (and never on rollback). */
export async function announceAnnotationChange(db: TNotifier, gemeenteId: string | null, lemmaSlug: string): Promise<void> {
  const payload = JSON.stringify({ gemeenteId, lemmaSlug } satisfies z.infer<typeof ZChange>);
  await db.$executeRaw`SELECT pg_notify(${ANNOTATIONS_CHANNEL}, ${payload})`;
}

export interface TAnnotationWatch {
  /** The annotations (or the core text under them) changed: refetch. */
  onChange: () => void;
  /** The viewer lost access meanwhile: stop. */
  onRevoked: () => void;
}

/**
 * Watches one gemeente's annotations on one lemma for a member who may read them. Access is
 * checked now and again, from the database, on every change, so a removed member hears
 * nothing more. Returns the function that stops watching.
 */
export async function watchAnnotations(
  { db, viewer }: ServiceContext,
  listener: TNotificationListener,
  gemeenteSlug: string,
  lemmaSlug: string,
  watch: TAnnotationWatch,
): Promise<() => void> {
  const workspace = await assertCan(db, viewer, gemeenteSlug, "drafts.read");
  requireLemma(lemmaSlug);
  if (viewer.kind !== "user") throw new Error("unreachable: assertCan admits users only");
  let stopped = false;
  const unsubscribe = await listener.subscribe(ANNOTATIONS_CHANNEL, (payload) => {
    if (stopped) return;
    const change = payload === "" ? null : ZChange.safeParse(safeJson(payload)).data;
    if (change !== null && (change === undefined || change.lemmaSlug !== lemmaSlug || (change.gemeenteId !== null && change.gemeenteId !== workspace.id))) return;
    void loadViewer(db, viewer.userId)
      .then((fresh) => {
        if (stopped) return;
        if (can(fresh, gemeenteSlug, "drafts.read")) watch.onChange();
        else watch.onRevoked();
      })
      .catch(() => watch.onRevoked()); // fail closed
  });
  return () => {
    stopped = true;
    unsubscribe();
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
