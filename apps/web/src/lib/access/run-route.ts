import "server-only";
import { APP_ERROR_STATUS, isAppError } from "@trendweb/services";

export interface TRouteRefusals {
  /** Anonymous callers are sent to sign in and back here (downloads a browser follows); without it they get 401. */
  signInReturnPath?: string;
  /** Refusals as `{ "error": message }` (machine-readable routes) instead of plain text. */
  json?: boolean;
}

/**
 * Runs a route handler's service call and turns refusals into HTTP answers, as runPage does
 * for pages: sign-in or 401 for anonymous callers, 403, 404, each with the Dutch message.
 */
export async function runRoute(refusals: TRouteRefusals, respond: () => Promise<Response>): Promise<Response> {
  try {
    return await respond();
  } catch (error) {
    if (!isAppError(error)) throw error;
    if (error.code === "UNAUTHENTICATED" && refusals.signInReturnPath) {
      return new Response(null, { status: 303, headers: { location: `/inloggen?terug=${encodeURIComponent(refusals.signInReturnPath)}`, "cache-control": "no-store" } });
    }
    const status = APP_ERROR_STATUS[error.code];
    if (refusals.json) return Response.json({ error: error.message }, { status, headers: { "cache-control": "no-store" } });
    return new Response(error.message, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
  }
}
