// The whole pipeline by buttons: invitation written and sent, "Mark as accepted" on the contact page, the thank-you
// written from a template until the coach is satisfied, and "Mark thank-you sent" with the next step; the contact
// page and its timeline show every step. Also: no follow-up, the way back to where the user came from, on a phone.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/** Today and a later day where the test user is (UTC, the default), as the date input and the contact page show them. */
function dayIn(days: number): { iso: string; shown: string } {
  const date = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return { iso: date.toISOString().slice(0, 10), shown: new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" }).format(date) };
}

async function createContact(page: Page, person: { first: string; last: string; company: string; linkedin?: string }) {
  await page.goto("/contacts/new");
  await page.getByLabel("First name").fill(person.first);
  await page.getByLabel("Last name").fill(person.last);
  await page.getByLabel("Company").fill(person.company);
  if (person.linkedin) await page.getByLabel("LinkedIn URL").fill(person.linkedin);
  await page.getByRole("button", { name: "Save contact" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${person.first} ${person.last}` })).toBeVisible();
  return new URL(page.url()).pathname;
}

async function sendInvitation(page: Page, contactPath: string, text: string) {
  const pipeline = page.getByRole("region", { name: "Pipeline" });
  await pipeline.getByRole("link", { name: "Write invitation" }).click();
  await expect(page).toHaveURL(new RegExp(`${contactPath}/invite$`));
  await page.getByRole("textbox", { name: "Message", exact: true }).fill(text);
  await page.getByRole("button", { name: "Mark as sent" }).click();
  await expect(page).toHaveURL(new RegExp(`${contactPath}$`));
}

test("a contact goes through the whole pipeline by buttons", async ({ page, context, signedIn }) => {
  void signedIn;
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const contactPath = await createContact(page, { first: "Colleen", last: "Murphy", company: "Northwind Health", linkedin: "linkedin.com/in/colleen-murphy" });
  const pipeline = page.getByRole("region", { name: "Pipeline" });
  const timeline = page.getByRole("region", { name: "Timeline" });
  await expect(pipeline.locator("[aria-current=step]")).toHaveText("Personalize");

  // 1 · Personalize → 2 · Send with context.
  const invitation = "Hi Colleen, I admire what Northwind Health does for clinics. Would love to swap notes on patient onboarding.";
  await sendInvitation(page, contactPath, invitation);
  await expect(pipeline.getByText("Invitation sent just now", { exact: false })).toBeVisible();
  await expect(pipeline.getByRole("link", { name: "Write invitation" })).toHaveCount(0);

  // A thank-you before they accepted is refused with the reason and the way forward.
  await page.goto(`${contactPath}/thank`);
  await expect(page.getByText("Only someone who has accepted can be thanked.")).toBeVisible();
  await page.getByRole("link", { name: "Mark as accepted on Colleen Murphy’s page" }).click();

  // They accepted on LinkedIn: the contact now needs a thank-you.
  await pipeline.getByRole("button", { name: "Mark as accepted" }).click();
  await page.getByRole("dialog", { name: "When did Colleen Murphy accept?" }).getByRole("button", { name: "Mark as accepted" }).click();
  await expect(page.getByText("Marked as accepted", { exact: true })).toBeVisible();
  await expect(pipeline.locator("[aria-current=step]")).toHaveText("Needs a thank-you");
  await expect(pipeline.getByText("Accepted just now: a thank-you is owed.")).toBeVisible();
  await expect(timeline.getByText("Invitation accepted", { exact: true })).toBeVisible();

  // 3 · Thank & follow up: the template, then the coach's blanks filled in.
  await pipeline.getByRole("link", { name: "Write thank-you" }).click();
  await expect(page).toHaveURL(new RegExp(`${contactPath}/thank$`));
  await expect(page.getByRole("heading", { level: 1, name: "Thank-you to Colleen Murphy" })).toBeVisible();
  const message = page.getByRole("textbox", { name: "Message", exact: true });
  const checklist = page.getByRole("list", { name: "Checklist" });
  await expect(page.getByRole("button", { name: "Mark thank-you sent" })).toBeDisabled();
  await page.getByRole("combobox", { name: "Template" }).selectOption({ label: "Thank-you after accepting" });
  await expect(message).toHaveValue(/^Thanks for connecting, Colleen! I really enjoyed our chat about \{topic\}\. .* let’s keep in touch\. Test$/);
  await expect(checklist.getByRole("listitem")).toHaveCount(7);
  await expect(page.getByText("Fill in or remove {topic}.", { exact: true })).toBeVisible();
  await expect(page.getByText("Mention something about their work at Northwind Health.", { exact: true })).toBeVisible();
  await expect(page.getByText("5 of 7 checks pass.", { exact: true })).toBeVisible();

  // The template's blank is selected: typing replaces it. It is saved as it is typed, so a reload keeps it.
  await page.keyboard.type("patient onboarding at Northwind Health");
  await expect(page.getByText("All 7 checks pass.", { exact: true })).toBeVisible();
  await expect(page.getByRole("meter", { name: "Coach score" })).toHaveAttribute("aria-valuetext", "100 out of 100: Personal");
  const thanks = "Thanks for connecting, Colleen! I really enjoyed our chat about patient onboarding at Northwind Health. Would a short call in the next few weeks suit you? Either way, let’s keep in touch. Test";
  await expect(message).toHaveValue(thanks);
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();
  await page.reload();
  await expect(message).toHaveValue(thanks);

  await page.getByRole("button", { name: "Copy message" }).click();
  await expect(page.getByText("Copied", { exact: true })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(thanks);
  await expect(page.getByRole("link", { name: "Open LinkedIn profile" })).toHaveAttribute("href", "https://www.linkedin.com/in/colleen-murphy");

  // The next step: suggested two weeks out; a past day is refused; then a day and what to do.
  await page.getByRole("button", { name: "Mark thank-you sent" }).click();
  const dialog = page.getByRole("dialog", { name: "Mark thank-you sent" });
  const followUpOn = dialog.getByLabel("Follow up on");
  await expect(followUpOn).toHaveValue(dayIn(14).iso);
  await followUpOn.fill(dayIn(-1).iso);
  await dialog.getByRole("button", { name: "Mark thank-you sent" }).click();
  await expect(dialog.getByText("Pick today or a later day.")).toBeVisible();
  const due = dayIn(3);
  await followUpOn.fill(due.iso);
  await dialog.getByLabel("Next step").fill("Coffee to talk about their hiring");
  await dialog.getByRole("button", { name: "Mark thank-you sent" }).click();

  await expect(page).toHaveURL(new RegExp(`${contactPath}$`));
  await expect(page.getByText("Thank-you sent", { exact: true }).first()).toBeVisible();
  await expect(pipeline.locator("[aria-current=step]")).toHaveText("Thanked");
  await expect(pipeline.getByText(`Next follow-up: ${due.shown} (in 3 days) · Coffee to talk about their hiring`)).toBeVisible();
  await expect(pipeline.getByRole("link", { name: "Write thank-you" })).toHaveCount(0);

  // The timeline shows each step, newest first.
  const entries = timeline.getByRole("listitem");
  await expect(entries).toHaveCount(3);
  await expect(entries.nth(0)).toContainText("Thank-you sent");
  await expect(entries.nth(0)).toContainText(thanks);
  await expect(entries.nth(1)).toContainText("Invitation accepted");
  await expect(entries.nth(2)).toContainText("Invitation sent");
  await expect(entries.nth(2)).toContainText(invitation);

  // Sent, the thank-you is gone from this device, and the composer says there is nothing left to thank.
  await page.goto(`${contactPath}/thank`);
  await expect(page.getByText("This contact is already in “Thanked”.")).toBeVisible();
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("rapport:thank-you-draft:")))).toEqual([]);
});

test("thank someone with no follow-up on a 375 px phone and go back where you came from", async ({ page, signedIn }) => {
  void signedIn;
  await page.setViewportSize({ width: 375, height: 740 });
  const contactPath = await createContact(page, { first: "Dana", last: "Okafor", company: "Contoso" });
  await sendInvitation(page, contactPath, "Hi Dana, loved hearing about Contoso’s design team. Would love to swap notes on hiring.");
  await page.getByRole("region", { name: "Pipeline" }).getByRole("button", { name: "Mark as accepted" }).click();
  await page.getByRole("dialog", { name: "When did Dana Okafor accept?" }).getByRole("button", { name: "Mark as accepted" }).click();
  await expect(page.getByRole("region", { name: "Pipeline" }).getByRole("link", { name: "Write thank-you" })).toBeVisible();

  await page.goto(`${contactPath}/thank?from=/contacts`);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), "horizontal overflow on the composer").toBeLessThanOrEqual(0);
  await page.getByRole("textbox", { name: "Message", exact: true }).fill("Thanks for connecting, Dana! Let’s keep in touch about Contoso’s hiring.");
  await expect(page.getByText("All 7 checks pass.", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Mark thank-you sent" }).click();
  const dialog = page.getByRole("dialog", { name: "Mark thank-you sent" });
  await dialog.getByLabel("Follow up on").fill("");
  await dialog.getByRole("button", { name: "Mark thank-you sent" }).click();
  await expect(dialog.getByText("Pick a day to follow up, or tick “No follow-up”.")).toBeVisible();
  await dialog.getByRole("checkbox", { name: /No follow-up/ }).check();
  await expect(dialog.getByLabel("Follow up on")).toBeDisabled();
  await dialog.getByRole("button", { name: "Mark thank-you sent" }).click();

  await expect(page).toHaveURL(/\/contacts$/);
  await expect(page.getByText("Thank-you sent", { exact: true })).toBeVisible();
  await page.goto(contactPath);
  const pipeline = page.getByRole("region", { name: "Pipeline" });
  await expect(pipeline.locator("[aria-current=step]")).toHaveText("Thanked");
  await expect(pipeline.getByText("No follow-up scheduled.")).toBeVisible();
  await expect(pipeline.getByRole("button", { name: "Add follow-up" })).toBeVisible();
});
