import "server-only";
import { isAppError } from "@trendweb/services";

/** A refusal or invalid input as JSON with its status and Dutch message; anything else rethrown. */
export function errorResponse(error: unknown): Response {
  if (!isAppError(error)) throw error;
  return Response.json({ error: error.message }, { status: error.status, headers: { "cache-control": "no-store" } });
}
