import { parseEnv } from "@trendweb/config";
import { z } from "zod";

const ZDbEnv = z.object({
  DATABASE_URL: z.url({
    protocol: /^postgres(ql)?$/,
    error:
      "ontbreekt of is geen PostgreSQL-URL. Gebruik postgresql://gebruiker:wachtwoord@host:5432/database, of start met `npm start` zonder DATABASE_URL voor de ingebouwde database",
  }),
});

/** Read lazily: importing the client must not require a database (e.g. during `next build`). */
export function readDatabaseUrl(): string {
  return parseEnv(ZDbEnv, process.env).DATABASE_URL;
}
