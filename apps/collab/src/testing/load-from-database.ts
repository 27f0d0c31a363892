// A document as PostgreSQL holds it, for tests and the benchmark's checks.
import type { PrismaClient } from "@trendweb/db/node";
import * as Y from "yjs";

/**
 * The document as PostgreSQL holds it: state + tail, read in one snapshot (a compaction
 * committing between the two reads would otherwise hide the tail it merged).
 */
export async function loadFromDatabase(db: PrismaClient, name: string): Promise<Y.Doc> {
  const [row, tail] = await db.$transaction(
    async (tx) => [
      await tx.collabDocument.findUniqueOrThrow({ where: { name } }),
      await tx.collabUpdate.findMany({ where: { documentName: name }, orderBy: { id: "asc" } }),
    ] as const,
    { isolationLevel: "RepeatableRead" },
  );
  const doc = new Y.Doc();
  Y.applyUpdate(doc, row.state);
  for (const entry of tail) Y.applyUpdate(doc, entry.update);
  return doc;
}
