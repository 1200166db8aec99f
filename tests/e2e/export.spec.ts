// Export: a contact goes out as CSV and vCard, and a full backup restores into a new, empty account.
import { readFile } from "node:fs/promises";
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, signOut, test } from "./fixtures";

async function addContact(page: Page) {
  await page.goto("/contacts/new");
  await page.getByLabel("First name").fill("Zoë");
  await page.getByLabel("Last name").fill("Ñúñez");
  await page.getByLabel("Company").fill("Café Olé, Ltd");
  await page.getByLabel("Tags").fill("lisbon, climate");
  await page.getByLabel("Notes").fill('Met at "Web Summit"; talked about 🌍');
  await page.getByRole("button", { name: "Save contact" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Zoë Ñúñez" })).toBeVisible();
}

/** Clicks a download link and returns the file's name and text. */
async function download(page: Page, link: string) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: link }).click()]);
  return { name: file.suggestedFilename(), path: (await file.path())!, text: await readFile((await file.path())!, "utf8") };
}

test("download the contacts as CSV and vCard", async ({ page, signedIn }) => {
  void signedIn;
  await addContact(page);
  await page.goto("/export");
  await expect(page.getByRole("heading", { level: 1, name: "Export" })).toBeVisible();
  await expect(page.getByText("This account holds 1 contact and 0 events.")).toBeVisible();

  const csv = await download(page, "Download CSV");
  expect(csv.name).toMatch(/^rapport-contacts-\d{4}-\d{2}-\d{2}\.csv$/);
  const [header, row] = csv.text.replace(/^\uFEFF/, "").split("\r\n");
  expect(header).toMatch(/^First name,Last name,Email,Phone,Company,Title,LinkedIn URL,Location,Notes,Tags,Stage,/);
  expect(row).toMatch(/^Zoë,Ñúñez,,,"Café Olé, Ltd",,,,"Met at ""Web Summit""; talked about 🌍","lisbon, climate",Personalize,/);

  const vcard = await download(page, "Download vCard");
  expect(vcard.name).toMatch(/^rapport-contacts-\d{4}-\d{2}-\d{2}\.vcf$/);
  expect(vcard.text).toContain("BEGIN:VCARD\r\nVERSION:4.0\r\n");
  expect(vcard.text).toContain("FN:Zoë Ñúñez\r\n");
  expect(vcard.text).toContain("ORG:Café Olé\\, Ltd\r\n");
  expect(vcard.text).toContain("CATEGORIES:lisbon,climate\r\n");

  // The page fits a phone.
  await page.setViewportSize({ width: 375, height: 740 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});

test("restore a backup into a new, empty account, and not into one that holds data", async ({ page, signedIn }) => {
  void signedIn;
  await addContact(page);
  await page.goto("/export");
  const backup = await download(page, "Download backup");
  expect(backup.name).toMatch(/^rapport-backup-\d{4}-\d{2}-\d{2}\.json$/);
  expect(JSON.parse(backup.text)).toMatchObject({ format: "rapport-backup", version: 1, contacts: [{ firstName: "Zoë" }] });

  // Restoring into the account the backup came from is refused: it is not empty.
  await page.getByLabel("Backup file").setInputFiles(backup.path);
  await page.getByRole("button", { name: "Restore", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "This account already holds data" })).toBeVisible();

  await signOut(page);
  const id = randomUUID().slice(0, 8);
  // Signed up through the form (where it lands afterwards is not this test's business).
  await page.goto("/signup");
  await page.getByLabel("Name").fill(`Restorer ${id}`);
  await page.getByLabel("Email").fill(`restore-${id}@e2e.rapport.local`);
  await page.getByLabel("Password").fill(`password-${id}`);
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(page).not.toHaveURL(/\/signup/);
  await page.goto("/export");
  await expect(page.getByText("This account is empty so far.")).toBeVisible();

  // A file that is not a backup is refused, saying what was expected.
  await page.getByLabel("Backup file").setInputFiles({ name: "contacts.csv", mimeType: "text/csv", buffer: Buffer.from("First name,Last name\nAda,Lovelace\n") });
  await page.getByRole("button", { name: "Restore", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "not valid JSON" })).toBeVisible();

  await page.getByLabel("Backup file").setInputFiles(backup.path);
  await page.getByRole("button", { name: "Restore", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Restored 1 contact" })).toBeVisible();
  await expect(page.getByText("This account holds 1 contact and 0 events.")).toBeVisible();
  await page.getByRole("link", { name: "See your contacts" }).click();
  await expect(page).toHaveURL(/\/contacts$/);
  await expect(page.getByRole("link", { name: /Zoë Ñúñez/ })).toBeVisible();
});
