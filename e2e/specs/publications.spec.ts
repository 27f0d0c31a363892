import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "../fixtures/axe.ts";
import { chooseLemmas, publish } from "../fixtures/publish.ts";
import { signIn } from "../fixtures/sign-in.ts";

/** Publishes Regionale economie as the signed-in griffier; returns the new version's path. */
const publishEconomie = (page: Page, visibility: "Openbaar" | "Alleen de raad", coverNote: string) =>
  publish(page, "zwolle", { lemmas: [/Regionale economie/], visibility, coverNote });

test("de griffier van Zwolle publiceert; het publiek, de raad en andere gemeenten lezen wat voor hen is", async ({ page, browser }) => {
  // Many pages and sign-ins in one test: allow for a busy machine.
  test.setTimeout(90_000);
  await signIn(page, "griffier@zwolle.example", "/g/zwolle/publicaties");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Publicaties van Zwolle");
  await expect(page.getByRole("button", { name: "Publiceren" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // A refusal keeps what was written.
  await chooseLemmas(page, []);
  await page.getByLabel("Aanbiedingsbrief aan de raad").fill("Een lange brief.");
  await page.getByRole("button", { name: "Publiceren" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Kies ten minste één trend om te publiceren.");
  await expect(page.getByLabel("Aanbiedingsbrief aan de raad")).toHaveValue("Een lange brief.");

  // The public `laatste` page is served from a cache; publishing must move it at once.
  const early = await browser.newPage();
  await early.goto("/g/zwolle/publicaties/laatste");
  const openbaar = await publishEconomie(page, "Openbaar", "Geachte raad,\n\nHierbij de lokale Trendweb.");
  await early.goto("/g/zwolle/publicaties/laatste");
  await expect(early.getByRole("heading", { level: 1 })).toHaveText(`Trendweb Zwolle, versie ${openbaar.split("/").pop()}`);
  await early.close();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Trendweb Zwolle, versie \d+$/);
  await expect(page.getByRole("navigation", { name: "Inhoud" }).getByRole("link")).toHaveText(["B. Regionale economie"]);
  await expect(page.getByText("Hierbij de lokale Trendweb.")).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  const raad = await publishEconomie(page, "Alleen de raad", "Brief alleen voor de raadsleden.");

  const anonymous = await browser.newPage();
  await anonymous.goto(openbaar);
  await expect(anonymous.getByRole("heading", { level: 2, name: /Regionale economie/ })).toBeVisible();
  await anonymous.goto(raad);
  await expect(anonymous).toHaveURL(/\/inloggen\?terug=/);
  await anonymous.goto("/g/zwolle/publicaties");
  await expect(anonymous.getByRole("link", { name: `Versie ${openbaar.split("/").pop()}` })).toBeVisible();
  await expect(anonymous.getByRole("button", { name: "Publiceren" })).toHaveCount(0);
  // Client-side navigation reaches the cached page too.
  await anonymous.getByRole("link", { name: `Versie ${openbaar.split("/").pop()}` }).click();
  await expect(anonymous).toHaveURL(new RegExp(`${openbaar}$`));
  await expect(anonymous.getByRole("heading", { level: 1 })).toHaveText(`Trendweb Zwolle, versie ${openbaar.split("/").pop()}`);
  await anonymous.close();

  const raadslid = await browser.newPage();
  await signIn(raadslid, "raadslid@zwolle.example", raad);
  await expect(raadslid).toHaveURL(new RegExp(`${raad}$`));
  await expect(raadslid.getByText("Brief alleen voor de raadsleden.")).toBeVisible();
  await raadslid.close();

  const enschede = await browser.newPage();
  await signIn(enschede, "griffier@enschede.example");
  const refused = await enschede.goto(raad);
  expect(refused?.status()).toBe(403);
  await enschede.close();

  // Withdrawing keeps the page readable, with the reason.
  await page.goto(openbaar);
  await page.getByLabel("Reden van intrekken").fill("Verkeerde brief meegestuurd.");
  await page.getByRole("button", { name: "Intrekken" }).click();
  await expect(page.getByRole("note", { name: "Ingetrokken" })).toContainText("Verkeerde brief meegestuurd.");
  await expect(page.getByRole("button", { name: "Intrekken" })).toHaveCount(0);
  // The griffie reads the council-only version too: that is now the valid one.
  await expect(page.getByRole("link", { name: `versie ${raad.split("/").pop()}` })).toBeVisible();
  // Everyone gets the withdrawn notice at once, from the (cached) public page too.
  const later = await browser.newPage();
  await later.goto(openbaar);
  await expect(later.getByRole("note", { name: "Ingetrokken" })).toContainText("Verkeerde brief meegestuurd.");
  await expect(later.getByRole("button", { name: "Intrekken" })).toHaveCount(0);
  await later.close();
});
