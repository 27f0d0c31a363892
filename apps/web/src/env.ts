// The web app's settings, checked once when the server starts (see instrumentation.ts).
import { parseEnv } from "@trendweb/config";
import { z } from "zod";

const ZWebEnv = z.object({
  DATABASE_URL: z.url({
    protocol: /^postgres(ql)?$/,
    error: "ontbreekt of is geen PostgreSQL-URL. Gebruik postgresql://gebruiker:wachtwoord@host:5432/database, of start met `npm start` zonder DATABASE_URL voor de ingebouwde database",
  }),
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  PORT: z.coerce.number({ error: "moet een poortnummer zijn, bijvoorbeeld 3000" }).int().min(0).max(65535).default(3000),
  /** Where browsers reach the collaboration server; the launcher sets it (default: PORT + 1). */
  COLLAB_PUBLIC_URL: z.url({ protocol: /^wss?$/, error: "moet een ws:// of wss:// adres zijn, bijvoorbeeld wss://trendweb.example.nl/collab" }).optional(),
  /** Where this server reaches the collaboration server over HTTP (restoring a version); default: COLLAB_PUBLIC_URL as http(s). */
  COLLAB_INTERNAL_URL: z.url({ protocol: /^https?$/, error: "moet een http:// of https:// adres zijn, bijvoorbeeld http://collab:1234" }).optional(),
});

export type TWebEnv = z.infer<typeof ZWebEnv> & { COLLAB_PUBLIC_URL: string; COLLAB_INTERNAL_URL: string };

let cached: TWebEnv | undefined;

export function webEnv(): TWebEnv {
  if (!cached) {
    const env = parseEnv(ZWebEnv, process.env);
    const publicUrl = env.COLLAB_PUBLIC_URL ?? `ws://localhost:${env.PORT + 1}`;
    cached = { ...env, COLLAB_PUBLIC_URL: publicUrl, COLLAB_INTERNAL_URL: env.COLLAB_INTERNAL_URL ?? publicUrl.replace(/^ws/, "http") };
  }
  return cached;
}

/** `next build` prerenders pages without a database (builds are cached and run anywhere). */
export function isBuildPhase(): boolean {
  return process.env.NEXT_PHASE === "phase-production-build";
}
