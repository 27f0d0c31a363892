// The XSS corpus through the real editor (issue 7): typed markup, pasted HTML with scripts,
// event handlers, javascript:/data: links and embedded content go into a section, the
// section is published, and the publication page executes nothing.
import { expect, test, type Page } from "@playwright/test";
import { publish } from "../fixtures/publish.ts";
import { signIn } from "../fixtures/sign-in.ts";

const LEMMA = "ambt-onder-druk";
const editor = (page: Page) => page.getByRole("textbox", { name: "Lokale relevantie" });

const TYPED = `<script>alert("getypt")</script> <img src=x onerror=alert("img")> javascript:alert("tekst")`;
const PASTED_HTML = [
  '<p>Geplakt <script>alert("script")</script><b onclick="alert(\'klik\')">vet</b></p>',
  '<p><a href="javascript:alert(\'js\')">js-link</a> <a href=" JaVaScRiPt:alert(\'hoofd\')">hoofdletters</a> <a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data-link</a> <a href="https://example.org/veilig" onmouseover="alert(\'over\')">veilig</a></p>',
  '<img src=x onerror="alert(\'onerror\')"><svg onload="alert(\'svg\')"></svg><iframe src="javascript:alert(\'iframe\')"></iframe>',
  '<p style="background:url(javascript:alert(\'css\'))" onfocus="alert(\'focus\')" tabindex="0">stijl</p>',
  '<details open ontoggle="alert(\'toggle\')"><summary>x</summary></details><form action="javascript:alert(\'form\')"><button>knop</button></form>',
].join("");

test("een XSS-corpus, getypt en geplakt in de echte editor en gepubliceerd, voert niets uit", async ({ page }) => {
  test.setTimeout(120_000);
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });

  await signIn(page, "griffier@zwolle.example", `/g/zwolle/lemma/${LEMMA}`);
  await expect(editor(page)).toHaveAttribute("contenteditable", "true");
  await expect(page.getByRole("status").filter({ hasText: /Opgeslagen/ })).toHaveText("Opgeslagen");
  await editor(page).click();
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.keyboard.type(TYPED);
  await page.keyboard.press("Enter");
  await editor(page).evaluate((element, html) => {
    const data = new DataTransfer();
    data.setData("text/html", html);
    data.setData("text/plain", "geplakt");
    element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, PASTED_HTML);
  await expect(editor(page)).toContainText("js-link");
  await expect(page.getByRole("status").filter({ hasText: /Opgeslagen|Opslaan/ })).toHaveText("Opgeslagen");

  const publicationPath = await publish(page, "zwolle", { lemmas: [/Ambt onder druk/], visibility: "Openbaar", coverNote: '<script>alert("brief")</script> Geachte raad.' });

  // Read as an anonymous visitor, too, and let any handler have its chance.
  for (const reader of [page, await page.context().browser()!.newPage()]) {
    reader.on("dialog", async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await reader.goto(publicationPath);
    const section = reader.locator(`#trend-${LEMMA}`);
    await expect(section).toContainText(TYPED);
    await expect(section).toContainText("js-link");
    await expect(reader.getByText('<script>alert("brief")</script> Geachte raad.')).toBeVisible();
    for (const element of await section.locator("a, p, strong, b").all()) await element.hover();
    await reader.mouse.move(0, 0);

    const unsafe = await reader.evaluate(() => {
      const main = document.querySelector("main") ?? document.body;
      const found: string[] = [];
      for (const element of Array.from(main.querySelectorAll("*"))) {
        for (const attribute of Array.from(element.attributes)) {
          if (/^on/i.test(attribute.name)) found.push(`${element.tagName} ${attribute.name}`);
          if (attribute.name === "style") found.push(`${element.tagName} style`);
        }
        if (["SCRIPT", "IFRAME", "IMG", "SVG", "OBJECT", "EMBED", "FORM", "DETAILS"].includes(element.tagName.toUpperCase()) && element.closest("[id^=trend-]")) {
          found.push(element.tagName);
        }
      }
      for (const link of Array.from(document.querySelectorAll("a[href]"))) {
        const href = link.getAttribute("href")!.trim().toLowerCase();
        if (href.startsWith("javascript:") || href.startsWith("data:") || href.startsWith("vbscript:")) found.push(`href ${href}`);
      }
      return found;
    });
    expect(unsafe).toEqual([]);
    // The page's own link to the core text is relative; the pasted links that survive are the safe one only.
    const hrefs = await section.locator("a").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
    expect(hrefs.filter((href) => !href.startsWith("/lemma/"))).toEqual(["https://example.org/veilig"]);
    if (reader !== page) await reader.close();
  }
  expect(dialogs).toEqual([]);
});
