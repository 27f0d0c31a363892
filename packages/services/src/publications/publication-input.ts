import { getLemma } from "@trendweb/content";
import type { PublicationVisibility } from "@trendweb/db/node";
import { z } from "zod";

export const PUBLICATION_VISIBILITIES = ["OPENBAAR", "RAAD"] as const satisfies readonly PublicationVisibility[];

export const PUBLICATION_VISIBILITY_LABELS: Record<PublicationVisibility, string> = {
  OPENBAAR: "Openbaar (iedereen)",
  RAAD: "Alleen de raad (raadsleden en griffie, na inloggen)",
};

export const COVER_NOTE_MAX = 20_000;
export const WITHDRAWAL_REASON_MAX = 2_000;

export const ZPublishInput = z.strictObject({
  lemmas: z
    .array(z.string().refine((slug) => getLemma(slug) !== undefined, { error: "Een van de gekozen trends bestaat niet. Laad de pagina opnieuw." }), {
      error: "Kies de trends die u wilt publiceren.",
    })
    .min(1, { error: "Kies ten minste één trend om te publiceren." })
    .refine((slugs) => new Set(slugs).size === slugs.length, { error: "Een trend staat twee keer in de keuze. Laad de pagina opnieuw." }),
  coverNote: z
    .string({ error: "Schrijf een aanbiedingsbrief aan de raad." })
    .trim()
    .min(1, { error: "Schrijf een aanbiedingsbrief aan de raad." })
    .max(COVER_NOTE_MAX, { error: `De aanbiedingsbrief is te lang (ten hoogste ${COVER_NOTE_MAX} tekens).` }),
  visibility: z.enum(PUBLICATION_VISIBILITIES, { error: "Kies voor wie de publicatie is: openbaar of alleen de raad." }),
});

export interface TPublishInput {
  lemmas: readonly string[];
  coverNote: string;
  visibility: PublicationVisibility;
}

export const ZWithdrawInput = z.strictObject({
  reason: z
    .string({ error: "Geef een reden voor het intrekken." })
    .trim()
    .min(1, { error: "Geef een reden voor het intrekken; die blijft zichtbaar bij de publicatie." })
    .max(WITHDRAWAL_REASON_MAX, { error: `De reden is te lang (ten hoogste ${WITHDRAWAL_REASON_MAX} tekens).` }),
});

export type TWithdrawInput = z.input<typeof ZWithdrawInput>;

/** `laatste` (the newest) or a version number as it appears in the address. */
export type TVersionRef = number | "laatste";

export function parseVersionRef(segment: string): TVersionRef | null {
  if (segment === "laatste") return "laatste";
  if (!/^[1-9]\d{0,8}$/.test(segment)) return null;
  return Number(segment);
}
