import type { TActionResult } from "@/lib/access/action-result";
import { ActionError } from "./action-error";

/** A form's last result, refusal or confirmation, in a live region that is always on the page,
 * so a screen reader announces whatever appears in it. */
export function ActionOutcome({ state }: { state: TActionResult }) {
  return (
    <div aria-live="polite">
      <ActionError state={state} />
      {state.ok && state.message && <p className="form-notice">{state.message}</p>}
    </div>
  );
}
