import type { TActionResult } from "@/lib/access/action-result";

/** The refusal or validation message of a form's last server action, announced at once. */
export function ActionError({ state }: { state: Pick<TActionResult, "ok"> & { error?: string } }) {
  if (state.ok || !state.error) return null;
  return (
    <p role="alert" className="form-error">
      {state.error}
    </p>
  );
}
