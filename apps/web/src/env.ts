// The web app's settings, checked once when the server starts (see instrumentation.ts).
import { parseEnv } from "@trendweb/config";
import { z } from "zod";

const ZWebEnv = z.object({
  DATABASE_URL: z.url({
    protocol: /^postgres(ql)?$/,
    error: "ontbreekt of is geen PostgreSQL-URL. Gebruik postgresql://gebruiker:wachtwoord@host:5432/database, of start met `npm start` zonder DATABASE_URL voor de ingebouwde database",
  }),
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
});

export type TWebEnv = z.infer<typeof ZWebEnv>;

let cached: TWebEnv | undefined;

export function webEnv(): TWebEnv {
  cached ??= parseEnv(ZWebEnv, process.env);
  return cached;
}
