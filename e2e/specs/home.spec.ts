import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "../fixtures/axe.ts";

test("de startpagina is Nederlandstalig, toegankelijk en heeft de vaste paginaonderdelen", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await expect(page.getByRole("banner")).toContainText("Trendweb Lokaal");
  await expect(page.getByRole("main")).toBeVisible();
  await expect(page.getByRole("contentinfo")).toContainText("Trendbureau Overijssel");

  // The skip link is the first thing the keyboard reaches and moves focus to the content.
  await page.keyboard.press("Tab");
  const skipLink = page.getByRole("link", { name: "Direct naar de inhoud" });
  await expect(skipLink).toBeFocused();
  await skipLink.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();

  await expectNoSeriousAxeViolations(page);
});

test("de gezondheidscontrole meldt een werkende database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: { status: "ok" } });
});

test("de startpagina toont de 25 gemeenten uit de database", async ({ page }) => {
  await page.goto("/");
  const gemeenten = page.getByRole("list", { name: "Overijsselse gemeenten" }).getByRole("listitem");
  await expect(gemeenten).toHaveCount(25);
  await expect(gemeenten.first()).toHaveText("Almelo");
  await expect(page.getByRole("list", { name: "Overijsselse gemeenten" })).toContainText("Hof van Twente");
});
