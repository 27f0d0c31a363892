// Which rendering of a publication page answers a request. The cached rendering
// (`[versie]/openbaar`) is rendered as an anonymous visitor, so it is exactly right for every
// anonymous request (next.config.ts rewrites those without running the proxy) and, for
// OPENBAAR versions, for everyone (proxy.ts decides for signed-in requests). Everything else —
// RAAD versions, unknown versions, `laatste` for a signed-in person — goes to the page that
// reads the session and applies the access rules on each request. Pure: the caller supplies
// the lookups.
import type { TPublicationVisibility } from "@trendweb/services";

/** The path segment of the cached rendering; only reachable through the proxy's rewrite. */
export const CACHED_SEGMENT = "openbaar";

const PUBLICATION_PAGE = /^\/g\/([^/]+)\/publicaties\/(\d+|laatste)(\/openbaar)?\/?$/;

export type TPublicationRoute =
  /** Serve the cached rendering at `path` (the address in the browser stays the same). */
  | { kind: "cached"; path: string }
  /** The per-request page. */
  | { kind: "dynamic" }
  /** The cached rendering asked for by its own address: it is not a public address. */
  | { kind: "not-found" };

export function cachedPublicationPath(gemeente: string, versie: string | number): string {
  return `/g/${encodeURIComponent(gemeente)}/publicaties/${versie}/${CACHED_SEGMENT}`;
}

export async function choosePublicationRoute(
  pathname: string,
  request: { signedIn: boolean },
  visibilityOf: (gemeente: string, version: number) => Promise<TPublicationVisibility | null>,
): Promise<TPublicationRoute> {
  const match = PUBLICATION_PAGE.exec(pathname);
  if (!match) return { kind: "dynamic" };
  const [, encodedGemeente = "", versie = "", cachedSegment] = match;
  if (cachedSegment) return { kind: "not-found" };
  let gemeente: string;
  try {
    gemeente = decodeURIComponent(encodedGemeente);
  } catch {
    return { kind: "dynamic" };
  }
  // `laatste` is the newest version the viewer may read: a raadslid's may be council-only.
  // Anonymous visitors all get the same one; signed-in people get the per-request page.
  if (versie === "laatste") return request.signedIn ? { kind: "dynamic" } : { kind: "cached", path: cachedPublicationPath(gemeente, versie) };
  let visibility: TPublicationVisibility | null = null;
  try {
    visibility = await visibilityOf(gemeente, Number(versie));
  } catch {
    // Fail closed: the per-request page applies every rule itself.
  }
  return visibility === "OPENBAAR" ? { kind: "cached", path: cachedPublicationPath(gemeente, versie) } : { kind: "dynamic" };
}

/**
 * Auth.js' session cookie over http and https, whole or as the first chunk (Auth.js splits it
 * from 4 kB; ours carries only the user id). A request with none of these is anonymous.
 */
export const SESSION_COOKIES = ["authjs.session-token", "authjs.session-token.0", "__Secure-authjs.session-token", "__Secure-authjs.session-token.0"] as const;

/** Auth.js' session cookie (chunked when large; `__Secure-` prefixed over https). */
export function hasSessionCookie(cookieNames: Iterable<string>): boolean {
  for (const name of cookieNames) if (/^(__Secure-)?authjs\.session-token(\.\d+)?$/.test(name)) return true;
  return false;
}
