"use client";

import { useActionState } from "react";
import { signInWithPassword, type TSignInState } from "./actions";

export function SignInForm({ returnPath }: { returnPath: string }) {
  const [state, action, pending] = useActionState<TSignInState, FormData>(signInWithPassword, {});
  return (
    <form action={action} className="form-stack" noValidate>
      {state.error && (
        <p role="alert" className="form-error">
          {state.error}
        </p>
      )}
      <input type="hidden" name="terug" value={returnPath} />
      <div className="form-field">
        <label htmlFor="email" className="utrecht-form-label">
          E-mailadres
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.email}
          className="utrecht-textbox"
        />
      </div>
      <div className="form-field">
        <label htmlFor="password" className="utrecht-form-label">
          Wachtwoord
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="utrecht-textbox"
        />
      </div>
      <button type="submit" className="utrecht-button utrecht-button--primary-action" aria-disabled={pending}>
        {pending ? "Bezig met inloggen…" : "Inloggen"}
      </button>
    </form>
  );
}
