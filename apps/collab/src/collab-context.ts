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
