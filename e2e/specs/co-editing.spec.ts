// Real-time co-editing of a local section (issue 5): two ambtenaren in two browsers, the
// save indicator, persistence, status and rating, access, the toolbar and link safety.
import { expect, test, type Browser, type BrowserContext, type Page, type WebSocketRoute } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "../fixtures/axe.ts";
import { committedParagraphs } from "../fixtures/database.ts";
import { signIn } from "../fixtures/sign-in.ts";

const LEMMA = "regionale-economie";
const SECTION = `/g/zwolle/lemma/${LEMMA}`;
const ANOUK = "Anouk Ambtenaar (Zwolle)";
const BRAM = "Bram Ambtenaar (Zwolle)";

const editor = (page: Page) => page.getByRole("textbox", { name: "Lokale relevantie" });
const saveIndicator = (page: Page) => page.getByRole("status");
const dashboardRow = (page: Page, title: string) => page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: title }) });

/** Empties the section, so the test also holds on a database where it ran before. */
async function clearSection(page: Page): Promise<void> {
  await editor(page).click();
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await expect.poll(() => sectionText(page)).toEqual([""]);
}

/** The section's blocks as text, without the carets and names of the others. */
async function sectionText(page: Page): Promise<string[]> {
  return editor(page).evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    copy.querySelectorAll(".collaboration-carets__caret, .ProseMirror-widget").forEach((widget) => widget.remove());
    return Array.from(copy.children, (block) => (block.textContent ?? "").trim());
  });
}

async function openSection(browser: Browser, email: string, path = SECTION): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email, path);
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  await expect(editor(page)).toHaveAttribute("contenteditable", "true");
  return { context, page };
}

/** Routes the connections of a browser (or of one tab) to the collaboration server through the
 * test, so they can be cut (offline: open ones closed, new ones refused) and allowed again. */
async function cuttableCollabConnection(target: Pick<BrowserContext, "routeWebSocket">): Promise<{ cut: () => Promise<void>; restore: () => void }> {
  let online = true;
  const open = new Set<{ page: WebSocketRoute; server: WebSocketRoute }>();
  await target.routeWebSocket(
    (url) => url.protocol === "ws:" || url.protocol === "wss:",
    (socket) => {
      if (!online) {
        void socket.close({ code: 1001, reason: "offline" });
        return;
      }
      open.add({ page: socket, server: socket.connectToServer() });
    },
  );
  return {
    cut: async () => {
      online = false;
      for (const { page, server } of open) {
        await server.close();
        await page.close();
      }
      open.clear();
    },
    restore: () => {
      online = true;
    },
  };
}

test("twee ambtenaren schrijven tegelijk, zien elkaar, eindigen gelijk, en de tekst staat in de database", async ({ browser }) => {
  test.setTimeout(120_000);
  const anouk = await openSection(browser, "ambtenaar@zwolle.example");
  const bram = await openSection(browser, "ambtenaar2@zwolle.example");
  await expect(anouk.page.getByRole("heading", { level: 2, name: "Relevantie voor Zwolle" })).toBeVisible();
  // A freshly opened section is confirmed as stored, too.
  await expect(saveIndicator(anouk.page)).toHaveText("Opgeslagen");
  await expect(saveIndicator(bram.page)).toHaveText("Opgeslagen");

  // Each sees the other in "Nu aanwezig".
  await expect(anouk.page.getByRole("list", { name: "Nu aanwezig" })).toContainText(BRAM);
  await expect(bram.page.getByRole("list", { name: "Nu aanwezig" })).toContainText(ANOUK);

  await clearSection(anouk.page);
  await anouk.page.keyboard.type("Anouk begint hier.");
  await expect.poll(() => sectionText(bram.page)).toEqual(["Anouk begint hier."]);

  // Bram starts a second paragraph; then both type at the same time.
  await editor(bram.page).click();
  await bram.page.keyboard.press("Control+End");
  await bram.page.keyboard.press("Enter");
  await Promise.all([
    anouk.page.keyboard.type(" Anouk schrijft verder.", { delay: 25 }),
    bram.page.keyboard.type("Bram schrijft de tweede alinea.", { delay: 25 }),
  ]);

  const expected = ["Anouk begint hier. Anouk schrijft verder.", "Bram schrijft de tweede alinea."];
  await expect.poll(() => sectionText(anouk.page)).toEqual(expected);
  await expect.poll(() => sectionText(bram.page)).toEqual(expected);

  // Live carets with names.
  await expect(anouk.page.locator(".collaboration-carets__label", { hasText: BRAM })).toBeVisible();
  await expect(bram.page.locator(".collaboration-carets__label", { hasText: ANOUK })).toBeVisible();

  await expect(saveIndicator(anouk.page)).toHaveText("Opgeslagen");
  await expect(saveIndicator(bram.page)).toHaveText("Opgeslagen");
  await expect(anouk.page.getByText("72 tekens")).toBeVisible();
  // "Opgeslagen" means committed to PostgreSQL: read it there, while the server still holds it.
  expect(await committedParagraphs(`section/zwolle/${LEMMA}`)).toEqual(expected);

  // The dashboard shows who is editing now, and links to the section.
  const griffier = await browser.newContext();
  const dashboard = await griffier.newPage();
  await signIn(dashboard, "griffier@zwolle.example", "/g/zwolle");
  const row = dashboardRow(dashboard, "B Regionale economie");
  await expect(row).toContainText(ANOUK);
  await expect(row).toContainText(BRAM);

  // Everyone leaves; the collaboration server lets go of the document.
  await anouk.context.close();
  await bram.context.close();
  await expect(async () => {
    await dashboard.reload();
    await expect(dashboardRow(dashboard, "B Regionale economie").getByRole("cell").last()).toHaveText("Niemand");
  }).toPass({ timeout: 20_000 });

  // A fresh browser (empty IndexedDB) gets the text from the server's database.
  await row.getByRole("link", { name: "Regionale economie" }).click();
  await expect(dashboard).toHaveURL(new RegExp(`${SECTION}$`));
  await expect(editor(dashboard)).toHaveAttribute("contenteditable", "true");
  await expect.poll(() => sectionText(dashboard)).toEqual(expected);
  await expect(saveIndicator(dashboard)).toHaveText("Opgeslagen");
  await dashboard.reload();
  await expect.poll(() => sectionText(dashboard)).toEqual(expected);

  // Status and rating, shown on the dashboard with the last editor.
  await dashboard.getByLabel("Status", { exact: true }).selectOption("TER_REVIEW");
  await dashboard.getByLabel("Relevantie", { exact: true }).selectOption("HOOG");
  await dashboard.getByRole("button", { name: "Status en relevantie opslaan" }).click();
  await expect(dashboard.getByText("Status en relevantie zijn opgeslagen.")).toBeVisible();
  await dashboard.goto("/g/zwolle");
  const updated = dashboardRow(dashboard, "B Regionale economie");
  await expect(updated.getByRole("cell").nth(0)).toHaveText("Ter review");
  await expect(updated.getByRole("cell").nth(1)).toHaveText("Hoog");
  await expect(updated.getByRole("cell").nth(2)).toContainText(/door (Anouk|Bram) Ambtenaar \(Zwolle\)/);
  await griffier.close();
});

test("een griffier van Enschede krijgt geen toegang en een raadslid van Zwolle kan niet typen", async ({ browser }) => {
  for (const email of ["griffier@enschede.example", "raadslid@zwolle.example"]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, email);
    const response = await page.goto(SECTION);
    expect(response?.status(), email).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Geen toegang");
    await expect(editor(page)).toHaveCount(0);
    await context.close();
  }
});

test("de werkbalk werkt met het toetsenbord, links zijn alleen http(s) of mailto, en de pagina is toegankelijk", async ({ browser }) => {
  test.setTimeout(90_000);
  const { context, page } = await openSection(browser, "ambtenaar@zwolle.example", "/g/zwolle/lemma/demografische-ontwikkelingen");
  await expect(saveIndicator(page)).toHaveText("Opgeslagen");
  await expectNoSeriousAxeViolations(page);

  const toolbar = page.getByRole("toolbar", { name: "Opmaak" });
  const button = (name: string) => toolbar.getByRole("button", { name, exact: true });
  await expect(toolbar.getByRole("button")).toHaveText(["Kop", "Vet", "Cursief", "Lijst", "Genummerde lijst", "Link", "Ongedaan maken", "Opnieuw"]);

  // A heading, by keyboard: the toolbar is one Tab stop before the text.
  await clearSection(page);
  await page.keyboard.type("Kansen voor Zwolle");
  await page.keyboard.press("Shift+Tab");
  await expect(button("Kop")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(editor(page).locator("h3")).toHaveText("Kansen voor Zwolle");
  await expect(button("Kop")).toHaveAttribute("aria-pressed", "true");

  // Bold, reached with the arrow keys.
  await expect(editor(page)).toBeFocused();
  await page.keyboard.press("End");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("ArrowRight");
  await expect(button("Vet")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(button("Vet")).toHaveAttribute("aria-pressed", "true");
  // The button hands focus back to the text; a key pressed before that would go to the button.
  await expect(editor(page)).toBeFocused();
  await page.keyboard.type("belangrijk");
  await expect(editor(page).locator("strong")).toHaveText("belangrijk");

  // Undo and redo (only one's own changes).
  await page.waitForTimeout(600); // a new undo step starts after a pause
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("End");
  await expect(button("Opnieuw")).toBeFocused();
  await expect(button("Opnieuw")).toHaveAttribute("aria-disabled", "true");
  await page.keyboard.press("ArrowLeft");
  await expect(button("Ongedaan maken")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(editor(page)).not.toContainText("belangrijk");
  await button("Opnieuw").click();
  await expect(editor(page).locator("strong")).toHaveText("belangrijk");

  // Links: javascript: is refused, a bare address becomes https.
  await page.keyboard.press("End");
  await page.keyboard.type(" ");
  await button("Link").click();
  const address = page.getByLabel("Adres van de link");
  await expect(address).toBeFocused();
  await address.fill("javascript:alert(document.domain)");
  await address.press("Enter");
  await expect(page.getByRole("form", { name: "Link" }).getByRole("alert")).toContainText("Dit adres kan geen link worden");
  await address.fill("www.zwolle.nl");
  await address.press("Enter");
  await expect(editor(page).locator('a[href="https://www.zwolle.nl"]')).toHaveText("https://www.zwolle.nl");

  // Pasted HTML keeps safe links only.
  await editor(page).focus();
  await page.keyboard.press("Control+End");
  await editor(page).evaluate((element) => {
    const data = new DataTransfer();
    data.setData(
      "text/html",
      '<p><a href="javascript:alert(1)">kwaad</a> <a href="data:text/html,x">data</a> <a href=" JaVaScRiPt:alert(2)">nog een</a> <a href="https://example.org/">goed</a></p>',
    );
    data.setData("text/plain", "kwaad data nog een goed");
    element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(editor(page)).toContainText("kwaad data nog een goed");
  await expect(editor(page).locator('a[href="https://example.org/"]')).toHaveText("goed");
  const hrefs = await editor(page).locator("a").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  expect(hrefs.every((href) => /^(https?|mailto):/.test(href)), hrefs.join(" ")).toBe(true);

  await expect(saveIndicator(page)).toHaveText("Opgeslagen");
  await expectNoSeriousAxeViolations(page);
  await context.close();
});

test("offline geschreven tekst blijft op het apparaat bewaard en wordt na herverbinden opgeslagen", async ({ browser }) => {
  test.setTimeout(120_000);
  const path = "/g/zwolle/lemma/bestaansonzekerheid";
  const context = await browser.newContext();
  const network = await cuttableCollabConnection(context);
  const page = await context.newPage();
  await signIn(page, "ambtenaar@zwolle.example", path);
  await expect(editor(page)).toHaveAttribute("contenteditable", "true");
  await clearSection(page);
  await page.keyboard.type("Voor de storing.");
  await expect(saveIndicator(page)).toHaveText("Opgeslagen");

  await network.cut();
  await expect(saveIndicator(page)).toHaveText("Offline – wijzigingen blijven bewaard op dit apparaat");
  await page.keyboard.type(" Tijdens de storing.");
  await page.waitForTimeout(500);

  // Still offline after a reload: the text comes from this browser's IndexedDB.
  await page.reload();
  await expect.poll(() => sectionText(page)).toEqual(["Voor de storing. Tijdens de storing."]);
  await expect(saveIndicator(page)).toHaveText("Offline – wijzigingen blijven bewaard op dit apparaat");
  await expect(editor(page)).toHaveAttribute("contenteditable", "true");

  network.restore();
  await expect(saveIndicator(page)).toHaveText("Opgeslagen", { timeout: 60_000 });
  await context.close();

  const other = await openSection(browser, "ambtenaar2@zwolle.example", path);
  await expect.poll(() => sectionText(other.page)).toEqual(["Voor de storing. Tijdens de storing."]);
  await other.context.close();
});

/** The names of the offline copies (IndexedDB databases) this browser holds. */
const offlineCopies = (page: Page) =>
  page.evaluate(async () => (await indexedDB.databases()).map((database) => database.name ?? "").filter((name) => name.startsWith("trendweb-lokaal:")));

test("uitloggen wist de opgeslagen kopieën op het apparaat en bewaart wat de server nog niet heeft", async ({ browser }) => {
  test.setTimeout(120_000);
  const path = "/g/zwolle/lemma/onrust-op-het-wereldtoneel";
  const context = await browser.newContext();
  const network = await cuttableCollabConnection(context);
  const page = await context.newPage();

  // Everything saved on the server: signing out leaves no copy behind.
  await signIn(page, "ambtenaar@zwolle.example", path);
  await expect(editor(page)).toHaveAttribute("contenteditable", "true");
  await clearSection(page);
  await page.keyboard.type("Opgeslagen tekst.");
  await expect(saveIndicator(page)).toHaveText("Opgeslagen");
  expect(await offlineCopies(page)).toHaveLength(1);
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page.getByRole("link", { name: "Inloggen" })).toBeVisible();
  await expect.poll(() => offlineCopies(page)).toEqual([]);

  // Typed while offline: the copy stays through sign-out and is saved after the next sign-in.
  await signIn(page, "ambtenaar@zwolle.example", path);
  await expect(saveIndicator(page)).toHaveText("Opgeslagen");
  await network.cut();
  await expect(saveIndicator(page)).toHaveText("Offline – wijzigingen blijven bewaard op dit apparaat");
  await editor(page).click();
  await page.keyboard.press("End");
  await page.keyboard.type(" Offline erbij.");
  await page.waitForTimeout(500);
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page.getByRole("link", { name: "Inloggen" })).toBeVisible();
  await page.waitForTimeout(500);
  expect(await offlineCopies(page)).toHaveLength(1);

  network.restore();
  await signIn(page, "ambtenaar@zwolle.example", path);
  await expect.poll(() => sectionText(page)).toEqual(["Opgeslagen tekst. Offline erbij."]);
  await expect(saveIndicator(page)).toHaveText("Opgeslagen", { timeout: 60_000 });
  await context.close();

  const other = await openSection(browser, "ambtenaar2@zwolle.example", path);
  await expect.poll(() => sectionText(other.page)).toEqual(["Opgeslagen tekst. Offline erbij."]);
  await other.context.close();
});

test("uitloggen in het ene tabblad bewaart wat een ander tabblad van dezelfde tekst offline schreef", async ({ browser }) => {
  test.setTimeout(120_000);
  const path = "/g/zwolle/lemma/regionale-samenwerking";
  const context = await browser.newContext();
  const tabA = await context.newPage();
  const networkA = await cuttableCollabConnection(tabA);
  await signIn(tabA, "ambtenaar@zwolle.example", path);
  await expect(editor(tabA)).toHaveAttribute("contenteditable", "true");
  await clearSection(tabA);
  await tabA.keyboard.type("Gedeelde tekst.");
  await expect(saveIndicator(tabA)).toHaveText("Opgeslagen");
  const tabB = await context.newPage();
  await tabB.goto(path);
  await expect(saveIndicator(tabB)).toHaveText("Opgeslagen");

  // Tab A loses its connection and writes on; tab B stays online, writes and is saved.
  await networkA.cut();
  await expect(saveIndicator(tabA)).toHaveText("Offline – wijzigingen blijven bewaard op dit apparaat");
  await editor(tabA).click();
  await tabA.keyboard.press("End");
  await tabA.keyboard.type(" Alleen in tab A.");
  await editor(tabB).click();
  await tabB.keyboard.press("End");
  await tabB.keyboard.type(" Uit tab B.");
  await expect(saveIndicator(tabB)).toHaveText("Opgeslagen");

  // Signing out in tab B keeps the copy that holds tab A's text, also once tab A is closed.
  await tabB.getByRole("button", { name: "Uitloggen" }).click();
  await expect(tabB.getByRole("link", { name: "Inloggen" })).toBeVisible();
  await tabA.close();
  await tabB.waitForTimeout(500);
  expect(await offlineCopies(tabB)).toHaveLength(1);

  // Longer than the copy's write margin after tab A's last change (offline-copies.ts).
  await tabB.waitForTimeout(2_500);
  await signIn(tabB, "ambtenaar@zwolle.example", path);
  await expect.poll(async () => (await sectionText(tabB)).join(" ")).toContain("Alleen in tab A.");
  expect((await sectionText(tabB)).join(" ")).toContain("Uit tab B.");
  await expect(saveIndicator(tabB)).toHaveText("Opgeslagen", { timeout: 60_000 });
  await expect.poll(async () => (await committedParagraphs("section/zwolle/regionale-samenwerking")).join(" ")).toContain("Alleen in tab A.");

  // Now everything is on the server and tab A is gone: signing out removes the copy.
  await tabB.getByRole("button", { name: "Uitloggen" }).click();
  await expect(tabB.getByRole("link", { name: "Inloggen" })).toBeVisible();
  await expect.poll(() => offlineCopies(tabB)).toEqual([]);
  await context.close();
});
