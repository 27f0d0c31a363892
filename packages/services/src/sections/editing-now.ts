// Who has a gemeente's sections open in the editor right now, from the collaboration
// server's CollabPresence rows (apps/collab/src/extensions/presence.ts). Rows are refreshed
// every 30 s; older than PRESENCE_FRESH_MS means the server that wrote them is gone.
import { parseDocumentName } from "@trendweb/content";
import type { PrismaClient } from "@trendweb/db/node";

/** Same window as apps/collab's PRESENCE_FRESH_MS (three missed heartbeats). */
export const PRESENCE_FRESH_MS = 90_000;

/** Per lemma slug the names of the people editing it now (read-only visitors excluded). */
export async function editingNowByLemma(db: PrismaClient, gemeenteId: string, now = new Date()): Promise<Map<string, string[]>> {
  const rows = await db.collabPresence.findMany({
    where: { canWrite: true, seenAt: { gte: new Date(now.getTime() - PRESENCE_FRESH_MS) }, document: { gemeenteId } },
    select: { documentName: true, user: { select: { id: true, name: true, email: true } } },
  });
  const byLemma = new Map<string, Map<string, string>>();
  for (const row of rows) {
    const ref = parseDocumentName(row.documentName);
    if (!ref) continue;
    const people = byLemma.get(ref.lemma) ?? new Map<string, string>();
    people.set(row.user.id, row.user.name ?? row.user.email);
    byLemma.set(ref.lemma, people);
  }
  return new Map([...byLemma].map(([lemma, people]) => [lemma, [...people.values()].sort((a, b) => a.localeCompare(b, "nl"))]));
}
