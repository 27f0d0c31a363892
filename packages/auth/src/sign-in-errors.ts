import { CredentialsSignin } from "next-auth";

/** Signals a temporary lockout to the sign-in page (the code ends up in its URL). */
export class LockedOutSignin extends CredentialsSignin {
  override code = "geblokkeerd";
}

/** An OpenID Connect account without an invitation: accounts are never created unasked. */
export const OIDC_NOT_INVITED = "niet-uitgenodigd";
