import "server-only";

export { createAuthConfig, SESSION_MAX_AGE_SECONDS } from "./auth-config.ts";
export { OIDC_NOT_INVITED, LockedOutSignin } from "./sign-in-errors.ts";
