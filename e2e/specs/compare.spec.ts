// Comparing gemeenten (issue 8): the griffiers of Zwolle and Enschede write and publish a
// section through the real UI; a visitor picks gemeenten, switches to the word diff, opens the
// overview and downloads its CSV. A draft written after publishing never appears.
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures/fresh-page.ts";
import { expectNoSeriousAxeViolations } from "../fixtures/axe.ts";
import { publish } from "../fixtures/publish.ts";
import { signIn } from "../fixtures/sign-in.ts";

// A lemma no other spec writes in.
const LEMMA = "herontdekking-van-de-gemeenschap";
const TITLE = "Herontdekking van de gemeenschap";
const TEXTS = {
  zwolle: "In Zwolle bloeien buurthuizen en vrijwilligers organiseren de wijkfeesten zelf.",
  enschede: "In Enschede dragen studenten en buurthuizen samen de nieuwe wijkcooperaties.",
};
const DRAFT_AFTER_PUBLISHING = "Geheim concept dat na het publiceren is geschreven.";

const editor = (page: Page) => page.getByRole("textbox", { name: "Lokale relevantie" });
const saveIndicator = (page: Page) => page.getByRole("status").filter({ hasText: /Opgeslagen|Opslaan|Offline/ });

async function writeSection(page: Page, gemeente: string, text: string): Promise<void> {
  await page.goto(`/g/${gemeente}/lemma/${LEMMA}`);
  await expect(editor(page)).toHaveAttribute("contenteditable", "true");
  await editor(page).click();
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.keyboard.type(text);
  await expect(saveIndicator(page)).toHaveText("Opgeslagen");
}

/** The griffier writes the section, rates it, and publishes it openly. */
async function writeAndPublish(freshPage: () => Promise<Page>, gemeente: "zwolle" | "enschede", rating: string): Promise<Page> {
  const page = await freshPage();
  await signIn(page, `griffier@${gemeente}.example`, `/g/${gemeente}/lemma/${LEMMA}`);
  await writeSection(page, gemeente, TEXTS[gemeente]);
  await page.getByLabel("Status", { exact: true }).selectOption({ label: "Gereed" });
  await page.getByLabel("Relevantie", { exact: true }).selectOption({ label: rating });
  await page.getByRole("button", { name: "Status en relevantie opslaan" }).click();
  await expect(page.locator(".form-notice")).toBeVisible();

  await publish(page, gemeente, { lemmas: [new RegExp(TITLE)], visibility: "Openbaar", coverNote: "Geachte raad, hierbij onze lezing van de trend." });
  return page;
}

test("gemeenten vergelijken, het verschil zien, het overzicht en de CSV; concepten blijven binnen", async ({ freshPage, page }) => {
  test.setTimeout(240_000);
  const zwolle = await writeAndPublish(freshPage, "zwolle", "Hoog");
  const enschede = await writeAndPublish(freshPage, "enschede", "Middel");
  // Written after publishing: a draft, which must stay inside Zwolle's workspace.
  await writeSection(zwolle, "zwolle", DRAFT_AFTER_PUBLISHING);

  // Too few gemeenten: a clear message, the choice kept in the picker.
  await page.goto(`/vergelijk/${LEMMA}?gemeenten=zwolle`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Vergelijken: ${TITLE}`);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Kies ten minste 2 gemeenten om te vergelijken; u koos er 1.");
  await expect(page.getByRole("checkbox", { name: "Zwolle", exact: true })).toBeChecked();
  await page.getByRole("checkbox", { name: "Enschede", exact: true }).check();
  await page.getByRole("button", { name: "Vergelijken" }).click();
  // The picker's choice becomes the shareable address.
  await expect(page).toHaveURL(new RegExp(`/vergelijk/${LEMMA}\\?gemeenten=enschede,zwolle$`));
  const zwolleColumn = page.getByRole("region", { name: "Zwolle", exact: true });
  const enschedeColumn = page.getByRole("region", { name: "Enschede", exact: true });
  await expect(zwolleColumn).toContainText(TEXTS.zwolle);
  await expect(zwolleColumn).toContainText("Hoog");
  await expect(enschedeColumn).toContainText(TEXTS.enschede);
  await expect(enschedeColumn).toContainText("Middel");
  await expect(zwolleColumn.getByRole("list", { name: "Onderscheidende woorden van Zwolle" })).toContainText("vrijwilligers");
  await expect(enschedeColumn.getByRole("list", { name: "Onderscheidende woorden van Enschede" })).toContainText("studenten");
  await expect(zwolleColumn.getByRole("link", { name: /Publicatie versie \d+ van Zwolle/ })).toBeVisible();
  await expect(page.getByText(DRAFT_AFTER_PUBLISHING)).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);

  // On a phone the columns are stacked.
  await page.setViewportSize({ width: 375, height: 800 });
  const [first, second] = [await enschedeColumn.boundingBox(), await zwolleColumn.boundingBox()];
  expect(second!.y).toBeGreaterThanOrEqual(first!.y + first!.height);
  await page.setViewportSize({ width: 1280, height: 800 });

  // Word diff between the two.
  await page.getByRole("link", { name: /Toon het verschil tussen Enschede en Zwolle/ }).click();
  await expect(page).toHaveURL(/modus=verschil/);
  const diff = page.getByRole("group", { name: "Verschil tussen Enschede en Zwolle" });
  await expect(diff.locator("del")).toContainText(["studenten"]);
  await expect(diff.locator("ins").first()).toBeVisible();
  await expect(diff).toContainText("vrijwilligers");
  await expect(page.getByText(DRAFT_AFTER_PUBLISHING)).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);

  // The editor's panel: Enschede's published text, not Zwolle's own.
  await enschede.goto(`/g/enschede/lemma/${LEMMA}`);
  const panel = enschede.getByRole("region", { name: "Wat schrijven andere gemeenten?" });
  await panel.locator("summary", { hasText: "Zwolle" }).click();
  await expect(panel).toContainText(TEXTS.zwolle);
  await expect(panel).not.toContainText(DRAFT_AFTER_PUBLISHING);
  await expect(panel).not.toContainText(TEXTS.enschede);

  // The overview: sortable table, cells link to the comparison.
  await page.goto("/overzicht");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Overzicht van de provincie");
  await expect(page.getByRole("heading", { name: "Voortgang van alle werkruimten" })).toHaveCount(0);
  await page.getByRole("link", { name: `L ${TITLE} (sorteer op relevantie)` }).click();
  await expect(page).toHaveURL(new RegExp(`sorteer=${LEMMA}&richting=oplopend`));
  await expect(page.getByRole("columnheader", { name: /^L/ })).toHaveAttribute("aria-sort", "ascending");
  const rows = page.getByRole("table").first().locator("tbody tr th");
  await expect(rows.nth(0)).toHaveText("Zwolle");
  await expect(rows.nth(1)).toHaveText("Enschede");
  await expectNoSeriousAxeViolations(page);

  // CSV download.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /Download het overzicht als CSV/ }).click()]);
  expect(download.suggestedFilename()).toBe("trendweb-overzicht.csv");
  const csv = await readFile((await download.path())!, "utf8");
  expect(csv.startsWith("\uFEFFGemeente;CBS-code;Publicatie;")).toBe(true);
  const lines = csv.slice(1).split("\r\n");
  const column = lines[0]!.split(";").indexOf(`L. ${TITLE}`);
  expect(column).toBeGreaterThan(0);
  expect(lines.find((line) => line.startsWith("Zwolle;"))!.split(";")[column]).toBe("Hoog");
  expect(lines.find((line) => line.startsWith("Enschede;"))!.split(";")[column]).toBe("Middel");
  expect(lines.find((line) => line.startsWith("Almelo;"))!.split(";")[column]).toBe("niet gepubliceerd");
  expect(csv).not.toContain(DRAFT_AFTER_PUBLISHING);

  // A cell leads to the comparison of that lemma, with that gemeente first.
  const zwolleCell = page.getByRole("row", { name: /^Zwolle/ }).locator(`a[href^="/vergelijk/${LEMMA}?"]`);
  await expect(zwolleCell).toHaveAccessibleName("Hoog");
  await zwolleCell.click();
  await expect(page).toHaveURL(new RegExp(`/vergelijk/${LEMMA}\\?gemeenten=zwolle,enschede`));

  // The redactie also sees the progress of every workspace (counts only).
  const redactie = await freshPage();
  await signIn(redactie, "redactie@trendbureau.example", "/overzicht");
  await expect(redactie.getByRole("heading", { name: "Voortgang van alle werkruimten" })).toBeVisible();
  await expect(redactie.getByRole("row", { name: /^Zwolle/ }).last()).toBeVisible();
  await expect(redactie.getByText(DRAFT_AFTER_PUBLISHING)).toHaveCount(0);
  await expectNoSeriousAxeViolations(redactie);
});
