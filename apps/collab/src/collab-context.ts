import { isTransactionOrigin } from "@hocuspocus/server";

/** What onAuthenticate puts on each document connection's context. */
export interface TCollabContext {
  user: { id: string; name: string };
  gemeente: string;
  lemma: string;
  canWrite: boolean;
}

export function isCollabContext(value: unknown): value is TCollabContext {
  return typeof value === "object" && value !== null && "user" in value && "canWrite" in value;
}

/** Who made a change: the connection's user, or a server-side change's context. */
export function authorOf(origin: unknown): string | null {
  if (!isTransactionOrigin(origin)) return null;
  if (origin.source === "connection") return isCollabContext(origin.connection.context) ? origin.connection.context.user.id : null;
  if (origin.source === "local") {
    const context: unknown = origin.context;
    return typeof context === "object" && context !== null && "userId" in context && typeof context.userId === "string" ? context.userId : null;
  }
  return null;
}
