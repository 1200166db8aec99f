import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

async function addContact(page: Page, fields: Record<string, string>) {
  await page.goto("/contacts/new");
  for (const [label, value] of Object.entries(fields)) await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByRole("button", { name: "Save contact" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/contacts\/c[a-z0-9]+$/);
}

test("tags are added and removed in place, and a tag is renamed everywhere", async ({ page, signedIn }) => {
  void signedIn;
  await addContact(page, { "First name": "Sofia", Tags: "community" });
  await page.getByLabel("Add tag").fill("speking");
  await page.getByLabel("Add tag").press("Enter");
  await expect(page.getByRole("list", { name: "Tags" }).getByText("speking")).toBeVisible();
  await page.getByRole("button", { name: "Remove tag community" }).click();
  await expect(page.getByRole("list", { name: "Tags" }).getByText("community")).toHaveCount(0);
  await expect(page.getByRole("list", { name: "Tags" })).toHaveAttribute("aria-busy", "false");

  await page.reload();
  await expect(page.getByRole("list", { name: "Tags" }).getByText("speking")).toBeVisible();
  await expect(page.getByRole("list", { name: "Tags" }).getByText("community")).toHaveCount(0);

  await page.goto("/contacts?tag=speking");
  await page.getByRole("button", { name: "Rename tag" }).click();
  await page.getByLabel("New name").fill("speaking");
  await page.getByRole("dialog").getByRole("button", { name: "Rename tag" }).click();
  await expect(page).toHaveURL(/tag=speaking/);
  await expect(page.getByRole("link", { name: /Sofia/ })).toBeVisible();
  await expect(page.getByLabel("Tag", { exact: true })).toHaveValue("speaking");
});

test("archiving hides a contact until it is undone", async ({ page, signedIn }) => {
  void signedIn;
  await addContact(page, { "First name": "Archie", "Last name": "Ved" });
  await page.getByRole("button", { name: "Archive" }).click();
  await expect(page.getByText("Archie Ved was archived.", { exact: true })).toBeVisible();
  await expect(page.getByText("Archived", { exact: true })).toBeVisible();
  await page.goto("/contacts");
  await expect(page.getByRole("link", { name: /Archie Ved/ })).toHaveCount(0);
  await page.getByRole("link", { name: "Show archived contacts" }).click();
  await page.getByRole("link", { name: /Archie Ved/ }).click();
  await page.getByRole("button", { name: "Unarchive" }).click();
  await expect(page.getByText("Archie Ved is back in your contacts.", { exact: true })).toBeVisible();
  await page.goto("/contacts");
  await expect(page.getByRole("link", { name: /Archie Ved/ })).toBeVisible();
});

test("a note and a meeting go on the timeline", async ({ page, signedIn }) => {
  void signedIn;
  await addContact(page, { "First name": "Tom" });
  await expect(page.getByText("Nothing on the timeline yet.")).toBeVisible();
  await page.getByLabel("Add a note").fill("Training for the Berlin marathon");
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByText("Training for the Berlin marathon")).toBeVisible();
  await expect(page.getByLabel("Add a note")).toHaveValue("");

  // A meeting is logged as one: with a stay-in-touch reminder, it restarts it four weeks from today.
  await page.getByLabel("Stay in touch").selectOption({ label: "Every 4 weeks" });
  await page.getByLabel("What happened").selectOption({ label: "We met" });
  await page.getByLabel("Add a note").fill("Coffee after his long run");
  await page.getByRole("button", { name: "Add note" }).click();
  const timeline = page.getByRole("region", { name: "Timeline" });
  await expect(timeline.getByText("Coffee after his long run")).toBeVisible();
  await expect(timeline.getByText("Meeting", { exact: true })).toBeVisible();
  await expect(page.getByLabel("What happened")).toHaveValue("NOTE");
  await expect(page.getByRole("region", { name: "Follow-ups" }).getByText("Stay in touch (every 4 weeks).")).toBeVisible();
});

test("search finds people by any field, ignoring accents, and filters narrow it", async ({ page, signedIn }) => {
  void signedIn;
  await addContact(page, { "First name": "José", "Last name": "García", Company: "Lumen Labs", Tags: "engineering", Notes: "Suggested a podcast about negotiation" });
  await addContact(page, { "First name": "Colleen", "Last name": "Murphy", Company: "Northwind", Tags: "healthcare" });
  await page.goto("/contacts");
  await page.getByLabel("Search contacts").fill("jose");
  await expect(page.getByRole("link", { name: /José García/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /Colleen Murphy/ })).toHaveCount(0);
  await expect(page).toHaveURL(/q=jose/);

  await page.getByLabel("Search contacts").fill("negotiation podcast");
  await expect(page.getByRole("link", { name: /José García/ })).toBeVisible();

  await page.getByLabel("Search contacts").fill("nobody-like-this");
  await expect(page.getByText("Nobody matches")).toBeVisible();

  await page.getByRole("button", { name: "Clear search and filters" }).click();
  await expect(page.getByRole("link", { name: /Colleen Murphy/ })).toBeVisible();
  await page.getByLabel("Tag", { exact: true }).selectOption("healthcare");
  await expect(page.getByRole("link", { name: /José García/ })).toHaveCount(0);
  await expect(page.getByRole("link", { name: /Colleen Murphy/ })).toBeVisible();
});

test("the same name at the same company warns, and can be saved anyway", async ({ page, signedIn }) => {
  void signedIn;
  await addContact(page, { "First name": "Tom", "Last name": "Becker", Company: "Fieldwork" });
  await page.goto("/contacts/new");
  await page.getByLabel("First name").fill("Tom");
  await page.getByLabel("Last name").fill("Becker");
  await page.getByLabel("Company").fill("Fieldwork");
  await page.getByRole("button", { name: "Save contact" }).click();
  await expect(page.getByText("You already have Tom Becker at Fieldwork. Is this the same person?")).toBeVisible();
  await expect(page.getByRole("link", { name: "Open Tom Becker" })).toBeVisible();
  await page.getByRole("button", { name: "Save anyway" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tom Becker" })).toBeVisible();
  await page.goto("/contacts");
  await expect(page.getByRole("link", { name: /Tom Becker/ })).toHaveCount(2);
});
