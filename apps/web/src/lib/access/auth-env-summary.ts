import "server-only";
import { authEnv } from "@trendweb/auth/env";

/** What the sign-in page may show about the configured providers. */
export function authEnvSummary(): { oidcName: string | null } {
  const env = authEnv();
  return { oidcName: env.AUTH_OIDC_ISSUER ? env.AUTH_OIDC_NAME : null };
}
