import { parseEnv } from "@trendweb/config";
import { z } from "zod";

const ZCollabEnv = z.object({
  COLLAB_PORT: z.coerce
    .number({ error: "moet een poortnummer zijn, bijvoorbeeld 1234" })
    .int("moet een poortnummer zijn, bijvoorbeeld 1234")
    .min(0, "moet een poortnummer zijn, bijvoorbeeld 1234")
    .max(65535, "moet een poortnummer zijn, bijvoorbeeld 1234")
    .default(1234),
  COLLAB_HOST: z.string().default("localhost"),
  /** Comma-separated origins of the web app whose pages may open a socket. */
  COLLAB_ALLOWED_ORIGINS: z
    .string({ error: "ontbreekt. Zet het adres van de webapp, bijvoorbeeld https://trendweb.example.nl" })
    .transform((value) => value.split(",").map((entry) => entry.trim()).filter(Boolean))
    .pipe(z.array(z.url({ protocol: /^https?$/, error: "moet een lijst van adressen zijn, bijvoorbeeld https://trendweb.example.nl" })).min(1, "ontbreekt. Zet het adres van de webapp, bijvoorbeeld https://trendweb.example.nl")),
  COLLAB_MAX_DOCUMENT_BYTES: z.coerce.number({ error: "moet een aantal bytes zijn" }).int().min(64 * 1024, "moet minstens 65536 zijn").optional(),
  AUTH_SECRET: z
    .string({ error: "ontbreekt. Gebruik dezelfde waarde als de webapp" })
    .min(32, "is te kort: gebruik dezelfde waarde als de webapp (minstens 32 tekens)"),
  /** Several collab servers share documents through this Redis (scale-out). */
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: "is geen Redis-URL (redis://host:6379 of rediss://…), of laat REDIS_URL leeg voor één samenwerkingsserver" }).optional(),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: "ontbreekt of is geen PostgreSQL-URL (postgresql://gebruiker:wachtwoord@host:5432/database)" }),
});

export type TCollabEnv = z.infer<typeof ZCollabEnv>;

export function readCollabEnv(): TCollabEnv {
  return parseEnv(ZCollabEnv, process.env);
}
