import { parseEnv } from "@trendweb/config";
import { z } from "zod";

const ZServicesEnv = z.object({
  /** The site's public address, for links in e-mails (Auth.js uses the same setting). */
  AUTH_URL: z.url("moet het openbare adres van de site zijn, bijvoorbeeld https://trendweb.example.nl").default("http://localhost:3000"),
  /** smtp(s)://user:pass@host:port — without it, invitation links are shown to the beheerder instead. */
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: "moet een smtp:// of smtps:// adres zijn" }).optional(),
  MAIL_FROM: z.string().default("Trendweb Lokaal <noreply@trendweb-lokaal.example>"),
});

export type TServicesEnv = z.infer<typeof ZServicesEnv>;

export function servicesEnv(): TServicesEnv {
  return parseEnv(ZServicesEnv, process.env);
}

/** The site's public address without a trailing slash, for absolute links (feeds, JSON, e-mail). */
export function siteUrl(): string {
  return servicesEnv().AUTH_URL.replace(/\/+$/, "");
}
