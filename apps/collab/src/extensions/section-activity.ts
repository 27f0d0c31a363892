// Keeps LocalSection up to date from real edits, for the workspace dashboard: who edited
// last and when, and NIET_GESTART → CONCEPT on the first edit. Written at most 10 s after a
// change, for all documents changed meanwhile in one statement, and when a document unloads;
// a failed write is retried on the next. (Per document and every 3 s, 300 open documents
// cost more database round trips than the edits themselves, and documents that started
// together flushed together, holding up the appends behind them.)
import type { Extension, onChangePayload, afterUnloadDocumentPayload } from "@hocuspocus/server";
import { parseDocumentName } from "@trendweb/content";
import type { PrismaClient } from "@trendweb/db/node";
import { childLogger } from "@trendweb/logger";
import { isCollabContext } from "../collab-context.ts";

const log = childLogger("collab");

interface TActivity {
  userId: string;
  at: Date;
}

export class SectionActivity implements Extension {
  extensionName = "section-activity";
  private pending = new Map<string, TActivity>();
  private timer: NodeJS.Timeout | null = null;
  /** Gemeente ids by slug (they never change). */
  private readonly gemeenteIds = new Map<string, string>();

  constructor(
    private readonly db: PrismaClient,
    private readonly delayMs = 10_000,
  ) {}

  async onChange({ documentName, context }: onChangePayload): Promise<void> {
    if (!isCollabContext(context)) return;
    this.pending.set(documentName, { userId: context.user.id, at: new Date() });
    this.timer ??= setTimeout(() => {
      this.timer = null;
      void this.flushAll();
    }, this.delayMs).unref();
  }

  async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload): Promise<void> {
    await this.flush(documentName);
  }

  async onDestroy(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.flushAll();
  }

  /** Writes one document's last edit now (it unloads). */
  async flush(documentName: string): Promise<void> {
    const entry = this.pending.get(documentName);
    if (!entry) return;
    this.pending.delete(documentName);
    await this.write(new Map([[documentName, entry]]));
  }

  private async flushAll(): Promise<void> {
    if (!this.pending.size) return;
    const batch = this.pending;
    this.pending = new Map();
    await this.write(batch);
  }

  private async write(batch: Map<string, TActivity>): Promise<void> {
    const entries = [...batch].flatMap(([documentName, entry]) => {
      const ref = parseDocumentName(documentName);
      return ref ? [{ documentName, ...ref, ...entry }] : [];
    });
    if (!entries.length) return;
    let updated: { gemeente: string; lemma: string }[];
    try {
      // Usually the sections exist: one statement for all (CONCEPT from NIET_GESTART included).
      updated = await this.db.$queryRaw<{ gemeente: string; lemma: string }[]>`
        UPDATE "LocalSection" AS s
        SET "lastEditedAt" = (e."at"::timestamptz AT TIME ZONE 'UTC'), "lastEditedById" = e."userId",
            "status" = CASE WHEN s."status" = 'NIET_GESTART' THEN 'CONCEPT'::"LocalSectionStatus" ELSE s."status" END,
            "updatedAt" = (now() AT TIME ZONE 'UTC')
        FROM unnest(${entries.map((entry) => entry.gemeente)}::text[], ${entries.map((entry) => entry.lemma)}::text[],
                    ${entries.map((entry) => entry.userId)}::text[], ${entries.map((entry) => entry.at.toISOString())}::text[])
             AS e("gemeente", "lemma", "userId", "at")
        JOIN "Gemeente" g ON g."slug" = e."gemeente"
        WHERE s."gemeenteId" = g."id" AND s."lemmaSlug" = e."lemma"
        RETURNING e."gemeente", e."lemma"`;
    } catch (error) {
      this.retryLater(entries, error);
      return;
    }
    const done = new Set(updated.map((row) => `${row.gemeente}/${row.lemma}`));
    // A section edited for the first time has no row yet: created (rarely) through Prisma.
    for (const entry of entries.filter((candidate) => !done.has(`${candidate.gemeente}/${candidate.lemma}`))) {
      try {
        const gemeenteId = await this.gemeenteId(entry.gemeente);
        await this.db.localSection.upsert({
          where: { gemeenteId_lemmaSlug: { gemeenteId, lemmaSlug: entry.lemma } },
          create: { gemeenteId, lemmaSlug: entry.lemma, status: "CONCEPT", lastEditedAt: entry.at, lastEditedById: entry.userId },
          update: { lastEditedAt: entry.at, lastEditedById: entry.userId },
        });
        await this.db.localSection.updateMany({
          where: { gemeenteId, lemmaSlug: entry.lemma, status: "NIET_GESTART" },
          data: { status: "CONCEPT" },
        });
      } catch (error) {
        this.retryLater([entry], error);
      }
    }
  }

  /** Kept for the next write, unless a newer edit of that document came in meanwhile. */
  private retryLater(entries: readonly ({ documentName: string } & TActivity)[], error: unknown): void {
    log.warn({ documents: entries.length, err: error }, "could not record the last edit");
    for (const { documentName, userId, at } of entries) if (!this.pending.has(documentName)) this.pending.set(documentName, { userId, at });
  }

  private async gemeenteId(slug: string): Promise<string> {
    const known = this.gemeenteIds.get(slug);
    if (known) return known;
    const { id } = await this.db.gemeente.findUniqueOrThrow({ where: { slug }, select: { id: true } });
    this.gemeenteIds.set(slug, id);
    return id;
  }
}
