// POST /internal/restore-snapshot: the web app's history page asks for a snapshot to be
// restored as a new change (persistence/restore-snapshot.ts). Authorized twice: a
// server-to-server token bound to user, document and snapshot (@trendweb/auth
// collab-restore), and the user's write right in that gemeente, read fresh from the
// database with the same policy as a socket connection. The snapshot must belong to the
// document. Answers 200 once the restored text is committed.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Extension, onRequestPayload } from "@hocuspocus/server";
import { RESTORE_PATH, verifyRestoreToken } from "@trendweb/auth/collab-restore";
import { parseDocumentName } from "@trendweb/content";
import type { TSql } from "@trendweb/db/sql";
import { childLogger } from "@trendweb/logger";
import { loadViewerWithSql } from "@trendweb/services/access";
import { z } from "zod";
import type { DocumentStore } from "../persistence/document-store.ts";
import { restoreSnapshot } from "../persistence/restore-snapshot.ts";
import { capabilityPolicy, type TAccessPolicy } from "./authentication.ts";
import type { DurablePersistence } from "./durable-persistence.ts";

const log = childLogger("collab-restore");
const MAX_BODY_BYTES = 4096;
const ZBody = z.strictObject({ documentName: z.string().max(300), snapshotId: z.string().max(100) });

class HttpRefusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > MAX_BODY_BYTES) throw new HttpRefusal(413, "request too large");
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new HttpRefusal(400, "not JSON");
  }
}

function answer(response: ServerResponse, status: number, body: Record<string, unknown>): void {
  response.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
  response.end(JSON.stringify(body));
}

export interface TSnapshotRestoreOptions {
  sql: TSql;
  authSecret: string;
  persistence: DurablePersistence;
  store: DocumentStore;
  accessPolicy?: TAccessPolicy;
}

export class SnapshotRestore implements Extension {
  extensionName = "snapshot-restore";

  constructor(private readonly options: TSnapshotRestoreOptions) {}

  async onRequest({ request, response, instance }: onRequestPayload): Promise<void> {
    if (new URL(request.url ?? "/", "http://collab").pathname !== RESTORE_PATH) return;
    try {
      if (request.method !== "POST") throw new HttpRefusal(405, "POST only");
      const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? "")?.[1] ?? "";
      const claims = await verifyRestoreToken(this.options.authSecret, token);
      if (!claims) throw new HttpRefusal(401, "invalid token");
      const body = ZBody.safeParse(await readBody(request));
      if (!body.success || body.data.documentName !== claims.documentName || body.data.snapshotId !== claims.snapshotId) throw new HttpRefusal(400, "body does not match the token");
      const ref = parseDocumentName(claims.documentName);
      if (!ref) throw new HttpRefusal(404, "unknown document");

      const viewer = await loadViewerWithSql(this.options.sql, claims.userId);
      if (viewer.kind !== "user" || (this.options.accessPolicy ?? capabilityPolicy)(viewer, ref.gemeente) !== "write") throw new HttpRefusal(403, "no write access");
      const snapshotState = await this.options.store.snapshotState(claims.documentName, claims.snapshotId);
      if (!snapshotState) throw new HttpRefusal(404, "no such snapshot in this document");

      await restoreSnapshot({
        instance,
        persistence: this.options.persistence,
        store: this.options.store,
        documentName: claims.documentName,
        snapshotState,
        context: { user: { id: viewer.userId, name: viewer.name ?? viewer.email }, gemeente: ref.gemeente, lemma: ref.lemma, canWrite: true, userId: viewer.userId },
      });
      log.info({ document: claims.documentName, snapshot: claims.snapshotId, userId: viewer.userId }, "snapshot restored");
      answer(response, 200, { status: "restored" });
    } catch (error) {
      if (error instanceof HttpRefusal) {
        answer(response, error.status, { error: error.message });
      } else {
        log.error({ err: error }, "restoring a snapshot failed");
        answer(response, 503, { error: "restore failed" });
      }
    }
    // Hocuspocus' convention: rejecting with nothing means "handled, send no default reply".
    throw null;
  }
}
