import { z } from "zod";

export const ZGemeente = z.strictObject({
  slug: z.string().regex(/^[a-z]+(?:-[a-z]+)*$/),
  name: z.string().min(1),
  /** CBS municipality code, e.g. GM0193. */
  cbsCode: z.string().regex(/^GM\d{4}$/),
});
export type TGemeente = z.infer<typeof ZGemeente>;

/** The 25 gemeenten of Overijssel (slug, name, CBS code), alphabetical. */
export const GEMEENTEN: readonly TGemeente[] = Object.freeze(
  z.array(ZGemeente).length(25).parse([
    { slug: "almelo", name: "Almelo", cbsCode: "GM0141" },
    { slug: "borne", name: "Borne", cbsCode: "GM0147" },
    { slug: "dalfsen", name: "Dalfsen", cbsCode: "GM0148" },
    { slug: "deventer", name: "Deventer", cbsCode: "GM0150" },
    { slug: "dinkelland", name: "Dinkelland", cbsCode: "GM1774" },
    { slug: "enschede", name: "Enschede", cbsCode: "GM0153" },
    { slug: "haaksbergen", name: "Haaksbergen", cbsCode: "GM0158" },
    { slug: "hardenberg", name: "Hardenberg", cbsCode: "GM0160" },
    { slug: "hellendoorn", name: "Hellendoorn", cbsCode: "GM0163" },
    { slug: "hengelo", name: "Hengelo", cbsCode: "GM0164" },
    { slug: "hof-van-twente", name: "Hof van Twente", cbsCode: "GM1735" },
    { slug: "kampen", name: "Kampen", cbsCode: "GM0166" },
    { slug: "losser", name: "Losser", cbsCode: "GM0168" },
    { slug: "oldenzaal", name: "Oldenzaal", cbsCode: "GM0173" },
    { slug: "olst-wijhe", name: "Olst-Wijhe", cbsCode: "GM1773" },
    { slug: "ommen", name: "Ommen", cbsCode: "GM0175" },
    { slug: "raalte", name: "Raalte", cbsCode: "GM0177" },
    { slug: "rijssen-holten", name: "Rijssen-Holten", cbsCode: "GM1742" },
    { slug: "staphorst", name: "Staphorst", cbsCode: "GM0180" },
    { slug: "steenwijkerland", name: "Steenwijkerland", cbsCode: "GM1708" },
    { slug: "tubbergen", name: "Tubbergen", cbsCode: "GM0183" },
    { slug: "twenterand", name: "Twenterand", cbsCode: "GM1700" },
    { slug: "wierden", name: "Wierden", cbsCode: "GM0189" },
    { slug: "zwartewaterland", name: "Zwartewaterland", cbsCode: "GM1896" },
    { slug: "zwolle", name: "Zwolle", cbsCode: "GM0193" },
  ]),
);

export function getGemeente(slug: string): TGemeente | undefined {
  return GEMEENTEN.find((g) => g.slug === slug);
}
