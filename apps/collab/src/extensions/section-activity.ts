// Keeps LocalSection up to date from real edits, for the workspace dashboard: who edited
// last and when, and NIET_GESTART → CONCEPT on the first edit. Written a few seconds after
// a burst of changes and when the document unloads; a failed write is retried on the next.
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

  constructor(
    private readonly db: PrismaClient,
    private readonly delayMs = 3_000,
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
      const gemeente = await this.db.gemeente.findUniqueOrThrow({ where: { slug: ref.gemeente }, select: { id: true } });
      const where = { gemeenteId_lemmaSlug: { gemeenteId: gemeente.id, lemmaSlug: ref.lemma } };
      await this.db.localSection.upsert({
        where,
        create: { gemeenteId: gemeente.id, lemmaSlug: ref.lemma, status: "CONCEPT", lastEditedAt: entry.at, lastEditedById: entry.userId },
        update: { lastEditedAt: entry.at, lastEditedById: entry.userId },
      });
      await this.db.localSection.updateMany({
        where: { gemeenteId: gemeente.id, lemmaSlug: ref.lemma, status: "NIET_GESTART" },
        data: { status: "CONCEPT" },
      });
    } catch (error) {
      log.warn({ document: documentName, err: error }, "could not record the last edit");
      if (!this.pending.has(documentName)) this.pending.set(documentName, { ...entry, timer: null });
    }
  }
}
