import { parseEnv } from "@trendweb/config";
import { z } from "zod";

const ZAuthEnv = z
  .object({
    AUTH_SECRET: z
      .string({ error: "ontbreekt. Zet een lange willekeurige waarde, bijvoorbeeld uit `openssl rand -base64 32`" })
      .min(32, "is te kort: gebruik minstens 32 tekens, bijvoorbeeld uit `openssl rand -base64 32`"),
    /** Optional OpenID Connect sign-in (Entra ID, Keycloak, …); on when the issuer is set. */
    AUTH_OIDC_ISSUER: z.url("moet de issuer-URL van de identity provider zijn").optional(),
    AUTH_OIDC_CLIENT_ID: z.string().optional(),
    AUTH_OIDC_CLIENT_SECRET: z.string().optional(),
    AUTH_OIDC_NAME: z.string().default("het inlogsysteem van uw gemeente"),
  })
  .refine((env) => !env.AUTH_OIDC_ISSUER || (env.AUTH_OIDC_CLIENT_ID && env.AUTH_OIDC_CLIENT_SECRET), {
    path: ["AUTH_OIDC_CLIENT_ID"],
    message: "AUTH_OIDC_CLIENT_ID en AUTH_OIDC_CLIENT_SECRET zijn nodig als AUTH_OIDC_ISSUER gezet is",
  });

export type TAuthEnv = z.infer<typeof ZAuthEnv>;

export function authEnv(): TAuthEnv {
  return parseEnv(ZAuthEnv, process.env);
}
