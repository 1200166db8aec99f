// The dark theme: cards must stand out from the page (WCAG 1.4.11, non-text contrast 3:1), and
// text on them must still read (axe, run on each page below in the dark scheme).
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";
import type { Locator, Page } from "@playwright/test";

test.use({ colorScheme: "dark" });

/** WCAG contrast ratio of two computed colours ("rgb(…)" or "rgba(…)", opaque). */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = color.match(/[\d.]+/g)!.slice(0, 3).map((part) => {
      const channel = Number(part) / 255;
      return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** The edge of the nearest bordered surface around something on screen, against the page behind it. */
async function edgeContrast(page: Page, inside: Locator) {
  const colors = await inside.evaluate((element) => {
    let surface: Element | null = element;
    while (surface && parseFloat(getComputedStyle(surface).borderTopWidth) === 0) surface = surface.parentElement;
    if (!surface) throw new Error("no bordered surface around the element");
    return { edge: getComputedStyle(surface).borderTopColor, page: getComputedStyle(document.body).backgroundColor };
  });
  expect(colors.edge, "the edge colour is opaque").toMatch(/^rgb\(/);
  return contrast(colors.edge, colors.page);
}

async function expectAxeClean(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(serious.map((violation) => `${violation.id} on ${page.url()}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
}

async function addNadia(page: Page) {
  await page.goto("/contacts/new");
  await page.getByLabel("First name").fill("Nadia");
  await page.getByLabel("Last name").fill("Petrova");
  await page.getByLabel("Notes").fill("Runs the accessibility guild.");
  await page.getByRole("button", { name: "Save contact" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nadia Petrova" })).toBeVisible();
}

test("in the dark theme, cards and lists have an edge at least 3:1 against the page", async ({ page, signedIn }) => {
  void signedIn;
  test.slow(); // three pages, each scanned by the fixture's axe
  await addNadia(page);
  // The scheme really is dark: the page is near black.
  expect(contrast(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), "rgb(0, 0, 0)")).toBeLessThan(1.5);
  expect(await edgeContrast(page, page.getByRole("region", { name: "Notes" }).getByText("Runs the accessibility guild."))).toBeGreaterThanOrEqual(3);

  await page.goto("/contacts?q=guild");
  await expect(page.getByText("1 match", { exact: true })).toBeVisible();
  expect(await edgeContrast(page, page.getByRole("link", { name: /Nadia Petrova/ }))).toBeGreaterThanOrEqual(3);

  // A card of components/ui/card.
  await page.goto("/export");
  expect(await edgeContrast(page, page.getByRole("heading", { name: "Contacts as CSV" }))).toBeGreaterThanOrEqual(3);
});

test("in the dark theme, text keeps its contrast: axe passes on the main pages", async ({ page, signedIn }) => {
  void signedIn;
  test.slow(); // a full axe scan per page
  await addNadia(page);
  const contactPath = new URL(page.url()).pathname;
  // The search shows marked words, whose contrast counts too.
  for (const path of [contactPath, "/contacts?q=guild", "/today", "/pipeline", "/capture", "/events", "/templates"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectAxeClean(page);
  }
});
