"use server";

import { LOCKOUT_MINUTES } from "@trendweb/services";
import { AuthError } from "next-auth";
import { signIn } from "@/auth";
import { safeReturnPath } from "@/lib/access/return-path";

export interface TSignInState {
  error?: string;
  /** Shown again after a failed attempt (React resets the form after an action). */
  email?: string;
}

const WRONG_CREDENTIALS = "Het e-mailadres of het wachtwoord klopt niet. Controleer beide en probeer het opnieuw.";
const LOCKED = `Te veel mislukte inlogpogingen. Wacht ${LOCKOUT_MINUTES} minuten en probeer het dan opnieuw, of vraag de beheerder van uw gemeente om hulp.`;

export async function signInWithPassword(_previous: TSignInState, form: FormData): Promise<TSignInState> {
  const email = String(form.get("email") ?? "").trim();
  const password = String(form.get("password") ?? "");
  if (!email || !password) return { error: "Vul uw e-mailadres en wachtwoord in.", email };
  try {
    await signIn("credentials", { email, password, redirectTo: safeReturnPath(form.get("terug")) });
    return {};
  } catch (error) {
    // A successful sign-in ends in a redirect, which Next.js signals by throwing: let it through.
    if (!(error instanceof AuthError)) throw error;
    if (error.type === "CredentialsSignin") {
      return { error: (error as AuthError & { code?: string }).code === "geblokkeerd" ? LOCKED : WRONG_CREDENTIALS, email };
    }
    return { error: "Inloggen lukt nu niet door een storing. Probeer het over een paar minuten opnieuw.", email };
  }
}

export async function signInWithOidc(form: FormData): Promise<void> {
  await signIn("oidc", { redirectTo: safeReturnPath(form.get("terug")) });
}
