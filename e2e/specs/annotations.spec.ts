// Annotations on the core text (issue 6): an ambtenaar of Zwolle selects text (keyboard and
// mouse), annotates, replies and resolves while a colleague in a second browser sees it all
// appear without reloading; the redactie corrects a block: one annotation stays on its
// passage, the other lands in the orphan list, the section is flagged verouderd with the
// diff until it is marked reviewed; the public reader shows the corrected text.
import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures/fresh-page.ts";
import { expectNoSeriousAxeViolations } from "../fixtures/axe.ts";
import { signIn } from "../fixtures/sign-in.ts";

const LEMMA = "regionale-economie";
const PAGE = `/g/zwolle/lemma/${LEMMA}`;
const ORIGINAL_03 =
  "De Overijsselse economie is in de periode 2019 tot en met 2024 gegroeid. De economische dip als gevolg van corona-maatregelen zijn in jaren daarna weer omgeslagen in economische groei, mede dankzij compensatiemaatregelen.";
const CORRECTED_03 = "De economische dip als gevolg van corona-maatregelen is in de jaren daarna weer omgeslagen in economische groei, mede dankzij compensatiemaatregelen.";

const coreText = (page: Page) => page.getByRole("region", { name: "Kerntekst met aantekeningen" });
const annotationList = (page: Page) => page.getByRole("complementary", { name: /^Aantekeningen/ });
const item = (page: Page, heading: RegExp) => annotationList(page).getByRole("article").filter({ has: page.getByRole("heading", { name: heading }) });

async function openAs(freshPage: () => Promise<Page>, email: string, path: string): Promise<Page> {
  const page = await freshPage();
  const live = path === PAGE ? page.waitForResponse((response) => response.url().includes("/annotaties/live")) : null;
  await signIn(page, email, path);
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  if (live) expect((await live).status()).toBe(200);
  return page;
}

/** Selects whole words with the mouse: a double click on the first, Shift + click on the last. */
async function selectWords(page: Page, blockId: string, first: string, last: string): Promise<void> {
  const piece = page.locator(`[data-block-id="${blockId}"]`).first();
  await piece.scrollIntoViewIfNeeded();
  const boxes = await piece.evaluate(
    (piece, [firstWord, lastWord]) => {
      const text = piece.textContent ?? "";
      const rectOf = (at: number, length: number) => {
        const walker = document.createTreeWalker(piece, NodeFilter.SHOW_TEXT);
        let seen = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const length_ = node.textContent!.length;
          if (at < seen + length_) {
            const range = document.createRange();
            range.setStart(node, at - seen);
            range.setEnd(node, at - seen + length);
            const rect = range.getBoundingClientRect();
            return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
          }
          seen += length_;
        }
        throw new Error("word not found");
      };
      return [rectOf(text.indexOf(firstWord!), firstWord!.length), rectOf(text.indexOf(lastWord!), lastWord!.length)];
    },
    [first, last],
  );
  await page.mouse.dblclick(boxes[0]!.x, boxes[0]!.y);
  await page.keyboard.down("Shift");
  await page.mouse.click(boxes[1]!.x, boxes[1]!.y);
  await page.keyboard.up("Shift");
}

async function annotate(page: Page, body: string, type: string, open: "button" | "Enter" = "button"): Promise<void> {
  if (open === "Enter") await page.keyboard.press("Enter");
  else await page.getByRole("button", { name: "Annotatie toevoegen" }).click();
  await expect(page.getByLabel("Aantekening", { exact: true })).toBeFocused();
  await page.getByLabel("Aantekening", { exact: true }).fill(body);
  await page.getByLabel("Soort").selectOption({ label: type });
  const highlights = await coreText(page).locator('a[id^="markering-"]').count();
  await page.getByRole("button", { name: "Aantekening opslaan" }).click();
  await expect(page.getByRole("button", { name: "Aantekening opslaan" })).toHaveCount(0);
  await expect(page.getByText("De aantekening is geplaatst.")).toBeVisible();
  // The text has its new highlight (and reference number) before anything else is selected.
  await expect(coreText(page).locator('a[id^="markering-"]')).toHaveCount(highlights + 1);
}

test("annoteren, reageren en afhandelen, live bij een collega; een correctie verankert opnieuw en markeert verouderd", async ({ freshPage }) => {
  test.setTimeout(180_000);
  const anouk = await openAs(freshPage, "ambtenaar@zwolle.example", PAGE);
  const bram = await openAs(freshPage, "ambtenaar2@zwolle.example", PAGE);
  await expect(annotationList(bram).getByRole("heading", { level: 2 })).toHaveText("Aantekeningen (0)");

  // Keyboard: into the text, Shift + arrow keys select "Internationale", Enter opens the form.
  await coreText(anouk).focus();
  for (let step = 0; step < "Internationale".length; step += 1) await anouk.keyboard.press("Shift+ArrowRight");
  await expect(anouk.getByText("Geselecteerd: “Internationale”")).toBeVisible();
  await annotate(anouk, "Dit speelt bij ons in Stadshagen.\nZie raadsbesluit 2024-13.", "Beleid", "Enter");
  const first = item(anouk, /^1\. Beleid – Anouk Ambtenaar/);
  await expect(first.getByRole("blockquote")).toHaveText(/Internationale$/);
  await expect(coreText(anouk).locator("mark")).toHaveText(["Internationale"]);

  // Bram sees it without reloading, and replies.
  const atBram = item(bram, /^1\. Beleid – Anouk Ambtenaar/);
  await expect(atBram).toBeVisible();
  await expect(atBram.getByText("Dit speelt bij ons in Stadshagen.")).toBeVisible();
  await atBram.getByLabel("Reageren op aantekening 1").fill("Klopt, zie ook de lokale monitor.");
  await atBram.getByRole("button", { name: "Reactie plaatsen" }).click();
  await expect(first.getByText("Klopt, zie ook de lokale monitor.")).toBeVisible();
  // Only the author (or a griffier) resolves; Bram cannot.
  await expect(atBram.getByRole("button", { name: "Afhandelen" })).toHaveCount(0);
  await first.getByRole("button", { name: "Afhandelen" }).click();
  await expect(atBram.getByText(/Afgehandeld door Anouk Ambtenaar/)).toBeVisible();
  await first.getByRole("button", { name: "Heropenen" }).click();
  await expect(atBram.getByText(/ · Open$/)).toBeVisible();

  // The author edits her note; Bram sees the new text.
  await first.getByRole("button", { name: "Bewerken" }).click();
  await first.getByLabel("Aantekening", { exact: true }).fill("Dit speelt bij ons in Stadshagen en Berkum.");
  await first.getByRole("button", { name: "Wijziging opslaan" }).click();
  await expect(atBram.getByText("Dit speelt bij ons in Stadshagen en Berkum.")).toBeVisible();
  await expect(atBram.getByRole("button", { name: "Bewerken" })).toHaveCount(0);

  // The highlight and the list item link to each other.
  await coreText(anouk).getByRole("link", { name: /aantekening 1 .*naar de aantekening/ }).click();
  await expect(anouk).toHaveURL(/#aantekening-/);
  await first.getByRole("link", { name: "Naar de passage in de tekst" }).click();
  await expect(anouk).toHaveURL(/#markering-/);

  // Mouse: two passages of block b-body-03; the first will be deleted by the redactie.
  await selectWords(anouk, "b-body-03", "Overijsselse", "gegroeid");
  await expect(anouk.getByText(/^Geselecteerd: “Overijsselse economie is in de periode 2019 tot en met 2024 gegroeid\.?”$/)).toBeVisible();
  await annotate(anouk, "Groei in Zwolle lag hoger.", "Lokale data");
  await selectWords(anouk, "b-body-03", "compensatiemaatregelen", "compensatiemaatregelen");
  await expect(anouk.getByText(/^Geselecteerd: “compensatiemaatregelen\.?”$/)).toBeVisible();
  await annotate(anouk, "Welke regelingen liepen hier?", "Vraag");
  await expect(annotationList(bram).getByRole("heading", { level: 2 })).toHaveText("Aantekeningen (3)");
  await expectNoSeriousAxeViolations(anouk);
  // Zwolle has local work on this trend (a section with a status), which a correction can outdate.
  await anouk.getByLabel("Status", { exact: true }).selectOption({ label: "Concept" });
  await anouk.getByRole("button", { name: "Status en relevantie opslaan" }).click();
  await expect(anouk.getByText("Status en relevantie zijn opgeslagen.")).toBeVisible();

  // The redactie corrects b-body-03.
  const redactie = await openAs(freshPage, "redactie@trendbureau.example", "/");
  await redactie.getByRole("link", { name: "Redactie", exact: true }).click();
  await expect(redactie.getByRole("heading", { level: 1 })).toHaveText("Kerntekst corrigeren");
  await expectNoSeriousAxeViolations(redactie);
  await redactie.getByRole("main").getByRole("link", { name: "Regionale economie", exact: true }).click();
  await expect(redactie).toHaveURL(new RegExp(`/redactie/lemma/${LEMMA}$`));
  const block = redactie.locator("li#b-body-03");
  await expect(block.getByRole("paragraph").filter({ hasText: ORIGINAL_03 })).toBeVisible();
  await block.getByText("Dit blok corrigeren").click();
  await block.getByLabel("Gecorrigeerde tekst").fill(CORRECTED_03);
  await block.getByLabel("Reden van de correctie").fill("Eerste zin dubbel met de grafiek; grammatica");
  await block.getByRole("button", { name: "Correctie opslaan" }).click();
  await expect(block.getByText(/Versie 1 is opgeslagen\. Aantekeningen: 1 opnieuw verankerd, 1 losgeraakt\./)).toBeVisible();
  await expectNoSeriousAxeViolations(redactie);

  // Anouk's page follows live: one annotation still on its passage, one orphan, verouderd.
  const orphans = anouk.getByRole("region", { name: /^Losgeraakte annotaties/ });
  await expect(orphans.getByRole("heading", { level: 3 })).toHaveText("Losgeraakte annotaties (1)");
  await expect(orphans.getByText("Groei in Zwolle lag hoger.")).toBeVisible();
  await expect(item(anouk, /^2\. Vraag – Anouk/).getByRole("blockquote")).toHaveText(/compensatiemaatregelen\.?$/);
  await expect(coreText(anouk).locator("mark")).toHaveText(["Internationale", /^compensatiemaatregelen\.?$/]);
  await expect(coreText(anouk).locator("#b-body-03")).toContainText("corona-maatregelen is in de jaren daarna");
  const outdated = anouk.getByRole("region", { name: "Verouderd: de kerntekst is gewijzigd" });
  await expect(outdated.getByRole("group", { name: "Wijziging 1 in de kerntekst" }).locator("del").first()).toContainText("Overijsselse economie");
  await expectNoSeriousAxeViolations(anouk);

  // Re-attach the orphan to a passage of the corrected text, then mark the section reviewed.
  await selectWords(anouk, "b-body-03", "economische", "dip");
  await orphans.getByRole("button", { name: "Koppelen aan de geselecteerde passage" }).click();
  await expect(annotationList(anouk).getByRole("heading", { level: 2 })).toHaveText("Aantekeningen (3)");
  await expect(orphans).toHaveCount(0);
  await outdated.getByRole("button", { name: "Gemarkeerd als bekeken" }).click();
  await expect(outdated).toHaveCount(0);
  const reattached = item(anouk, /Lokale data – Anouk/);
  await expect(reattached.getByRole("blockquote")).toHaveText(/economische dip$/);
  await reattached.getByRole("button", { name: "Verwijderen" }).click();
  await reattached.getByRole("button", { name: "Ja, verwijderen" }).click();
  await expect(annotationList(bram).getByRole("heading", { level: 2 })).toHaveText("Aantekeningen (2)");

  // Readers see the corrected text, and the block's history.
  const reader = await freshPage();
  await expect(async () => {
    await reader.goto(`/lemma/${LEMMA}`);
    await expect(reader.locator("#b-body-03")).toHaveText(CORRECTED_03, { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expectNoSeriousAxeViolations(reader);
  await reader.getByRole("link", { name: "Geschiedenis van blok b-body-03" }).click();
  await expect(reader.getByRole("heading", { level: 2, name: "Versie 1" })).toBeVisible();
  await expect(reader.getByText(/Rosa Redactie \(Trendbureau\), .*Reden: Eerste zin dubbel met de grafiek; grammatica/)).toBeVisible();
  await expect(reader.getByRole("group", { name: "Wijzigingen in versie 1" }).locator("del").first()).toContainText("Overijsselse economie");
  await expectNoSeriousAxeViolations(reader);

  // Enschede sees none of it.
  const enschede = await openAs(freshPage, "ambtenaar@enschede.example", `/g/enschede/lemma/${LEMMA}`);
  await expect(annotationList(enschede).getByRole("heading", { level: 2 })).toHaveText("Aantekeningen (0)");
  await expect(enschede.getByText("Dit speelt bij ons in Stadshagen.")).toHaveCount(0);
  expect((await enschede.request.get(`/api/g/zwolle/annotaties.jsonld?lemma=${LEMMA}`)).status()).toBe(403);

  // Zwolle exports (W3C JSON-LD); Enschede imports the file through the form.
  const exported = await anouk.request.get(`/api/g/zwolle/annotaties.jsonld?lemma=${LEMMA}`);
  expect(exported.headers()["content-type"]).toContain("application/ld+json");
  const collection = (await exported.json()) as { type: string; first: { items: { motivation: string }[] } };
  expect(collection.type).toBe("AnnotationCollection");
  expect(collection.first.items.map((annotation) => annotation.motivation)).toEqual(["commenting", "replying", "commenting"]);
  await enschede.getByLabel("Aantekeningen importeren").setInputFiles({ name: "zwolle.jsonld", mimeType: "application/ld+json", buffer: await exported.body() });
  await enschede.getByRole("button", { name: "Importeren", exact: true }).click();
  await expect(enschede.getByText("Geïmporteerd: 2 aantekening(en), waarvan 0 losgeraakt, en 1 reactie(s); 0 waren er al.")).toBeVisible();
  await expect(annotationList(enschede).getByRole("heading", { level: 2 })).toHaveText("Aantekeningen (2)");
  // A file that is not JSON-LD is refused with a message; nothing is lost.
  await enschede.getByLabel("Aantekeningen importeren").setInputFiles({ name: "fout.jsonld", mimeType: "application/ld+json", buffer: Buffer.from("{ geen json") });
  await enschede.getByRole("button", { name: "Importeren", exact: true }).click();
  await expect(enschede.getByRole("main").getByRole("alert")).toHaveText("Het bestand is geen geldige JSON. Kies een .jsonld-bestand zoals de export het maakt.");
  await expect(annotationList(enschede).getByRole("heading", { level: 2 })).toHaveText("Aantekeningen (2)");
});
