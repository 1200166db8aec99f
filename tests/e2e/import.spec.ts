// Importing a LinkedIn export: upload the zip as downloaded, read the preview, confirm, find the people, undo.
import { readFileSync } from "node:fs";
import path from "node:path";
import { makeZip } from "../../lib/imports/fixtures/zip";
import { expect, test } from "./fixtures";

const fixtures = path.join(import.meta.dirname, "../../lib/imports/fixtures");

function linkedinExport(): Buffer {
  return makeZip([
    { name: "Basic_LinkedInDataExport_11-26-2026/Connections.csv", content: readFileSync(path.join(fixtures, "Connections.csv")) },
    { name: "Basic_LinkedInDataExport_11-26-2026/Invitations.csv", content: readFileSync(path.join(fixtures, "Invitations.csv")) },
  ]);
}

test("import a LinkedIn export, find an imported person, and undo the import", async ({ page, signedIn }) => {
  void signedIn;
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/import");
  await expect(page.getByRole("heading", { level: 1, name: "Import" })).toBeVisible();
  await expect(page.getByText("No imports yet")).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

  await page.getByLabel("File", { exact: true }).setInputFiles({ name: "Basic_LinkedInDataExport.zip", mimeType: "application/zip", buffer: linkedinExport() });
  await page.getByRole("button", { name: "Import", exact: true }).click();

  const preview = page.getByRole("region", { name: "Preview of Basic_LinkedInDataExport.zip" });
  await expect(preview).toBeVisible();
  await expect(preview.getByText("Contacts to create")).toBeVisible();
  // Four connections (one member who left is skipped) and three people only Invitations.csv knows.
  await expect(preview.locator("dd").first()).toHaveText("7");
  await expect(preview.getByText("Skipped 1: no name (a member who left LinkedIn)")).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

  await preview.getByRole("button", { name: "Confirm import" }).click();
  await expect(page.getByRole("heading", { name: "Imported Basic_LinkedInDataExport.zip" })).toBeVisible();
  await expect(page.getByText("7 created, 0 updated, 1 skipped")).toBeVisible();

  await page.goto("/contacts");
  await page.getByLabel("Search contacts").fill("Colleen");
  await expect(page.getByRole("link", { name: /Colleen O'Brien/ })).toBeVisible();

  await page.goto("/import");
  await page.getByRole("button", { name: "Undo import of Basic_LinkedInDataExport.zip" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Undo import" }).click();
  await expect(page.getByText("Undone", { exact: true })).toBeVisible();
  // The account had no contacts before: after the undo it has none again.
  await page.goto("/contacts");
  await expect(page.getByRole("link", { name: "Add your first contact" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Colleen O'Brien/ })).toHaveCount(0);
});

test("a file that is not an export is refused with what was expected", async ({ page, signedIn }) => {
  void signedIn;
  await page.goto("/import");
  await page.getByLabel("File", { exact: true }).setInputFiles({ name: "Connections.csv", mimeType: "text/csv", buffer: Buffer.from("Name,Email\nJane,jane@example.com\n") });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByText("Connections.csv does not have the expected header: expected LinkedIn’s Connections.csv")).toBeVisible();
  await expect(page.getByText("No imports yet")).toBeVisible();
});
