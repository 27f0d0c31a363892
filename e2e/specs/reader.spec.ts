// The public reader: HET WEB, DE LIJST, lemma and thread pages, search, 404 — without login.
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "../fixtures/axe.ts";

const web = (page: Page) => page.getByRole("group", { name: "Het web" });
const webNode = (page: Page, letter: string) => web(page).locator(`a[data-letter="${letter}"]`);

test("het web leidt naar een trend, en 'Lees meer over' naar de volgende", async ({ page }) => {
  await page.goto("/");
  await web(page).getByRole("link", { name: "A. Van mobiliteit naar bereikbaarheid" }).click();
  await expect(page).toHaveURL(/\/lemma\/van-mobiliteit-naar-bereikbaarheid$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Van mobiliteit naar bereikbaarheid");
  await expect(page).toHaveTitle("A. Van mobiliteit naar bereikbaarheid – Trendweb Lokaal");

  const readMore = page.getByRole("region", { name: "Lees meer over" });
  await expect(readMore.getByRole("link")).toHaveText([
    "Woningbouw: op zoek naar balans tussen vraag en aanbod",
    "Demografische ontwikkelingen",
    "Bestaans(on)zekerheid",
    "Een arbeidsmarkt met steeds meer gaten",
  ]);
  await readMore.getByRole("link", { name: "Bestaans(on)zekerheid" }).click();
  await expect(page).toHaveURL(/\/lemma\/bestaansonzekerheid$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bestaans(on)zekerheid");
});

test("het web werkt met het toetsenbord: Tab licht de verbonden trends op, Enter opent", async ({ page }) => {
  await page.goto("/");
  // The link just before the web; from there Tab walks the nodes in letter order.
  await page.getByRole("link", { name: "Lees de inleiding" }).focus();
  await page.keyboard.press("Tab");
  await expect(webNode(page, "A")).toBeFocused();
  await page.keyboard.press("Tab");
  const b = webNode(page, "B");
  await expect(b).toBeFocused();
  await expect(b).toHaveAttribute("data-state", "active");
  await expect(web(page)).toHaveAttribute("data-active", "B");
  // B refers to E, K, R, S; J, S and T refer to B.
  for (const letter of ["E", "J", "K", "R", "S", "T"]) await expect(webNode(page, letter)).toHaveAttribute("data-state", "linked");
  for (const letter of ["A", "C", "D"]) await expect(webNode(page, letter)).not.toHaveAttribute("data-state");
  await expect(web(page).locator('path[data-edge="B-E"]')).toHaveAttribute("data-state", "active");
  // The text equivalent of the node, for screen readers.
  await expect(b).toHaveAccessibleDescription("Verbonden met E, J, K, R, S en T");

  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/lemma\/regionale-economie$/);
});

test("de lijst staat op alfabet, met de letters", async ({ page }) => {
  await page.goto("/");
  const items = page.getByRole("list", { name: "De lijst" }).getByRole("listitem");
  await expect(items).toHaveCount(20);
  const titles = await items.getByRole("link").allTextContents();
  expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, "nl")));
  expect(titles[0]).toBe("Ambt onder druk");
  await expect(items.first()).toContainText("O");
  // The gemeenten list stays below (home.spec.ts checks it in detail).
  await expect(page.getByRole("list", { name: "Overijsselse gemeenten" }).getByRole("listitem")).toHaveCount(25);
});

test("een trendpagina toont kaders, figuren met bron, relevantie, gemeenten en vorige/volgende", async ({ page }) => {
  await page.goto("/lemma/woningbouw-op-zoek-naar-balans-tussen-vraag-en-aanbod");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Woningbouw: op zoek naar balans tussen vraag en aanbod");

  const figure = page.locator("figure#c-fig-01");
  await expect(figure).toContainText("Afbeelding niet beschikbaar in deze versie");
  await expect(figure.locator("figcaption")).toContainText("Figuur 1: Woonsituatie 18- tot 30-jarigen in Nederland.");
  await expect(figure.locator("figcaption")).toContainText("Bron: CBS");

  await expect(page.getByRole("complementary", { name: "Wat is betaalbaar?" })).toContainText("€ 405.000");
  await expect(page.locator("#c-body-01")).toContainText("De beschikbaarheid van passende woningen");

  const relevance = page.getByRole("region", { name: "Relevantie voor Overijsselse gemeenten" });
  await expect(relevance.getByRole("paragraph").first()).toBeVisible();

  await expect(page.getByRole("list", { name: "Genoemde gemeenten" })).toContainText("Olst-Wijhe (1×)");

  const pager = page.getByRole("navigation", { name: "Vorige en volgende trend" });
  await expect(pager.getByRole("link", { name: /Vorige trend/ })).toContainText("B. Regionale economie");
  await pager.getByRole("link", { name: /Volgende trend/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Droger en natter: naar een watersysteem met draagkracht");
});

test("een te controleren alinea krijgt een zichtbare melding", async ({ page }) => {
  await page.goto("/lemma/toenemend-debat-over-zorg-en-gezondheid");
  const flagged = page.locator('[data-needs-review="true"]');
  await expect(flagged).toHaveCount(1);
  await expect(flagged).toContainText("nog niet nagekeken");
  // H has no "Lees meer over" list; A has no previous lemma.
  await expect(page.getByRole("region", { name: "Lees meer over" })).toHaveCount(0);
  await page.goto("/lemma/van-mobiliteit-naar-bereikbaarheid");
  await expect(page.getByRole("link", { name: /Vorige trend/ })).toHaveCount(0);
});

test("een rode draad en de inleiding zijn te lezen vanuit het web", async ({ page }) => {
  await page.goto("/");
  await web(page).getByRole("link", { name: "Rode draad 2: Waarden en ethiek" }).click();
  await expect(page).toHaveURL(/\/rode-draden\/waarden-en-ethiek$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Waarden en ethiek");
  await expect(page.locator("#draad-2-01")).toContainText("waarden en ethiek");
  await expectNoSeriousAxeViolations(page);

  await page.getByRole("link", { name: "Inleiding op de rode draden" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Inleiding");
  await expect(page.locator("#intro-01")).toContainText("Dit is de derde editie");
  await expect(page.getByRole("heading", { name: "De drie rode draden in dit Trendweb" })).toBeVisible();
});

test("zoeken vindt verbogen woorden en markeert ze", async ({ page }) => {
  await page.goto("/zoeken");
  await expect(page.getByRole("search")).toBeVisible();
  await expect(page.getByText("‘gemeente’ vindt ook ‘gemeenten’")).toBeVisible();

  await page.getByLabel("Zoekterm").fill("gemeente");
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(page).toHaveURL(/\/zoeken\?q=gemeente$/);
  const results = page.getByRole("list", { name: /resultaten voor ‘gemeente’/ });
  await expect(results.getByRole("listitem").first()).toBeVisible();
  const marked = (await results.locator("mark").allTextContents()).map((text) => text.toLowerCase());
  expect(marked).toContain("gemeenten");
  await expectNoSeriousAxeViolations(page);

  await page.goto("/zoeken?q=ondermijning");
  const first = page.getByRole("list", { name: /resulta/ }).getByRole("listitem").first();
  await expect(first.getByRole("link")).toHaveText("In de frontlinie tegen ondermijning");
  await expect(first.locator("mark").first()).toHaveText("ondermijning");
  await first.getByRole("link").click();
  await expect(page).toHaveURL(/\/lemma\/in-de-frontlinie-tegen-ondermijning$/);

  await page.goto("/zoeken?q=xyzzyquux");
  await expect(page.getByRole("heading", { name: "Geen resultaten voor ‘xyzzyquux’" })).toBeVisible();
  await expect(page.getByText("Probeer een ander of algemener woord")).toBeVisible();
});

test("een onbekende trend geeft een Nederlandse 404-pagina", async ({ page }) => {
  const response = await page.goto("/lemma/bestaat-niet");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pagina niet gevonden");
  await expect(page.getByRole("link", { name: "Naar het web en de lijst van alle trends" })).toBeVisible();
  expect((await page.goto("/rode-draden/bestaat-niet"))?.status()).toBe(404);
});

test("de lezer is toegankelijk (axe) op de startpagina en een trend", async ({ page }) => {
  await page.goto("/");
  await expectNoSeriousAxeViolations(page);
  await page.goto("/lemma/woningbouw-op-zoek-naar-balans-tussen-vraag-en-aanbod");
  await expectNoSeriousAxeViolations(page);
});

test("een trend is leesbaar op een telefoon en afdrukbaar zonder kop, voet en navigatie", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/lemma/digitale-overheid-kwetsbaarheden-en-kansen");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("contentinfo")).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Vorige en volgende trend" })).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});
