// Which links the editor accepts: http, https and mailto only (spec/QUALITY.md, XSS). Used
// by Tiptap's Link extension for typed, pasted and auto-detected links, and by the link form.

export const ALLOWED_LINK_PROTOCOLS = ["http", "https", "mailto"] as const;

const ALLOWED = new Set<string>(ALLOWED_LINK_PROTOCOLS.map((protocol) => `${protocol}:`));

/** True only for an absolute http(s) or mailto URL (after the browser's own parsing rules). */
export function isAllowedLink(href: string | null | undefined): boolean {
  if (typeof href !== "string") return false;
  const trimmed = href.trim();
  if (trimmed === "" || trimmed.length > 2048) return false;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return false;
  }
  if (!ALLOWED.has(url.protocol)) return false;
  if (url.protocol === "mailto:") return url.pathname.includes("@");
  return url.hostname !== "";
}

/**
 * What someone typed into the link form, made into an allowed link: `www.zwolle.nl` becomes
 * `https://www.zwolle.nl`, `iemand@zwolle.nl` becomes `mailto:iemand@zwolle.nl`. Null when
 * the result is not an allowed link (javascript:, data:, relative paths…).
 */
export function normaliseLink(input: string): string | null {
  const trimmed = input.trim();
  if (trimmed === "") return null;
  let candidate = trimmed;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) {
    if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(trimmed)) candidate = `mailto:${trimmed}`;
    else if (/^[^\s/]+\.[^\s/]+/.test(trimmed) && !trimmed.startsWith(".")) candidate = `https://${trimmed}`;
    else return null;
  }
  return isAllowedLink(candidate) ? candidate : null;
}
