// Keeps LocalSection up to date from real edits, for the workspace dashboard: who edited
// last and when, and NIET_GESTART → CONCEPT on the first edit. Written 10 s after the first
// change of a burst (so at most every 10 s per document while people type: with 300 open
// documents, every 3 s cost more database round trips than the edits themselves) and when
// the document unloads; a failed write is retried on the next.
import type { Extension, onChangePayload, afterUnloadDocumentPayload } from "@hocuspocus/server";
import { parseDocumentName } from "@trendweb/content";
import type { PrismaClient } from "@trendweb/db/node";
import { childLogger } from "@trendweb/logger";
import { isCollabContext } from "../collab-context.ts";

const log = childLogger("collab");

interface TActivity {
  userId: string;
  at: Date;
  timer: NodeJS.Timeout | null;
}

export class SectionActivity implements Extension {
  extensionName = "section-activity";
  private readonly pending = new Map<string, TActivity>();
  /** Gemeente ids by slug (they never change). */
  private readonly gemeenteIds = new Map<string, string>();

  constructor(
    private readonly db: PrismaClient,
    private readonly delayMs = 10_000,
  ) {}

  async onChange({ documentName, context }: onChangePayload): Promise<void> {
    if (!isCollabContext(context)) return;
    const entry = this.pending.get(documentName) ?? { userId: context.user.id, at: new Date(), timer: null };
    entry.userId = context.user.id;
    entry.at = new Date();
    this.pending.set(documentName, entry);
    entry.timer ??= setTimeout(() => void this.flush(documentName), this.delayMs).unref();
  }

  async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload): Promise<void> {
    await this.flush(documentName);
  }

  async onDestroy(): Promise<void> {
    await Promise.all([...this.pending.keys()].map((name) => this.flush(name)));
  }

  async flush(documentName: string): Promise<void> {
    const entry = this.pending.get(documentName);
    const ref = parseDocumentName(documentName);
    if (!entry || !ref) return;
    if (entry.timer) clearTimeout(entry.timer);
    this.pending.delete(documentName);
    try {
      // Usually the section exists: one statement (CONCEPT from NIET_GESTART included).
      const updated = await this.db.$executeRaw`
        UPDATE "LocalSection"
        SET "lastEditedAt" = (${entry.at.toISOString()}::timestamptz AT TIME ZONE 'UTC'), "lastEditedById" = ${entry.userId},
            "status" = CASE WHEN "status" = 'NIET_GESTART' THEN 'CONCEPT'::"LocalSectionStatus" ELSE "status" END,
            "updatedAt" = (now() AT TIME ZONE 'UTC')
        WHERE "gemeenteId" = (SELECT "id" FROM "Gemeente" WHERE "slug" = ${ref.gemeente}) AND "lemmaSlug" = ${ref.lemma}`;
      if (updated > 0) return;
      const gemeenteId = await this.gemeenteId(ref.gemeente);
      const where = { gemeenteId_lemmaSlug: { gemeenteId, lemmaSlug: ref.lemma } };
      await this.db.localSection.upsert({
        where,
        create: { gemeenteId, lemmaSlug: ref.lemma, status: "CONCEPT", lastEditedAt: entry.at, lastEditedById: entry.userId },
        update: { lastEditedAt: entry.at, lastEditedById: entry.userId },
      });
      await this.db.localSection.updateMany({
        where: { gemeenteId, lemmaSlug: ref.lemma, status: "NIET_GESTART" },
        data: { status: "CONCEPT" },
      });
    } catch (error) {
      log.warn({ document: documentName, err: error }, "could not record the last edit");
      if (!this.pending.has(documentName)) this.pending.set(documentName, { ...entry, timer: null });
    }
  }

  private async gemeenteId(slug: string): Promise<string> {
    const known = this.gemeenteIds.get(slug);
    if (known) return known;
    const { id } = await this.db.gemeente.findUniqueOrThrow({ where: { slug }, select: { id: true } });
    this.gemeenteIds.set(slug, id);
    return id;
  }
}
