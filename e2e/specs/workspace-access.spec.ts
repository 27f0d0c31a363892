import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "../fixtures/axe.ts";
import { signIn } from "../fixtures/sign-in.ts";

test("een ambtenaar van Zwolle ziet de eigen werkruimte en krijgt geen toegang tot Enschede", async ({ page }) => {
  await page.goto("/g/zwolle");
  await expect(page).toHaveURL(/\/inloggen\?terug=%2Fg%2Fzwolle/);
  await expectNoSeriousAxeViolations(page);

  await page.getByLabel("E-mailadres").fill("ambtenaar@zwolle.example");
  await page.getByLabel("Wachtwoord").fill("trendweb-demo");
  await page.getByRole("button", { name: "Inloggen" }).click();

  await expect(page).toHaveURL(/\/g\/zwolle$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Werkruimte Zwolle");
  const lemmas = page.getByRole("table", { name: /De twintig lemma's/ }).getByRole("row");
  await expect(lemmas).toHaveCount(21);
  await expect(page.getByRole("navigation", { name: "Mijn werkruimten" }).getByRole("link")).toHaveText(["Zwolle"]);
  await expectNoSeriousAxeViolations(page);

  const refused = await page.goto("/g/enschede");
  expect(refused?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Geen toegang");

  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page.getByRole("link", { name: "Inloggen" })).toBeVisible();
  await page.goto("/g/zwolle");
  await expect(page).toHaveURL(/\/inloggen/);
});

test("na vijf mislukte pogingen wordt inloggen tijdelijk geblokkeerd, met een duidelijke melding", async ({ page }) => {
  // A fresh address per run: the lockout outlives the test.
  const address = `slot-${Date.now()}@zwolle.example`;
  await page.goto("/inloggen");
  const message = page.getByRole("main").getByRole("alert");
  const attempt = async (password: string) => {
    await page.getByLabel("E-mailadres").fill(address);
    await page.getByLabel("Wachtwoord").fill(password);
    await page.getByRole("button", { name: "Inloggen" }).click();
    // React resets the form when the action has answered: the password is cleared, the
    // address is kept for the next try.
    await expect(page.getByLabel("Wachtwoord")).toHaveValue("");
    await expect(page.getByLabel("E-mailadres")).toHaveValue(address);
  };
  for (let failure = 1; failure <= 5; failure++) {
    await attempt(`fout-${failure}`);
    await expect(message).toHaveText(/e-mailadres of het wachtwoord klopt niet/);
  }
  await attempt("nog-een-keer");
  await expect(message).toHaveText(/Te veel mislukte inlogpogingen\. Wacht 15 minuten/);
});

test("een beheerder nodigt iemand uit, die in een tweede browser een account maakt en meteen in de werkruimte zit", async ({
  page,
  browser,
}) => {
  await signIn(page, "beheer@zwolle.example", "/g/zwolle/leden");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Leden van de werkruimte Zwolle");
  await expectNoSeriousAxeViolations(page);

  await page.getByLabel("E-mailadres").fill(`nieuwe.collega-${Date.now()}@zwolle.example`);
  await page.getByLabel("Rol").selectOption("AMBTENAAR");
  await page.getByRole("button", { name: "Uitnodigen" }).click();
  const link = await page.getByLabel("Uitnodigingslink").inputValue();
  expect(link).toMatch(/\/uitnodiging\/[\w-]{40,}$/);

  const other = await browser.newContext();
  const invitee = await other.newPage();
  await invitee.goto(link);
  await expect(invitee.getByRole("heading", { level: 1 })).toHaveText("Uitnodiging voor Zwolle");
  await expectNoSeriousAxeViolations(invitee);
  const name = `Nieuwe Collega ${Date.now()}`;
  await invitee.getByLabel("Uw naam").fill(name);
  await invitee.getByLabel("Kies een wachtwoord").fill("een lange wachtzin voor zwolle");
  await invitee.getByRole("button", { name: "Account maken en uitnodiging aannemen" }).click();
  await expect(invitee).toHaveURL(/\/g\/zwolle$/);
  await expect(invitee.getByRole("heading", { level: 1 })).toHaveText("Werkruimte Zwolle");

  // The link works once.
  await invitee.goto(link);
  await expect(invitee.getByRole("status")).toHaveText("Deze uitnodiging is al gebruikt.");
  await other.close();

  await page.reload();
  await expect(page.getByRole("list", { name: "Leden" })).toContainText(name);
  await expect(page.getByRole("table")).toContainText("uitnodiging aangenomen");
});
