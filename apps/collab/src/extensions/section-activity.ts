// Keeps LocalSection up to date from real edits, for the workspace dashboard: who edited
// last and when, and NIET_GESTART → CONCEPT on the first edit. Written at most 10 s after a
// change, for all documents changed meanwhile in one statement, and when a document unloads;
// a failed write is retried on the next. (Per document and every 3 s, 300 open documents
// cost more database round trips than the edits themselves, and documents that started
// together flushed together, holding up the appends behind them.)
import type { afterLoadDocumentPayload, afterUnloadDocumentPayload, Extension } from "@hocuspocus/server";
import { parseDocumentName } from "@trendweb/content";
import { newRowId, type TSql } from "@trendweb/db/sql";
import { childLogger } from "@trendweb/logger";
import { authorOf } from "../collab-context.ts";

const log = childLogger("collab");

interface TActivity {
  userId: string;
  /** Epoch milliseconds of the last edit. */
  at: number;
}

export class SectionActivity implements Extension {
  extensionName = "section-activity";
  private pending = new Map<string, TActivity>();
  private timer: NodeJS.Timeout | null = null;
  constructor(
    private readonly sql: TSql,
    private readonly delayMs = 10_000,
  ) {}

  /**
   * Watches the document's own updates. (A Hocuspocus onChange hook would do the same at
   * the price of a promise chain per keystroke: docs/benchmarks.md, "Samenwerken".) Updates
   * without a person behind them (from PostgreSQL, from another server) are not edits here.
   */
  async afterLoadDocument({ document, documentName }: afterLoadDocumentPayload): Promise<void> {
    document.on("update", (_update: Uint8Array, origin: unknown) => {
      const userId = authorOf(origin);
      if (userId) this.record(documentName, userId);
    });
  }

  /** Notes an edit of `documentName` by `userId` now; written within `delayMs`. */
  record(documentName: string, userId: string): void {
    const entry = this.pending.get(documentName);
    if (entry) {
      entry.userId = userId;
      entry.at = Date.now();
    } else {
      this.pending.set(documentName, { userId, at: Date.now() });
    }
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
    try {
      // One statement for all: sections edited for the first time get their row (CONCEPT),
      // existing ones their last edit (and NIET_GESTART → CONCEPT).
      await this.sql.query(
        `INSERT INTO "LocalSection" ("id", "gemeenteId", "lemmaSlug", "status", "lastEditedAt", "lastEditedById", "createdAt", "updatedAt")
         SELECT e."id", g."id", e."lemma", 'CONCEPT'::"LocalSectionStatus", (e."at"::timestamptz AT TIME ZONE 'UTC'), e."userId", (now() AT TIME ZONE 'UTC'), (now() AT TIME ZONE 'UTC')
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS e("id", "gemeente", "lemma", "userId", "at")
         JOIN "Gemeente" g ON g."slug" = e."gemeente"
         ON CONFLICT ("gemeenteId", "lemmaSlug") DO UPDATE
         SET "lastEditedAt" = EXCLUDED."lastEditedAt", "lastEditedById" = EXCLUDED."lastEditedById",
             "status" = CASE WHEN "LocalSection"."status" = 'NIET_GESTART' THEN 'CONCEPT'::"LocalSectionStatus" ELSE "LocalSection"."status" END,
             "updatedAt" = EXCLUDED."updatedAt"`,
        [entries.map(() => newRowId()), entries.map((entry) => entry.gemeente), entries.map((entry) => entry.lemma), entries.map((entry) => entry.userId), entries.map((entry) => new Date(entry.at).toISOString())],
      );
    } catch (error) {
      this.retryLater(entries, error);
    }
  }

  /** Kept for the next write, unless a newer edit of that document came in meanwhile. */
  private retryLater(entries: readonly ({ documentName: string } & TActivity)[], error: unknown): void {
    log.warn({ documents: entries.length, err: error }, "could not record the last edit");
    for (const { documentName, userId, at } of entries) if (!this.pending.has(documentName)) this.pending.set(documentName, { userId, at });
  }
}
