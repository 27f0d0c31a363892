import "server-only";
import { isAppError } from "@trendweb/services";
import { forbidden, notFound, redirect } from "next/navigation";

/**
 * Runs a page's service call and turns refusals into the right answer: sign-in for
 * anonymous callers, 403 for a known thing the caller may not use, 404 for what they may
 * not know exists.
 */
export async function runPage<T>(returnPath: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (!isAppError(error)) throw error;
    if (error.code === "UNAUTHENTICATED") redirect(`/inloggen?terug=${encodeURIComponent(returnPath)}`);
    if (error.code === "FORBIDDEN") forbidden();
    if (error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
