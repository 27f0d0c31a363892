// Who is in the section now, from the provider's awareness states. Awareness comes from
// other browsers, so nothing in it is trusted: names are cut to size, colours must be plain
// hex colours (they end up in style attributes), anything else is dropped.

export interface TAwarenessUser {
  id: string;
  name: string;
  color: string;
}

export interface TPresentPerson extends TAwarenessUser {
  isSelf: boolean;
}

const HEX_COLOR = /^#[0-9a-f]{6}$/i;
const FALLBACK_COLOR = "#595959";
const MAX_NAME_LENGTH = 80;

/** The `user` field of one awareness state, cleaned; null when there is none. */
export function readAwarenessUser(state: unknown): TAwarenessUser | null {
  if (typeof state !== "object" || state === null) return null;
  const user: unknown = (state as { user?: unknown }).user;
  if (typeof user !== "object" || user === null) return null;
  const { id, name, color } = user as { id?: unknown; name?: unknown; color?: unknown };
  if (typeof id !== "string" || id === "" || typeof name !== "string") return null;
  const cleanName = name.replace(/\s+/g, " ").trim().slice(0, MAX_NAME_LENGTH);
  if (cleanName === "") return null;
  return { id: id.slice(0, 100), name: cleanName, color: safeColor(color) };
}

export function safeColor(color: unknown): string {
  return typeof color === "string" && HEX_COLOR.test(color) ? color : FALLBACK_COLOR;
}

/**
 * One entry per person (someone with two tabs open counts once), yourself first, then
 * by name.
 */
export function presentPeople(states: ReadonlyMap<number, unknown>, selfId: string): TPresentPerson[] {
  const people = new Map<string, TPresentPerson>();
  for (const state of states.values()) {
    const user = readAwarenessUser(state);
    if (!user || people.has(user.id)) continue;
    people.set(user.id, { ...user, isSelf: user.id === selfId });
  }
  return [...people.values()].sort((a, b) => (a.isSelf !== b.isSelf ? (a.isSelf ? -1 : 1) : a.name.localeCompare(b.name, "nl")));
}
