import { expect, signUp, test } from "./fixtures";

test("create, edit and delete an event; the people met there stay", async ({ page, signedIn }) => {
  void signedIn;
  await page.goto("/events");
  await expect(page.getByText("No events yet")).toBeVisible();
  await page.getByRole("link", { name: "Add your first event" }).click();
  await page.getByLabel("Event name").fill("AMA Leadership Summit");
  await page.getByLabel("Date").fill("2026-03-14");
  await page.getByLabel("Location").fill("Chicago");
  await page.getByLabel("Link").fill("ama-assn.org/summit");
  await page.getByLabel("Notes").fill("Booth 12, ask for the speaker list.");
  await page.getByRole("button", { name: "Save event" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "AMA Leadership Summit" })).toBeVisible();
  await expect(page.getByText("14 Mar 2026 · Chicago")).toBeVisible();
  await expect(page.getByRole("link", { name: /ama-assn\.org\/summit/ })).toHaveAttribute("href", "https://ama-assn.org/summit");
  await expect(page.getByText("No one met here yet")).toBeVisible();

  await page.getByRole("link", { name: "Edit" }).click();
  await page.getByLabel("Event name").fill("AMA Summit 2026");
  await page.getByRole("button", { name: "Save event" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "AMA Summit 2026" })).toBeVisible();

  // Capture someone there, straight from the event page.
  const eventId = new URL(page.url()).pathname.split("/").pop()!;
  await page.getByRole("link", { name: "Capture people" }).click();
  await expect(page).toHaveURL(`/capture?event=${eventId}`);
  await expect(page.getByRole("combobox", { name: "Event" })).toHaveValue(eventId);
  await page.getByLabel("First name").fill("Colleen");
  await page.getByLabel("Last name").fill("Murphy");
  await page.getByLabel("What you talked about").fill("The clinical AI podcast");
  await page.getByRole("button", { name: "Save and add another" }).click();
  await page.getByRole("region", { name: "Captured this session" }).getByRole("link", { name: "Colleen Murphy" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Colleen Murphy" })).toBeVisible();
  const contactUrl = new URL(page.url()).pathname;

  await page.goto("/events");
  await expect(page.getByRole("link", { name: /AMA Summit 2026.*1 person/ })).toBeVisible();
  await page.getByRole("link", { name: /AMA Summit 2026/ }).click();
  await expect(page.getByRole("region", { name: "People you met" }).getByRole("link", { name: /Colleen Murphy/ })).toBeVisible();

  await page.getByRole("button", { name: "Delete event" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete AMA Summit 2026?" });
  await expect(dialog.getByText(/The person you met there stays/)).toBeVisible();
  await dialog.getByRole("button", { name: "Delete event" }).click();
  await expect(page).toHaveURL(/\/events$/);
  await expect(page.getByText("AMA Summit 2026 was deleted.", { exact: true })).toBeVisible();
  await expect(page.getByText("No events yet")).toBeVisible();

  await page.goto(contactUrl);
  await expect(page.getByRole("heading", { level: 1, name: "Colleen Murphy" })).toBeVisible();
});

test("the event form shows errors beside the fields and saves nothing", async ({ page, signedIn }) => {
  void signedIn;
  await page.goto("/events/new");
  await page.getByLabel("Date").fill("");
  await page.getByLabel("Link").fill("not a web address");
  await page.getByLabel("Location").fill("Lisbon");
  await page.getByRole("button", { name: "Save event" }).click();

  await expect(page.getByLabel("Event name")).toHaveAccessibleDescription(/Enter the event's name\./);
  await expect(page.getByLabel("Date")).toHaveAccessibleDescription(/Enter the date of the event\./);
  await expect(page.getByLabel("Link")).toHaveAccessibleDescription(/Enter a web address/);
  await expect(page.getByLabel("Location")).toHaveValue("Lisbon");

  await page.goto("/events");
  await expect(page.getByText("No events yet")).toBeVisible();
});

test("another user's event is a 404, and its edit page too", async ({ browser, page, signedIn }) => {
  void signedIn;
  await page.goto("/events/new");
  await page.getByLabel("Event name").fill("Private dinner");
  await page.getByLabel("Notes").fill("Only mine");
  await page.getByRole("button", { name: "Save event" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Private dinner" })).toBeVisible();
  const eventUrl = new URL(page.url()).pathname;

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  const suffix = Math.random().toString(36).slice(2, 10);
  await signUp(otherPage, { name: "Other User", email: `other-${suffix}@e2e.rapport.local`, password: `password-${suffix}` });
  for (const path of [eventUrl, `${eventUrl}/edit`]) {
    const response = await otherPage.goto(path);
    expect(response?.status()).toBe(404);
    await expect(otherPage.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(otherPage.getByText("Only mine")).toHaveCount(0);
  }
  // Quick capture ignores an event id that is not yours.
  await otherPage.goto(`/capture?event=${eventUrl.split("/").pop()}`);
  await expect(otherPage.getByRole("combobox", { name: "Event" })).toHaveValue("");
  await expect(otherPage.getByText("Private dinner")).toHaveCount(0);
  await other.close();
});
