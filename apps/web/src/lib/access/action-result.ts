import "server-only";
import { isAppError } from "@trendweb/services";

/** What a form's server action returns to the page: a Dutch message to show, or success. */
export type TActionResult = { ok: true; message?: string } | { ok: false; error: string };

/** Runs an action's service call; refusals and invalid input become a message, not a crash. */
export async function runAction(work: () => Promise<string | void>): Promise<TActionResult> {
  try {
    const message = await work();
    return message ? { ok: true, message } : { ok: true };
  } catch (error) {
    if (isAppError(error)) return { ok: false, error: error.message };
    throw error;
  }
}
