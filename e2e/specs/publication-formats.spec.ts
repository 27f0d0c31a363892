// A publication in its other forms (issue 7): the PDF download (its text extracted here),
// the diff after a second publication, JSON and the Atom feed for OPENBAAR versions only,
// and the raad's notifications. Axe on every new page.
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { expectNoSeriousAxeViolations } from "../fixtures/axe.ts";
import { publish } from "../fixtures/publish.ts";
import { signIn } from "../fixtures/sign-in.ts";

const LEMMA = "digitale-overheid-kwetsbaarheden-en-kansen";
const TITLE = "T. Digitale overheid: kwetsbaarheden en kansen";
const editor = (page: Page) => page.getByRole("textbox", { name: "Lokale relevantie" });
const saved = (page: Page) => page.getByRole("status").filter({ hasText: /Opgeslagen|Opslaan/ });

async function writeSection(page: Page, text: string): Promise<void> {
  await page.goto(`/g/zwolle/lemma/${LEMMA}`);
  await expect(editor(page)).toHaveAttribute("contenteditable", "true");
  await expect(saved(page)).toHaveText("Opgeslagen");
  await editor(page).click();
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.keyboard.type(text);
  await expect(saved(page)).toHaveText("Opgeslagen");
}

const publishSection = (page: Page, visibility: "Openbaar" | "Alleen de raad") =>
  publish(page, "zwolle", { lemmas: [/Digitale overheid/], visibility, coverNote: "Geachte raad,\n\nDe digitale trend." });

test("PDF, verschil, JSON, Atom-feed en meldingen van een publicatie", async ({ page, browser }) => {
  test.setTimeout(180_000);
  await signIn(page, "griffier@zwolle.example", `/g/zwolle/lemma/${LEMMA}`);
  await writeSection(page, "Zwolle digitaliseert de dienstverlening voor alle inwoners.");
  const first = await publishSection(page, "Openbaar");

  // The PDF, downloaded as a browser does, with the lemma title in its text and contents.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download als PDF" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^trendweb-zwolle-versie-\d+\.pdf$/);
  const pdf = await getDocumentProxy(new Uint8Array(await readFile((await download.path())!)));
  const { text: pages } = await extractText(pdf, { mergePages: false });
  expect(pages[0]).toContain(`Trendweb Zwolle, versie ${first.split("/").pop()}`);
  expect(pages[1]).toMatch(new RegExp(`^Inhoud\\n${TITLE} 3$`, "m"));
  expect(pages[2]).toContain(TITLE);
  expect(pages[2]).toContain("Zwolle digitaliseert de dienstverlening voor alle inwoners.");

  // A second version with changed text: the diff shows what changed, word by word.
  await writeSection(page, "Zwolle digitaliseert de dienstverlening voor bijna alle bewoners. Ook de raad vergadert digitaal.");
  const second = await publishSection(page, "Openbaar");
  await page.getByRole("link", { name: "Wat is er veranderd?" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Trendweb Zwolle: wat veranderde van versie ${first.split("/").pop()} naar versie ${second.split("/").pop()}`);
  const diff = page.getByRole("group", { name: "Wijzigingen in de tekst bij Digitale overheid: kwetsbaarheden en kansen" });
  await expect(diff.locator("ins")).toContainText(["bijna", "bewoners"]);
  await expect(diff).toContainText("Ook de raad vergadert digitaal.");
  await expect(diff.locator("del")).toHaveText(["[verwijderd: inwoners]"]);
  await expectNoSeriousAxeViolations(page);

  // A council-only version: not in the feed, not readable as JSON without signing in.
  const raad = await publishSection(page, "Alleen de raad");
  const anonymous = await browser.newPage();
  await anonymous.goto("/g/zwolle/publicaties");
  await expect(anonymous.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", "/g/zwolle/publicaties/feed.xml");
  const feed = await (await anonymous.request.get("/g/zwolle/publicaties/feed.xml")).text();
  expect(feed).toContain(`/g/zwolle/publicaties/${second.split("/").pop()}</id>`);
  expect(feed).not.toContain(`/g/zwolle/publicaties/${raad.split("/").pop()}</id>`);
  const json = await anonymous.request.get(`${second}.json`);
  expect(json.status()).toBe(200);
  expect(await json.json()).toMatchObject({ title: `Trendweb Zwolle, versie ${second.split("/").pop()}`, publisher: { cbsCode: "GM0193" }, language: "nl", status: "GELDIG" });
  expect((await anonymous.request.get(`${raad}.json`)).status()).toBe(401);
  await anonymous.close();

  // The raad hears of it in the app.
  // axe needs a page of its own context.
  const raadslidContext = await browser.newContext();
  const raadslid = await raadslidContext.newPage();
  await signIn(raadslid, "raadslid@zwolle.example");
  await raadslid.getByRole("link", { name: /^Meldingen \(\d+ nieuw\)$/ }).click();
  await expect(raadslid).toHaveURL(/\/meldingen$/);
  await expect(raadslid.getByRole("link", { name: `Trendweb Zwolle, versie ${raad.split("/").pop()} is gepubliceerd (alleen voor de raad)` })).toBeVisible();
  await expectNoSeriousAxeViolations(raadslid);
  await raadslid.getByRole("button", { name: "Alles als gelezen markeren" }).click();
  await expect(raadslid.getByText(/meldingen? (is|zijn) als gelezen gemarkeerd/)).toBeVisible();
  await expect(raadslid.getByText("U heeft geen nieuwe meldingen.")).toBeVisible();
  await expect(raadslid.getByRole("link", { name: "Meldingen", exact: true })).toBeVisible();
  await raadslidContext.close();
});
