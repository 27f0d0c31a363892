import { fileURLToPath } from "node:url";
import { parseEnv } from "@trendweb/config";
import { z } from "zod";

export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

const ZLauncherEnv = z.object({
  DATABASE_URL: z
    .url({
      protocol: /^postgres(ql)?$/,
      error: "is geen PostgreSQL-URL. Gebruik postgresql://gebruiker:wachtwoord@host:5432/database, of laat DATABASE_URL leeg voor de ingebouwde database",
    })
    .optional(),
  PORT: z.coerce
    .number({ error: "moet een poortnummer zijn, bijvoorbeeld 3000" })
    .int("moet een poortnummer zijn, bijvoorbeeld 3000")
    .min(0, "moet een poortnummer zijn, bijvoorbeeld 3000")
    .max(65535, "moet een poortnummer zijn, bijvoorbeeld 3000")
    .default(3000),
  /** The collaboration server's port; PORT + 1 when not set. */
  COLLAB_PORT: z.coerce
    .number({ error: "moet een poortnummer zijn, bijvoorbeeld 3001" })
    .int("moet een poortnummer zijn, bijvoorbeeld 3001")
    .min(0, "moet een poortnummer zijn, bijvoorbeeld 3001")
    .max(65535, "moet een poortnummer zijn, bijvoorbeeld 3001")
    .optional(),
  TRENDWEB_DATA_DIR: z.string().default(`${REPO_ROOT}.data`),
  /** "1": serve the existing build (tests build once, up front, and then start many apps). */
  TRENDWEB_SKIP_BUILD: z.enum(["0", "1"], "moet 0 of 1 zijn").default("0"),
  /** Demo accounts are seeded unless this is "production". */
  NODE_ENV: z.string().default("development"),
  AUTH_SECRET: z.string().min(32, "is te kort: gebruik minstens 32 tekens, bijvoorbeeld uit `openssl rand -base64 32`").optional(),
  AUTH_URL: z.url("moet het openbare adres van de site zijn, bijvoorbeeld https://trendweb.example.nl").optional(),
});

export type TLauncherEnv = z.infer<typeof ZLauncherEnv>;

export function readLauncherEnv(): TLauncherEnv {
  return parseEnv(ZLauncherEnv, process.env);
}

/** The environment for child processes: ours, plus `extra`. */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, ...extra };
}
