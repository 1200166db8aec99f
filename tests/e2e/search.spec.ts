import { expect, test } from "./fixtures";

test("a misspelt search still finds the person, says how many matched and why", async ({ page, signedIn }) => {
  void signedIn;
  await page.goto("/capture");
  await page.getByLabel("First name").fill("Nadia");
  await page.getByLabel("Last name").fill("Petrova");
  await page.getByLabel("Company").fill("Figma");
  await page.getByLabel("What you talked about").fill("Accessibility audits for <design> systems; she runs the a11y guild");
  await page.getByRole("button", { name: "Save and add another" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved Nadia Petrova.");
  await page.getByLabel("First name").fill("Tom");
  await page.getByLabel("Last name").fill("Becker");
  await page.getByLabel("What you talked about").fill("Field research tools");
  await page.getByRole("button", { name: "Save and add another" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved Tom Becker.");

  await page.goto("/contacts");
  await expect(page.getByText("2 people in your network")).toBeVisible();
  await page.getByLabel("Search contacts").fill("accesibility");
  await expect(page).toHaveURL(/\?q=accesibility$/);
  await expect(page.getByText("1 match", { exact: true })).toBeVisible();
  await expect(page.getByText("Nothing contains “accesibility” as you typed it, so these are close spellings.")).toBeVisible();
  const nadia = page.getByRole("link", { name: /Nadia Petrova/ });
  await expect(nadia).toContainText("Talked about: Accessibility audits for <design> systems; she runs the a11y guild");
  await expect(nadia.locator("mark")).toHaveText(["Accessibility"]);
  await expect(page.getByRole("link", { name: /Tom Becker/ })).toHaveCount(0);

  // Spelt right, words from two fields: the name is marked where it stands, the rest explained.
  await page.getByLabel("Search contacts").fill("nadia guild");
  await expect(page).toHaveURL(/\?q=nadia\+guild$/);
  await expect(page.getByText("1 match", { exact: true })).toBeVisible();
  await expect(page.getByText(/close spellings/)).toHaveCount(0);
  await expect(nadia.locator("mark")).toHaveText(["Nadia", "guild"]);

  await page.getByLabel("Search contacts").fill("");
  await expect(page.getByText("2 people in your network")).toBeVisible();
  await expect(page.locator("mark")).toHaveCount(0);
});
