// /today with the test clock (the rapport-test-now cookie moves the server's "now"; page.clock the browser's): an
// invitation that waited three weeks is marked accepted and lands in "Needs a thank-you"; a follow-up due on
// 10 December is in "Next 7 days" on the 5th, due on the 10th, overdue on the 12th, and "Done" asks for the next step.
// The calendar feed in Settings serves it, and "Reset link" retires the old address.
import type { Page } from "@playwright/test";
import { expect, newId, sql, test } from "./fixtures";

/** Priya, invited on 1 November and not answered yet; Jonas, thanked, with a follow-up due on 10 December. */
async function seed(email: string) {
  const [owner] = await sql(`SELECT id FROM "User" WHERE email = $1`, [email]);
  const ownerId = owner.id as string;
  const priya = newId();
  const jonas = newId();
  await sql(
    `INSERT INTO "Contact" (id, "ownerId", "firstName", "lastName", company, stage, "stageChangedAt", "updatedAt")
     VALUES ($1, $3, 'Priya', 'Raman', 'Northwind Health', 'SENT', '2026-11-01T10:00:00Z', now()),
            ($2, $3, 'Jonas', 'Berg', NULL, 'THANKED', '2026-11-20T10:00:00Z', now())`,
    [priya, jonas, ownerId],
  );
  await sql(
    `INSERT INTO "Invitation" (id, "ownerId", "contactId", direction, message, status, "sentAt", "updatedAt")
     VALUES ($1, $2, $3, 'OUTGOING', 'Hi Priya, great meeting you at the Health Tech Meetup.', 'SENT', '2026-11-01T10:00:00Z', now())`,
    [newId(), ownerId, priya],
  );
  await sql(
    `INSERT INTO "FollowUp" (id, "ownerId", "contactId", "dueOn", note, "updatedAt") VALUES ($1, $2, $3, '2026-12-10', 'Send the podcast link', now())`,
    [newId(), ownerId, jonas],
  );
  await sql(`UPDATE "Contact" SET "nextFollowUpOn" = '2026-12-10', "followUpNote" = 'Send the podcast link' WHERE id = $1`, [jonas]);
  return { priya, jonas };
}

/** Moves the server's clock (for this browser's requests) and the page's to noon UTC on `day`. */
async function setToday(page: Page, day: string) {
  const time = `${day}T12:00:00.000Z`;
  await page.context().addCookies([{ name: "rapport-test-now", value: time, url: new URL(page.url()).origin }]);
  await page.clock.setFixedTime(new Date(time));
}

test("an accepted invitation shows in “Needs a thank-you”; a follow-up is due on its day, and Done asks for the next step", async ({ page, signedIn }) => {
  const { priya, jonas } = await seed(signedIn.email);
  await setToday(page, "2026-12-05");
  await page.goto("/today");
  await expect(page.getByRole("heading", { level: 1, name: "Today" })).toBeVisible();
  await expect(page.getByText("Saturday 5 December")).toBeVisible();

  const thankYous = page.getByRole("region", { name: "Needs a thank-you" });
  await expect(thankYous).toContainText("No thank-yous owed.");

  // Sent 34 days ago: LinkedIn's three weeks are up. They accepted after all.
  const waiting = page.getByRole("region", { name: "Waiting for acceptance" });
  await expect(waiting).toContainText("LinkedIn lets you send a withdrawn invitation again only after three weeks");
  const priyaItem = waiting.getByRole("listitem").filter({ hasText: "Priya Raman" });
  await expect(priyaItem).toContainText("Sent 34 days ago");
  await priyaItem.getByRole("button", { name: "Mark as accepted" }).click();
  const when = page.getByRole("dialog", { name: "When did Priya Raman accept?" });
  await expect(when.getByLabel("Accepted on")).toHaveValue("2026-12-05");
  await when.getByRole("button", { name: "Mark as accepted" }).click();
  await expect(page.getByText("Priya Raman accepted. Time for a thank-you.", { exact: true })).toBeVisible();
  const owed = thankYous.getByRole("listitem").filter({ hasText: "Priya Raman" });
  await expect(owed).toContainText(/waiting/);
  await expect(owed.getByRole("link", { name: "Write thank-you to Priya Raman" })).toHaveAttribute("href", `/contacts/${priya}/thank?from=/today`);
  await expect(waiting).toContainText("No invitation has waited more than 3 weeks.");

  // 5 December: the follow-up is coming, not due.
  const due = page.getByRole("region", { name: "Follow-ups due" });
  const nextWeek = page.getByRole("region", { name: "Next 7 days" });
  await expect(due.getByRole("list", { name: "Due today and overdue" })).toHaveCount(0);
  await expect(due).toContainText("Nothing due today.");
  await expect(nextWeek.getByRole("listitem").filter({ hasText: "Jonas Berg" })).toContainText("Due in 5 days");

  // 10 December: due today.
  await setToday(page, "2026-12-10");
  await page.reload();
  const dueList = due.getByRole("list", { name: "Due today and overdue" });
  await expect(dueList.getByRole("listitem").filter({ hasText: "Jonas Berg" })).toContainText("Due today");
  await expect(dueList).toContainText("Send the podcast link");
  await expect(nextWeek).toContainText("Nothing planned for the next 7 days.");

  // 12 December: overdue. Done asks for the next step, two weeks on.
  await setToday(page, "2026-12-12");
  await page.reload();
  const jonasItem = dueList.getByRole("listitem").filter({ hasText: "Jonas Berg" });
  await expect(jonasItem).toContainText("2 days overdue");
  await jonasItem.getByRole("button", { name: "Done" }).click();
  const dialog = page.getByRole("dialog", { name: "What’s next with Jonas Berg?" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel("Follow up on")).toHaveValue("2026-12-26");
  await dialog.getByLabel("Next step").fill("Coffee in January");
  await dialog.getByRole("button", { name: "Save next step" }).click();
  await expect(page.getByText("Next step with Jonas Berg saved.", { exact: true })).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(due.getByRole("list", { name: "Due today and overdue" })).toHaveCount(0);
  await expect(due).toContainText("Nothing due.");

  // The timeline keeps what was done.
  await page.goto(`/contacts/${jonas}`);
  await expect(page.getByRole("region", { name: "Timeline" })).toContainText("Follow-up done");
  await expect(page.getByRole("region", { name: "Timeline" })).toContainText("Send the podcast link");
});

test("Snooze puts a due follow-up off a week, Undo brings it back, “No next step” leaves none, and Withdraw retires an invitation; at phone width", async ({ page, signedIn }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await seed(signedIn.email);
  await setToday(page, "2026-12-10");
  await page.goto("/today");
  const dueList = page.getByRole("list", { name: "Due today and overdue" });
  const nextWeek = page.getByRole("region", { name: "Next 7 days" });
  await expect(dueList.getByRole("listitem").filter({ hasText: "Jonas Berg" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

  await dueList.getByRole("button", { name: "Snooze" }).click();
  await page.getByRole("menuitem", { name: "1 week" }).click();
  await expect(page.getByText("Snoozed until 17 Dec 2026.", { exact: true })).toBeVisible();
  await expect(nextWeek.getByRole("listitem").filter({ hasText: "Jonas Berg" })).toContainText("Due in 7 days");
  await expect(dueList).toHaveCount(0);

  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByText("Snooze undone.", { exact: true })).toBeVisible();
  await page.reload();
  await dueList.getByRole("button", { name: "Done" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "No next step" }).click();
  await expect(page.getByRole("dialog")).toBeHidden();
  await expect(page.getByRole("region", { name: "Follow-ups due" })).toContainText("Nothing due.");

  // Withdrawing the invitation that waited too long sends Priya back to "Ready to send".
  const waiting = page.getByRole("region", { name: "Waiting for acceptance" });
  await waiting.getByRole("button", { name: "Withdraw" }).click();
  const confirm = page.getByRole("dialog", { name: "Withdraw the invitation to Priya Raman?" });
  await expect(confirm).toContainText("LinkedIn lets you invite them again only three weeks later");
  await confirm.getByRole("button", { name: "Withdraw" }).click();
  await expect(page.getByText("Invitation to Priya Raman withdrawn.", { exact: true })).toBeVisible();
  await expect(confirm).toBeHidden();
  await expect(waiting).toContainText("No invitation has waited more than 3 weeks.");
});

test("Settings shows the calendar feed's address; the feed serves the follow-ups, and Reset link retires it", async ({ page, signedIn }) => {
  await seed(signedIn.email);
  await page.goto("/settings");
  const calendar = page.getByRole("region", { name: "Calendar" });
  await expect(calendar).toContainText("Other calendars → From URL");
  const address = calendar.getByLabel("Calendar address");
  const url = await address.inputValue();
  expect(url).toMatch(/\/api\/calendar\/[^/]+\.ics$/);

  const feed = await page.request.get(url);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  expect(await feed.text()).toContain("SUMMARY:Follow up: Jonas Berg");

  await calendar.getByRole("button", { name: "Reset link" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Reset link" }).click();
  await expect(page.getByText("New calendar link ready. Subscribe to it again in your calendar app.", { exact: true })).toBeVisible();
  await expect(address).not.toHaveValue(url);
  expect((await page.request.get(url)).status()).toBe(404);
  expect((await page.request.get(await address.inputValue())).status()).toBe(200);
});
