// Following through without dead ends (issue 17, items 8–11 and the board on a phone), with the test clock (the
// rapport-test-now cookie moves the server's "now"; page.clock the browser's): "Done" can be undone, a thanked person
// with nothing scheduled is listed on /today and offered "Add follow-up"; thanked cards say their next step, and a
// card waits since the meeting; "Mark as accepted" takes the day they accepted, which "Needs a thank-you" sorts by; a
// new account gets one clear start; on a 375 px phone the board shows one column at a time with a switcher.
import type { Page } from "@playwright/test";
import { expect, newId, sql, test } from "./fixtures";

async function ownerOf(email: string): Promise<string> {
  const [owner] = await sql(`SELECT id FROM "User" WHERE email = $1`, [email]);
  return owner.id as string;
}

type Seeded = { first: string; last: string; stage: string; at?: string; company?: string; metOn?: string; sentAt?: string; thanked?: boolean };

/** Writes people as the app would have left them: created and staged at `at`, met, invited, thanked. Ids by first name. */
async function seed(email: string, people: Seeded[]): Promise<Record<string, string>> {
  const ownerId = await ownerOf(email);
  const ids: Record<string, string> = {};
  for (const person of people) {
    const id = newId();
    ids[person.first] = id;
    const at = person.at ?? "2026-11-20T10:00:00Z";
    await sql(
      `INSERT INTO "Contact" (id, "ownerId", "firstName", "lastName", company, stage, "stageChangedAt", "createdAt", "updatedAt")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $7, now())`,
      [id, ownerId, person.first, person.last, person.company ?? null, person.stage, at],
    );
    if (person.metOn) {
      await sql(`INSERT INTO "Encounter" (id, "ownerId", "contactId", kind, "metOn", context, "updatedAt") VALUES ($1, $2, $3, 'OTHER', $4, '', now())`, [
        newId(),
        ownerId,
        id,
        person.metOn,
      ]);
    }
    if (person.sentAt) {
      await sql(
        `INSERT INTO "Invitation" (id, "ownerId", "contactId", direction, message, status, "sentAt", "updatedAt") VALUES ($1, $2, $3, 'OUTGOING', $4, 'SENT', $5, now())`,
        [newId(), ownerId, id, `Hi ${person.first}, great meeting you.`, person.sentAt],
      );
    }
    if (person.thanked) {
      await sql(`INSERT INTO "Activity" (id, "ownerId", "contactId", kind, "occurredAt", body) VALUES ($1, $2, $3, 'THANK_YOU_SENT', $4, 'Thank you!')`, [
        newId(),
        ownerId,
        id,
        at,
      ]);
      await sql(`UPDATE "Contact" SET "lastInteractionAt" = $2 WHERE id = $1`, [id, at]);
    }
  }
  return ids;
}

async function followUp(email: string, contactId: string, dueOn: string, note: string) {
  await sql(`INSERT INTO "FollowUp" (id, "ownerId", "contactId", "dueOn", note, "updatedAt") VALUES ($1, $2, $3, $4, $5, now())`, [newId(), await ownerOf(email), contactId, dueOn, note]);
  await sql(`UPDATE "Contact" SET "nextFollowUpOn" = $2, "followUpNote" = $3 WHERE id = $1`, [contactId, dueOn, note]);
}

/** Moves the server's clock (for this browser's requests) and the page's to noon UTC on `day`. */
async function setToday(page: Page, day: string) {
  const time = `${day}T12:00:00.000Z`;
  await page.context().addCookies([{ name: "rapport-test-now", value: time, url: new URL(page.url()).origin }]);
  await page.clock.setFixedTime(new Date(time));
}

const toast = (page: Page, text: string) => page.getByRole("region", { name: /Notifications/ }).getByText(text, { exact: true });

const THANKED_THREE: Seeded[] = [
  { first: "Jonas", last: "Berg", stage: "THANKED", thanked: true },
  { first: "Aiko", last: "Tanaka", stage: "THANKED", thanked: true, at: "2026-11-01T10:00:00Z" },
  { first: "Luca", last: "Romano", stage: "THANKED", thanked: true, at: "2026-11-10T10:00:00Z" },
];

test("“Done” can be undone from the toast or the next-step question; with no next step, the person is in “Thanked, nothing scheduled”", async ({ page, signedIn }) => {
  const ids = await seed(signedIn.email, THANKED_THREE);
  await followUp(signedIn.email, ids.Jonas!, "2026-12-10", "Short call");
  await setToday(page, "2026-12-10");
  await page.goto("/today");

  const keepInTouch = page.getByRole("region", { name: "Thanked, nothing scheduled" });
  await expect(keepInTouch).toContainText("Keep in touch with 2 people you thanked");
  await expect(keepInTouch.getByRole("list").getByRole("listitem")).toHaveText([/Aiko Tanaka/, /Luca Romano/]);

  // Done, then "No next step": Jonas drops into "Thanked, nothing scheduled" instead of off every list.
  const due = page.getByRole("list", { name: "Due today and overdue" });
  await due.getByRole("button", { name: "Done: follow-up with Jonas Berg: Short call" }).click();
  const next = page.getByRole("dialog", { name: "What’s next with Jonas Berg?" });
  await next.getByRole("button", { name: "No next step" }).click();
  await expect(next).toBeHidden();
  // The toast says it is done and offers Undo; a pointer resting on it keeps it open.
  await toast(page, "Follow-up with Jonas Berg done.").hover();
  await expect(page.getByRole("region", { name: "Follow-ups due" })).toContainText("Nothing due.");
  await expect(keepInTouch).toContainText("Keep in touch with 3 people you thanked");
  await expect(keepInTouch.getByRole("listitem").filter({ hasText: "Jonas Berg" })).toBeVisible();

  // The toast's Undo opens it again, as it was.
  await page.getByRole("region", { name: /Notifications/ }).getByRole("button", { name: "Undo" }).click();
  await expect(toast(page, "Follow-up with Jonas Berg is open again.")).toBeVisible();
  await expect(due.getByRole("listitem").filter({ hasText: "Jonas Berg" })).toContainText("Short call");
  await expect(keepInTouch).toContainText("Keep in touch with 2 people you thanked");
  await page.reload();
  await expect(due.getByRole("listitem").filter({ hasText: "Jonas Berg" })).toContainText("Due today");

  // The next-step question has its own Undo, for a keyboard that stays inside the dialog.
  await due.getByRole("button", { name: "Done: follow-up with Jonas Berg: Short call" }).click();
  await next.getByRole("button", { name: "Undo: the follow-up with Jonas Berg is not done" }).click();
  await expect(next).toBeHidden();
  await expect(toast(page, "Follow-up with Jonas Berg is open again.")).toBeVisible();
  await expect(due.getByRole("listitem").filter({ hasText: "Jonas Berg" })).toBeVisible();
});

test("“Add follow-up” beside a thanked person with nothing scheduled, on /today and on their page", async ({ browser, context, page, signedIn }) => {
  const ids = await seed(signedIn.email, THANKED_THREE);
  await setToday(page, "2026-12-10");
  await page.goto("/today");
  const keepInTouch = page.getByRole("region", { name: "Thanked, nothing scheduled" });
  await expect(keepInTouch).toContainText("Keep in touch with 3 people you thanked");

  // On /today: "Add follow-up" beside a thanked person takes them off the list.
  await keepInTouch.getByRole("button", { name: "Add follow-up with Aiko Tanaka" }).click();
  const add = page.getByRole("dialog", { name: "Next step with Aiko Tanaka" });
  await expect(add.getByLabel("Follow up on")).toHaveValue("2026-12-24");
  await add.getByLabel("Next step").fill("Ask about the colour systems talk");
  await add.getByRole("button", { name: "Add follow-up" }).click();
  await expect(toast(page, "Follow-up with Aiko Tanaka added.")).toBeVisible();
  await expect(keepInTouch).toContainText("Keep in touch with 2 people you thanked");

  // On the contact page: "No follow-up scheduled." comes with "Add follow-up".
  await page.goto(`/contacts/${ids.Luca}`);
  const pipeline = page.getByRole("region", { name: "Pipeline" });
  await expect(pipeline.getByText("No follow-up scheduled.")).toBeVisible();
  const addLuca = page.getByRole("dialog", { name: "Next step with Luca Romano" });
  // The page as it arrives, before its scripts run: the button is disabled (a click then would open nothing, silently).
  const early = await browser.newContext({ javaScriptEnabled: false, storageState: await context.storageState() });
  const earlyPage = await early.newPage();
  await earlyPage.goto(`/contacts/${ids.Luca}`);
  await expect(earlyPage.getByRole("region", { name: "Pipeline" }).getByRole("button", { name: "Add follow-up" })).toBeDisabled();
  await early.close();
  await pipeline.getByRole("button", { name: "Add follow-up" }).click();
  await addLuca.getByLabel("Next step").fill("Visit the studio in Milan");
  await addLuca.getByRole("button", { name: "Add follow-up" }).click();
  await expect(pipeline.getByText("Next follow-up:")).toBeVisible();
  await expect(pipeline).toContainText("24 Dec 2026");
  await expect(pipeline).toContainText("Visit the studio in Milan");
  await page.goto("/today");
  await expect(keepInTouch).toContainText("Keep in touch with 1 person you thanked");
  await expect(keepInTouch.getByRole("listitem")).toHaveText([/Jonas Berg/]);
});

test("board cards say a thanked person’s next step and wait since the meeting, or were added today", async ({ page, signedIn }) => {
  const ids = await seed(signedIn.email, [
    { first: "Carla", last: "Diaz", stage: "PERSONALIZE", at: "2026-12-10T09:00:00Z", metOn: "2026-11-26" },
    { first: "Ben", last: "Kirk", stage: "PERSONALIZE", at: "2026-12-10T09:00:00Z" },
    { first: "Jonas", last: "Berg", stage: "THANKED", thanked: true },
    { first: "Mira", last: "Olsen", stage: "THANKED", thanked: true },
  ]);
  await followUp(signedIn.email, ids.Jonas!, "2026-12-11", "Short call");
  await setToday(page, "2026-12-10");
  await page.goto("/pipeline");

  const column = (title: string) => page.getByRole("region", { name: title, exact: true });
  const card = (title: string, name: string) => column(title).getByRole("article", { name });
  await expect(card("1 · Personalize", "Carla Diaz")).toContainText("Waiting 14 days");
  await expect(card("1 · Personalize", "Carla Diaz").getByText("Waiting 14 days")).toHaveAttribute("title", "Since you met on 26 Nov 2026");
  await expect(card("1 · Personalize", "Ben Kirk")).toContainText("Added today");
  await expect(card("3 · Thank & follow up", "Jonas Berg")).toContainText("Next: Short call · 11 Dec");
  await expect(card("3 · Thank & follow up", "Jonas Berg")).not.toContainText("Waiting");
  await expect(card("3 · Thank & follow up", "Mira Olsen")).toContainText("No follow-up scheduled");
});

test("“Mark as accepted” takes the day they accepted, on the contact page, /today and the board; “Needs a thank-you” sorts by it", async ({ page, signedIn }) => {
  const ids = await seed(signedIn.email, [
    { first: "Priya", last: "Raman", stage: "SENT", at: "2026-11-25T10:00:00Z", sentAt: "2026-11-25T10:00:00Z" },
    { first: "Omar", last: "Haddad", stage: "SENT", at: "2026-11-01T10:00:00Z", sentAt: "2026-11-01T10:00:00Z" },
    { first: "Ada", last: "Lovelace", stage: "SENT", at: "2026-12-01T10:00:00Z", sentAt: "2026-12-01T10:00:00Z" },
  ]);
  await setToday(page, "2026-12-10");

  // The contact page: noticed a week late. A day after today is refused with the reason.
  await page.goto(`/contacts/${ids.Priya}`);
  await page.getByRole("region", { name: "Pipeline" }).getByRole("button", { name: "Mark as accepted" }).click();
  const priya = page.getByRole("dialog", { name: "When did Priya Raman accept?" });
  const acceptedOn = priya.getByLabel("Accepted on");
  await expect(acceptedOn).toHaveValue("2026-12-10");
  await acceptedOn.fill("2026-12-11");
  await priya.getByRole("button", { name: "Mark as accepted" }).click();
  await expect(priya.getByText("They cannot have accepted after today (10 Dec 2026): choose today or an earlier day.")).toBeVisible();
  await acceptedOn.fill("2026-12-03");
  await priya.getByRole("button", { name: "Mark as accepted" }).click();
  await expect(priya).toBeHidden();
  await expect(page.getByRole("region", { name: "Pipeline" }).locator("[aria-current=step]")).toHaveText("Needs a thank-you");

  // /today: the invitation that waited three weeks was accepted on 25 November.
  await page.goto("/today");
  await page.getByRole("region", { name: "Waiting for acceptance" }).getByRole("button", { name: "Mark as accepted: Omar Haddad" }).click();
  const omar = page.getByRole("dialog", { name: "When did Omar Haddad accept?" });
  await omar.getByLabel("Accepted on").fill("2026-11-25");
  await omar.getByRole("button", { name: "Mark as accepted" }).click();
  await expect(toast(page, "Omar Haddad accepted. Time for a thank-you.")).toBeVisible();

  // The board: accepted today, the default.
  await page.goto("/pipeline");
  await page.getByRole("article", { name: "Ada Lovelace" }).getByRole("button", { name: "Mark as accepted" }).click();
  const ada = page.getByRole("dialog", { name: "When did Ada Lovelace accept?" });
  await expect(ada.getByLabel("Accepted on")).toHaveValue("2026-12-10");
  await ada.getByRole("button", { name: "Mark as accepted" }).click();
  await expect(toast(page, "Moved Ada Lovelace to Needs a thank-you.")).toBeVisible();

  // Oldest acceptance first, however late each was marked.
  await page.goto("/today");
  const owed = page.getByRole("list", { name: "Needs a thank-you" }).getByRole("listitem");
  await expect(owed).toHaveText([/Omar Haddad.*Accepted 25 Nov 2026 · waiting 15 days/, /Priya Raman.*Accepted 3 Dec 2026 · waiting 7 days/, /Ada Lovelace.*Accepted 10 Dec 2026 · waiting since today/]);
});

test("a new account’s /today shows one clear start, import first, on a 375 px phone", async ({ page, signedIn }) => {
  void signedIn;
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto("/today");
  const start = page.getByRole("region", { name: "Start here" });
  await expect(start.getByRole("link")).toHaveText(["Import your LinkedIn connections", "Capture someone you met", "Add an event"]);
  for (const empty of ["Needs a thank-you", "Follow-ups due", "Waiting for acceptance", "Met recently, not invited yet"]) {
    await expect(page.getByRole("region", { name: empty })).toHaveCount(0);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  // The first thing under the heading, within the first screen.
  const importLink = start.getByRole("link", { name: "Import your LinkedIn connections" });
  expect((await importLink.boundingBox())!.y + 44).toBeLessThan(740);
  await importLink.click();
  await expect(page).toHaveURL(/\/import$/);

  // Once there is somebody, /today is the usual list of what to do.
  await seed(signedIn.email, [{ first: "Carla", last: "Diaz", stage: "PERSONALIZE" }]);
  await page.goto("/today");
  await expect(page.getByRole("region", { name: "Start here" })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Needs a thank-you" })).toBeVisible();
});

test("on a 375 px phone the board shows one column at a time, switched with the keyboard", async ({ page, signedIn }) => {
  await seed(signedIn.email, [
    ...Array.from({ length: 8 }, (_, index) => ({ first: `Person${index + 1}`, last: "Personalize", stage: "PERSONALIZE" })),
    { first: "Priya", last: "Raman", stage: "SENT", sentAt: "2026-11-25T10:00:00Z" },
    { first: "Jonas", last: "Berg", stage: "THANKED", thanked: true },
  ]);
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto("/pipeline");
  const switcher = page.getByRole("group", { name: "Show column" });
  const personalize = switcher.getByRole("button", { name: "1 · Personalize (8 people)" });
  const send = switcher.getByRole("button", { name: "2 · Send with context (1 person)" });
  const thank = switcher.getByRole("button", { name: "3 · Thank & follow up (1 person)" });
  await expect(personalize).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("region", { name: "1 · Personalize", exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "3 · Thank & follow up", exact: true })).toBeHidden();

  // The keyboard reaches the switcher and changes the column; the column starts within the first screen.
  await personalize.focus();
  await page.keyboard.press("Tab");
  await expect(send).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(thank).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(thank).toHaveAttribute("aria-pressed", "true");
  const thankColumn = page.getByRole("region", { name: "3 · Thank & follow up", exact: true });
  await expect(thankColumn.getByRole("article", { name: "Jonas Berg" })).toBeVisible();
  await expect(page.getByRole("region", { name: "1 · Personalize", exact: true })).toBeHidden();
  expect((await thankColumn.boundingBox())!.y).toBeLessThan(740);
  await send.press("Space");
  await expect(page.getByRole("region", { name: "2 · Send with context", exact: true }).getByRole("article", { name: "Priya Raman" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

  // On a desktop the three columns stand side by side and the switcher is gone.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(switcher).toBeHidden();
  for (const title of ["1 · Personalize", "2 · Send with context", "3 · Thank & follow up"]) {
    await expect(page.getByRole("region", { name: title, exact: true })).toBeVisible();
  }
});
