// The inbox in the browser: a default invitation from a stranger is logged, shows as "Default" with what Rapport
// knows about them (nothing yet), gets a reply from a template asking where you met, and once accepted they owe a
// thank-you on /today. Then the inbox with content on a
// phone: no sideways scrolling, and "Ignore" undone from its toast.
import type { Page } from "@playwright/test";
import { expect, newId, sql, test } from "./fixtures";

/** One invitation in the list (not the toast about it, which is a list item too). */
const invitation = (page: Page, name: string) => page.getByRole("list", { name: "Invitations received" }).getByRole("listitem").filter({ hasText: name });
const toast = (page: Page, text: string) => page.getByRole("region", { name: /Notifications/ }).getByText(text, { exact: true });

test("a default invitation from a stranger: logged, classed “Default”, accepted, then a thank-you is owed", async ({ page, signedIn }) => {
  void signedIn;
  await page.goto("/inbox");
  await expect(page.getByRole("heading", { level: 2, name: "No invitations received yet" })).toBeVisible();
  await page.getByRole("link", { name: "Log an invitation" }).first().click();

  await expect(page.getByRole("heading", { level: 1, name: "Log an invitation" })).toBeVisible();
  await page.getByRole("button", { name: "Save invitation" }).click();
  await expect(page.getByText("Enter the name of who sent it, as LinkedIn shows it.")).toBeVisible();
  await page.getByLabel("From").fill("Rosa Stranger");
  await page.getByLabel("LinkedIn URL").fill("linkedin.com/in/rosa-stranger");
  await page.getByRole("button", { name: "Save invitation" }).click();

  await expect(page).toHaveURL(/\/inbox$/);
  const item = invitation(page, "Rosa Stranger");
  await expect(item.getByText("Default", { exact: true })).toBeVisible();
  await expect(item).toContainText("No message — LinkedIn's default");
  await expect(item).toContainText("Rapport knows nothing else about them: no meeting, no mutual connection, no earlier invitation.");
  await expect(item.getByRole("link", { name: "Reply to Rosa Stranger" })).toHaveAttribute("href", /\/inbox\/c[a-z0-9]+\/reply$/);
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: /^Inbox\s*1 new invitation$/ })).toBeVisible();

  // Reply first, asking for context, as the advice goes.
  await item.getByRole("link", { name: "Reply to Rosa Stranger" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Reply to Rosa Stranger" })).toBeVisible();
  await page.getByRole("combobox", { name: "Template" }).selectOption({ label: "Ask where we met" });
  await expect(page.getByRole("textbox", { name: "Message" })).toHaveValue(/^Hi Rosa, thanks for the invitation! Remind me where we met\?/);
  await page.getByRole("button", { name: "Mark reply sent" }).click();
  await expect(page).toHaveURL(/\/inbox$/);
  await expect(toast(page, "Reply marked as sent")).toBeVisible();
  await expect(item.getByText("Replied", { exact: true })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Inbox", exact: true })).toBeVisible();

  await item.getByRole("button", { name: "Accept Rosa Stranger's invitation" }).click();
  await expect(toast(page, "Accepted: Rosa Stranger is in “Needs a thank-you”.")).toBeVisible();
  await expect(item.getByText("Accepted", { exact: true })).toBeVisible();

  await page.goto("/today");
  const owed = page.getByRole("region", { name: "Needs a thank-you" }).getByRole("listitem").filter({ hasText: "Rosa Stranger" });
  await expect(owed.getByRole("link", { name: "Write thank-you to Rosa Stranger" })).toBeVisible();
});

test("the inbox on a phone: what you know about each sender fits in 375 px, and Ignore is undone from its toast", async ({ page, signedIn }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const [owner] = await sql(`SELECT id FROM "User" WHERE email = $1`, [signedIn.email]);
  const ownerId = owner.id as string;
  const [mutual, marta, kai, event] = [newId(), newId(), newId(), newId()];
  await sql(`INSERT INTO "Event" (id, "ownerId", name, "startsOn", "updatedAt") VALUES ($1, $2, 'Health Tech Meetup Lisbon 2026', '2026-10-01', now())`, [event, ownerId]);
  await sql(
    `INSERT INTO "Contact" (id, "ownerId", "firstName", "lastName", company, title, stage, "updatedAt") VALUES
       ($1, $4, 'Mo', 'Mutual', NULL, NULL, 'THANKED', now()),
       ($2, $4, 'Marta', 'Oliveira-Vasconcelos de Albuquerque', 'Northwind Health International', 'Director of Partnerships', 'PERSONALIZE', now()),
       ($3, $4, 'Kai', 'Default', NULL, NULL, 'PERSONALIZE', now())`,
    [mutual, marta, kai, ownerId],
  );
  await sql(
    `INSERT INTO "Encounter" (id, "ownerId", "contactId", "eventId", kind, "metOn", "where", "throughContactId", "updatedAt")
     VALUES ($1, $2, $3, $4, 'EVENT', '2026-10-01', 'At the coffee stand by the main stage', $5, now())`,
    [newId(), ownerId, marta, event, mutual],
  );
  await sql(
    `INSERT INTO "Invitation" (id, "ownerId", "contactId", direction, status, message, flags, "sentAt", "updatedAt") VALUES
       ($1, $4, $5, 'OUTGOING', 'WITHDRAWN', 'Hi Marta', '{}', '2026-09-01T10:00:00Z', now()),
       ($2, $4, $5, 'INCOMING', 'NEW', 'Marta here: we spoke about interoperability-standards-for-electronic-health-records at the meetup, would love to continue.', ARRAY['customized'], now() - interval '2 days', now()),
       ($3, $4, $6, 'INCOMING', 'NEW', '', ARRAY['default'], now() - interval '1 day', now())`,
    [newId(), newId(), newId(), ownerId, marta, kai],
  );

  await page.goto("/inbox");
  const martaItem = invitation(page, "Marta Oliveira");
  await expect(martaItem.getByText("Personal", { exact: true })).toBeVisible();
  await expect(martaItem).toContainText("Health Tech Meetup Lisbon 2026");
  await expect(martaItem.getByRole("link", { name: "Mo Mutual" })).toBeVisible();
  await expect(martaItem).toContainText("You invited them");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

  const kaiItem = invitation(page, "Kai Default");
  await kaiItem.getByRole("button", { name: "Ignore Kai Default's invitation" }).click();
  // A pointer resting on the toast keeps it open.
  await toast(page, "Ignored Kai Default's invitation.").hover();
  await expect(kaiItem).toHaveCount(0);
  await page.getByRole("region", { name: /Notifications/ }).getByRole("button", { name: "Undo" }).click();
  await expect(toast(page, "Kai Default's invitation is back in your inbox.")).toBeVisible();
  await expect(invitation(page, "Kai Default")).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});
