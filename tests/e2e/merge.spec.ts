import type { Page } from "@playwright/test";
import { mergeDraftHref } from "../../lib/contacts/merge-schema";
import { expect, signUp, test } from "./fixtures";

async function createContact(page: Page, fields: Record<string, string>): Promise<string> {
  await page.goto("/contacts/new");
  for (const [label, value] of Object.entries(fields)) await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByRole("button", { name: "Save contact" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${fields["First name"]} ${fields["Last name"]}` })).toBeVisible();
  return new URL(page.url()).pathname;
}

test("merge two contacts picked with the picker, keeping the chosen values", async ({ page, signedIn }) => {
  void signedIn;
  const keepPath = await createContact(page, {
    "First name": "Jane",
    "Last name": "Doe",
    Email: "jane@acme.example",
    Company: "Acme",
    Tags: "design",
    Notes: "Likes sailing.",
  });
  const otherPath = await createContact(page, {
    "First name": "Jane",
    "Last name": "D.",
    Email: "jane.d@example.com",
    Phone: "+1 555 0100",
    Company: "Globex",
    Tags: "python",
    Notes: "Met at PyCon.",
  });

  await page.goto(`${keepPath}/merge`);
  await page.getByLabel("Find the contact to merge with").fill("jane d");
  await page.getByRole("list", { name: "Matching contacts" }).getByRole("link", { name: /Jane D\./ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Merge contacts" })).toBeVisible();

  // Stacked, not sideways, on a phone.
  await page.setViewportSize({ width: 375, height: 740 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 720 });

  // First name and phone need no choice.
  await expect(page.getByRole("group", { name: "First name" })).toHaveCount(0);
  await expect(page.getByRole("group", { name: "Phone" })).toHaveCount(0);
  await page.getByRole("group", { name: "Last name" }).getByRole("radio", { name: "Doe", exact: true }).check();
  await page.getByRole("group", { name: "Email" }).getByRole("radio", { name: "jane.d@example.com", exact: true }).check();
  await page.getByRole("group", { name: "Company" }).getByRole("radio", { name: "Globex", exact: true }).check();
  await page.getByRole("group", { name: "Notes" }).getByRole("radio", { name: "Keep both", exact: true }).check();

  await page.getByRole("button", { name: "Merge contacts" }).click();
  const dialog = page.getByRole("dialog", { name: "Merge Jane D. into Jane Doe?" });
  await expect(dialog).toContainText("Jane D. will be deleted.");
  await dialog.getByRole("button", { name: "Merge contacts" }).click();

  await expect(page).toHaveURL(new RegExp(`${keepPath}$`));
  await expect(page.getByRole("region", { name: /Notifications/ }).getByText("Merged", { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Jane Doe" })).toBeVisible();
  await expect(page.getByRole("link", { name: "jane.d@example.com" })).toBeVisible();
  await expect(page.getByRole("link", { name: "+1 555 0100" })).toBeVisible();
  await expect(page.getByText("Globex", { exact: true }).first()).toBeVisible();
  await expect(page.getByText(/Likes sailing\.\s+Met at PyCon\./)).toBeVisible();

  const response = await page.goto(otherPath);
  expect(response?.status()).toBe(404);
});

test("merge what was typed for a duplicate into the existing contact", async ({ page, signedIn }) => {
  void signedIn;
  const keepPath = await createContact(page, { "First name": "Colleen", "Last name": "Murphy", Company: "Northwind Health" });
  const id = keepPath.split("/").at(-1)!;

  await page.goto(mergeDraftHref(id, { firstName: "Colleen", lastName: "Murphy", company: "Northwind", title: "VP Product", tags: "healthcare" }));
  await expect(page.getByRole("heading", { level: 1, name: "Merge contacts" })).toBeVisible();
  await page.getByRole("group", { name: "Company" }).getByRole("radio", { name: "Northwind", exact: true }).check();
  await page.getByRole("button", { name: "Merge contacts" }).click();

  await expect(page).toHaveURL(new RegExp(`${keepPath}$`));
  await expect(page.getByRole("region", { name: /Notifications/ }).getByText("Merged", { exact: true })).toBeVisible();
  await expect(page.getByText("VP Product at Northwind", { exact: true })).toBeVisible();

  await page.goto(`${keepPath}/merge?draft=not-a-draft`);
  await expect(page.getByRole("alert").filter({ hasText: "could not be read" })).toBeVisible();
});

test("another user's contact cannot be merged: its merge page is a 404", async ({ browser, page, signedIn }) => {
  void signedIn;
  const privatePath = await createContact(page, { "First name": "Private", "Last name": "Person" });
  const privateId = privatePath.split("/").at(-1)!;

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  const suffix = Math.random().toString(36).slice(2, 10);
  await signUp(otherPage, { name: "Other User", email: `other-${suffix}@e2e.rapport.local`, password: `password-${suffix}` });
  const minePath = await createContact(otherPage, { "First name": "Mine", "Last name": "Only" });
  for (const path of [`${privatePath}/merge`, `${minePath}/merge?with=${privateId}`]) {
    const response = await otherPage.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(otherPage.getByText("Private Person")).toHaveCount(0);
  }
  await otherPage.goto(`${minePath}/merge`);
  await otherPage.getByLabel("Find the contact to merge with").fill("private");
  await expect(otherPage.getByRole("heading", { name: "No contact matches “private”" })).toBeVisible();
  await other.close();
});
