// The invitation composer: a draft that survives a reload and a lost connection, the coach turning green as facts
// are inserted, copy, "How you know them", and "Mark as sent" landing on the contact page and its timeline.
import type { Page } from "@playwright/test";
import { expect, signUp, test } from "./fixtures";

/** Captures a contact (with an event, when given) and returns the contact page's path. */
async function capture(page: Page, person: { first: string; last?: string; talk: string; company?: string; linkedin?: string; event?: { name: string; location: string } }) {
  await page.goto("/capture");
  if (person.event) {
    await page.getByRole("link", { name: "New event" }).click();
    await page.getByLabel("Event name").fill(person.event.name);
    await page.getByLabel("Location").fill(person.event.location);
    await page.getByRole("button", { name: "Save event" }).click();
    await expect(page).toHaveURL(/\/capture\?event=/);
  }
  await page.getByLabel("First name").fill(person.first);
  if (person.last) await page.getByLabel("Last name").fill(person.last);
  await page.getByLabel("What you talked about").fill(person.talk);
  if (person.company) await page.getByLabel("Company").fill(person.company);
  if (person.linkedin) await page.getByLabel("LinkedIn URL").fill(person.linkedin);
  await page.getByRole("button", { name: "Save and add another" }).click();
  const name = [person.first, person.last].filter(Boolean).join(" ");
  await expect(page.getByRole("status")).toHaveText(`Saved ${name}.`);
  await page.getByRole("region", { name: "Captured this session" }).getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  return new URL(page.url()).pathname;
}

test("write an invitation from what you know, keep the draft across a reload, copy it and mark it as sent", async ({ page, context, signedIn }) => {
  void signedIn;
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const contactPath = await capture(page, {
    first: "Colleen",
    last: "Murphy",
    talk: "Suggested the clinical AI podcast",
    company: "Northwind Health",
    linkedin: "linkedin.com/in/colleen-murphy",
    event: { name: "Health Tech Meetup", location: "Berlin" },
  });
  await page.goto(`${contactPath}/invite`);
  await expect(page.getByRole("heading", { level: 1, name: "Invitation to Colleen Murphy" })).toBeVisible();
  const message = page.getByRole("textbox", { name: "Message", exact: true });

  // A draft saves itself; after a reload (with this device's copy gone) it comes back from the server.
  await message.fill("Hi Colleen, lovely to meet you");
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(message).toHaveValue("Hi Colleen, lovely to meet you");
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();
  await expect(page.getByText("30 / 300")).toBeVisible();

  // LinkedIn's default text is called out.
  await message.fill("I'd like to add you to my professional network on LinkedIn.");
  await expect(page.getByText("Replace LinkedIn’s default text with where you met and why you’d like to connect.")).toBeVisible();
  await expect(page.getByRole("meter", { name: "Coach score" })).toHaveAttribute("aria-valuetext", /: Default$/);

  // Rewritten with facts from the panel, inserted where the caret is, until every check passes.
  await message.fill("Hi ");
  const panel = page.getByRole("group").filter({ hasText: "What you know" });
  await panel.getByRole("button", { name: "Colleen", exact: true }).click();
  await page.keyboard.type(", great meeting you at");
  await panel.getByRole("button", { name: "Health Tech Meetup", exact: true }).click();
  await page.keyboard.type(" in");
  await panel.getByRole("button", { name: "Berlin", exact: true }).click();
  await expect(page.getByText("Add a reason to connect: an ask, an offer or an interest you share.")).toBeVisible();
  await page.keyboard.type(". Would love to swap notes on the podcast you suggested.");
  const text = "Hi Colleen, great meeting you at Health Tech Meetup in Berlin. Would love to swap notes on the podcast you suggested.";
  await expect(message).toHaveValue(text);
  await expect(page.getByText("All 9 checks pass.", { exact: true })).toBeVisible();
  const checklist = page.getByRole("list", { name: "Checklist" });
  await expect(checklist.getByRole("listitem")).toHaveCount(9);
  await expect(checklist.getByRole("listitem").filter({ hasText: "not yet" })).toHaveCount(0);
  await expect(page.getByRole("meter", { name: "Coach score" })).toHaveAttribute("aria-valuetext", "100 out of 100: Personal");

  // Copy puts the message on the clipboard; the profile opens in a new tab.
  await page.getByRole("button", { name: "Copy message" }).click();
  await expect(page.getByText("Copied", { exact: true })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
  const profile = page.getByRole("link", { name: "Open LinkedIn profile" });
  await expect(profile).toHaveAttribute("href", "https://www.linkedin.com/in/colleen-murphy");
  await expect(profile).toHaveAttribute("target", "_blank");

  // A claim the encounters do not support asks for a confirmation; keep editing and pick a truthful one.
  const claim = page.getByRole("combobox", { name: "How you know them" });
  await claim.selectOption({ label: "Colleague" });
  await page.getByRole("button", { name: "Mark as sent" }).click();
  const dialog = page.getByRole("dialog", { name: "Send it as it is?" });
  await expect(dialog.getByText("Nothing you logged shows you worked together", { exact: false })).toBeVisible();
  await dialog.getByRole("button", { name: "Keep editing" }).click();
  await expect(dialog).toHaveCount(0);
  await claim.selectOption({ label: "Other" });
  await expect(page.getByText("All 9 checks pass.", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Mark as sent" }).click();

  await expect(page).toHaveURL(new RegExp(`${contactPath}$`));
  await expect(page.getByText("Invitation marked as sent", { exact: true })).toBeVisible();
  // The stage badge (a history of invitations on the page may show "Sent" too).
  await expect(page.getByText("Sent", { exact: true }).first()).toBeVisible();
  const timeline = page.getByRole("region", { name: "Timeline" });
  await expect(timeline.getByText("Invitation sent", { exact: true })).toBeVisible();
  await expect(timeline.getByText(text)).toBeVisible();
  await expect(timeline.getByText("Coach score: 100/100")).toBeVisible();

  // Once sent, the composer shows what was sent and offers no second send.
  await page.goto(`${contactPath}/invite`);
  await expect(page.getByText("You marked your invitation to Colleen Murphy as sent", { exact: false })).toBeVisible();
  await expect(page.getByText(text, { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Mark as sent" })).toHaveCount(0);
  await expect(page.getByRole("textbox", { name: "Message", exact: true })).toHaveCount(0);
});

test("a draft typed while Rapport cannot be reached stays on this device until it is saved, on a 375 px phone", async ({ page, signedIn }) => {
  void signedIn;
  await page.setViewportSize({ width: 375, height: 740 });
  const contactPath = await capture(page, { first: "Dana", talk: "Shared a taxi from the venue" });
  await page.goto(`${contactPath}/invite`);
  const message = page.getByRole("textbox", { name: "Message", exact: true });
  await message.fill("Hi Dana");
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), "horizontal overflow on the composer").toBeLessThanOrEqual(0);
  await expect(page.getByRole("link", { name: "add their LinkedIn URL" })).toHaveAttribute("href", `${contactPath}/edit`);

  // The server cannot be reached: the text stays, the status says so.
  const offline = (route: import("@playwright/test").Route) =>
    route.request().method() === "POST" ? route.abort("internetdisconnected") : route.continue();
  await page.route(`**${contactPath}/invite`, offline);
  await message.fill("Hi Dana, great sharing the taxi from the venue. Let me know if you ever need a ride back.");
  await expect(page.getByRole("button", { name: "Not saved: retry" })).toBeVisible();

  // A reload still cannot save, but shows this device's newer text rather than the server's older draft.
  await page.reload();
  await expect(message).toHaveValue("Hi Dana, great sharing the taxi from the venue. Let me know if you ever need a ride back.");
  await expect(page.getByText("Restored what you wrote on this device before it could be saved.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Not saved: retry" })).toBeVisible();

  // Back online, "retry" saves it; the server has it from then on.
  await page.unroute(`**${contactPath}/invite`, offline);
  await page.getByRole("button", { name: "Not saved: retry" }).click();
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(message).toHaveValue("Hi Dana, great sharing the taxi from the venue. Let me know if you ever need a ride back.");

  // A template replaces the message after a confirmation; what it cannot fill stays visible and is flagged. The
  // private note ("What you talked about") is never filled in: {topic} waits for the user's own words.
  await page.getByRole("combobox", { name: "Template" }).selectOption({ label: "Met at an event" });
  const replace = page.getByRole("dialog", { name: "Replace your message?" });
  await replace.getByRole("button", { name: "Replace message" }).click();
  await expect(message).toHaveValue(/^Hi Dana, great meeting you at \{eventName\}\. I enjoyed our chat about \{topic\} and/);
  await expect(page.getByText("Fill in or remove {eventName}, {topic}.", { exact: true })).toBeVisible();
  await page.keyboard.type("the airport");
  await expect(message).toHaveValue(/^Hi Dana, great meeting you at the airport\./);
  await expect(page.getByText("Fill in or remove {topic}.", { exact: true })).toBeVisible();
});

test("another user's contact has no composer: its invite page is a 404", async ({ browser, page, signedIn }) => {
  void signedIn;
  const contactPath = await capture(page, { first: "Private", talk: "Only mine" });
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  const suffix = Math.random().toString(36).slice(2, 10);
  await signUp(otherPage, { name: "Other User", email: `other-${suffix}@e2e.rapport.local`, password: `password-${suffix}` });
  const response = await otherPage.goto(`${contactPath}/invite`);
  expect(response?.status()).toBe(404);
  await expect(otherPage.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(otherPage.getByText("Only mine")).toHaveCount(0);
  await other.close();
});

test("until the page is ready the message cannot be typed into, so nothing typed is thrown away when it loads", async ({ browser, context, page, signedIn }) => {
  void signedIn;
  const contactPath = await capture(page, { first: "Priya", talk: "Both run a data team" });
  await page.goto(`${contactPath}/invite`);
  const message = page.getByRole("textbox", { name: "Message", exact: true });
  await message.fill("Hi Priya, good to meet another data lead");
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();

  // The page as it arrives, before its scripts run: the saved draft is shown, and the field is read-only (loading
  // would put the saved text back over anything typed into it).
  const early = await browser.newContext({ javaScriptEnabled: false, storageState: await context.storageState() });
  const earlyPage = await early.newPage();
  await earlyPage.goto(`${contactPath}/invite`);
  const earlyMessage = earlyPage.getByRole("textbox", { name: "Message", exact: true });
  await expect(earlyMessage).toHaveValue("Hi Priya, good to meet another data lead");
  await expect(earlyMessage).not.toBeEditable();
  await early.close();

  // Once it is ready, the message is editable.
  await page.reload();
  await expect(message).toBeEditable();
  await message.press("End");
  await page.keyboard.type(".");
  await expect(message).toHaveValue("Hi Priya, good to meet another data lead.");
});
