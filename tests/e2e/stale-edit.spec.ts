// No lost writes in the browser: an event's edit form open in two tabs, saved in both. The first save wins; the
// second is refused with a message saying someone changed it and to reload, and keeps what was typed in that tab.
import { expect, test } from "./fixtures";

test("an event edited in two tabs: the second save is refused and keeps its text", async ({ page, context, signedIn }) => {
  void signedIn;
  await page.goto("/events/new");
  await page.getByLabel("Event name").fill("Tide pool walk");
  await page.getByLabel("Date").fill("2026-03-14");
  await page.getByRole("button", { name: "Save event" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tide pool walk" })).toBeVisible();
  const eventPath = new URL(page.url()).pathname;

  const first = page;
  const second = await context.newPage();
  for (const tab of [first, second]) {
    await tab.goto(`${eventPath}/edit`);
    await expect(tab.getByLabel("Event name")).toHaveValue("Tide pool walk");
  }

  await first.getByLabel("Event name").fill("Tide pool walk (spring)");
  await first.getByLabel("Notes").fill("Bring boots.");
  await first.getByRole("button", { name: "Save event" }).click();
  await expect(first.getByRole("heading", { level: 1, name: "Tide pool walk (spring)" })).toBeVisible();

  await second.getByLabel("Event name").fill("Tide pool walk at dawn");
  await second.getByLabel("Notes").fill("Typed in the second tab: meet at the lighthouse.");
  await second.getByRole("button", { name: "Save event" }).click();
  await expect(second.getByRole("main").getByRole("alert")).toContainText("Someone changed this event since you opened it, in another tab or on another device.");
  await expect(second.getByRole("main").getByRole("alert")).toContainText("reload the page");
  await expect(second).toHaveURL(`${eventPath}/edit`);
  await expect(second.getByLabel("Event name")).toHaveValue("Tide pool walk at dawn");
  await expect(second.getByLabel("Notes")).toHaveValue("Typed in the second tab: meet at the lighthouse.");

  // Saving again from the stale tab is still refused; the first tab's edit is what is stored.
  await second.getByRole("button", { name: "Save event" }).click();
  await expect(second.getByRole("main").getByRole("alert")).toContainText("Someone changed this event");
  await first.reload();
  await expect(first.getByRole("heading", { level: 1, name: "Tide pool walk (spring)" })).toBeVisible();
  await expect(first.getByText("Bring boots.")).toBeVisible();

  await second.close();
});
