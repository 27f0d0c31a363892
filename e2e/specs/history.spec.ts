// History of a local section (issue 5): save a named version, view it, and restore it as a
// new change that another editor sees live.
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "../fixtures/axe.ts";
import { signIn } from "../fixtures/sign-in.ts";

// A section no other spec writes in.
const LEMMA = "onzekere-overheidsfinancien";
const SECTION = `/g/zwolle/lemma/${LEMMA}`;
const HISTORY = `${SECTION}/geschiedenis`;

const editor = (page: Page) => page.getByRole("textbox", { name: "Lokale relevantie" });
const saveIndicator = (page: Page) => page.getByRole("status").filter({ hasText: /Opgeslagen|Opslaan|Offline/ });

/** The section's blocks as text, without the carets and names of the others. */
async function sectionText(page: Page): Promise<string[]> {
  return editor(page).evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    copy.querySelectorAll(".collaboration-carets__caret, .ProseMirror-widget").forEach((widget) => widget.remove());
    return Array.from(copy.children, (block) => (block.textContent ?? "").trim());
  });
}

async function openSection(browser: Browser, email: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email, SECTION);
  await expect(page).toHaveURL(new RegExp(`${SECTION}$`));
  await expect(editor(page)).toHaveAttribute("contenteditable", "true");
  return { context, page };
}

test("een versie bewaren, bekijken en terugzetten; een collega ziet het meteen", async ({ browser }) => {
  test.setTimeout(120_000);
  const anouk = await openSection(browser, "ambtenaar@zwolle.example");
  const bram = await openSection(browser, "ambtenaar2@zwolle.example");

  // A known text, durable before it is saved as a version.
  await editor(anouk.page).click();
  await anouk.page.keyboard.press("Control+A");
  await anouk.page.keyboard.press("Delete");
  await anouk.page.keyboard.type("De eerste versie van onze tekst.");
  await expect(saveIndicator(anouk.page)).toHaveText("Opgeslagen");
  const versionName = `Eerste versie ${Date.now()}`;

  const history = await anouk.context.newPage();
  await history.goto(HISTORY);
  await expect(history.getByRole("heading", { level: 1 })).toContainText("Geschiedenis");
  await history.getByLabel("Naam van deze versie").fill(versionName);
  await history.getByRole("button", { name: "Bewaar huidige versie" }).click();
  await expect(history.getByRole("status")).toContainText(`bewaard als “${versionName}”`);
  await expect(history.getByRole("link", { name: versionName })).toBeVisible();
  await expectNoSeriousAxeViolations(history);

  // Writing carries on after the version was saved.
  await anouk.page.keyboard.type(" Later toegevoegd.");
  await expect.poll(() => sectionText(bram.page)).toEqual(["De eerste versie van onze tekst. Later toegevoegd."]);
  await expect(saveIndicator(anouk.page)).toHaveText("Opgeslagen");

  // View the version, then restore it.
  await history.getByRole("link", { name: versionName }).click();
  await expect(history.getByRole("heading", { level: 1 })).toContainText(versionName);
  await expect(history.getByRole("region", { name: /in deze versie/ })).toContainText("De eerste versie van onze tekst.");
  await expect(history.getByRole("region", { name: /in deze versie/ })).not.toContainText("Later toegevoegd");
  await expectNoSeriousAxeViolations(history);
  await history.getByRole("button", { name: "Deze versie terugzetten" }).click();
  await expect(history.getByRole("status")).toContainText("teruggezet");

  // Live in both editors, and saved.
  await expect.poll(() => sectionText(bram.page)).toEqual(["De eerste versie van onze tekst."]);
  await expect.poll(() => sectionText(anouk.page)).toEqual(["De eerste versie van onze tekst."]);
  await expect(saveIndicator(bram.page)).toHaveText("Opgeslagen");

  // The text from before the restore is kept in the history.
  await history.goto(HISTORY);
  await expect(history.getByRole("link", { name: "Vóór het terugzetten van een eerdere versie" }).first()).toBeVisible();
  await history.getByRole("link", { name: "Vóór het terugzetten van een eerdere versie" }).first().click();
  await expect(history.getByRole("region", { name: /in deze versie/ })).toContainText("Later toegevoegd");

  await anouk.context.close();
  await bram.context.close();
});
