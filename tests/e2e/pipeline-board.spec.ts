// The pipeline board: a contact moved by keyboard drag and by the card's buttons, each move kept after a reload and
// written on the timeline; a move that makes no sense refused with its reason; filters; the phone layout.
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import pg from "pg";
import { expect, test, type TestUser } from "./fixtures";

type Person = { first: string; last: string; company?: string; tags?: string[]; draft?: string };

/** Writes the signed-in user's contacts (and drafts) straight to the database; returns their ids by first name. */
async function seed(user: TestUser, people: Person[]): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [user.email]);
    const ownerId = rows[0]!.id;
    const ids: Record<string, string> = {};
    for (const person of people) {
      const id = `c${randomUUID().replaceAll("-", "")}`;
      ids[person.first] = id;
      await client.query(
        `INSERT INTO "Contact" (id, "ownerId", "firstName", "lastName", company, tags, "updatedAt") VALUES ($1, $2, $3, $4, $5, $6, now())`,
        [id, ownerId, person.first, person.last, person.company ?? null, person.tags ?? []],
      );
      if (person.draft) {
        await client.query(
          `INSERT INTO "Invitation" (id, "ownerId", "contactId", direction, status, message, "draftFor", "updatedAt") VALUES ($1, $2, $3, 'OUTGOING', 'DRAFT', $4, $3, now())`,
          [randomUUID(), ownerId, id, person.draft],
        );
      }
    }
    return ids;
  } finally {
    await client.end();
  }
}

const column = (page: Page, title: string) => page.getByRole("region", { name: title, exact: true });
const card = (page: Page, title: string, name: string) => column(page, title).getByRole("article", { name });
const toast = (page: Page, text: string) => page.getByRole("region", { name: /Notifications/ }).getByText(text, { exact: true });
const PERSONALIZE = "1 · Personalize";
const SEND = "2 · Send with context";
const THANK = "3 · Thank & follow up";

/** Picks up a card in the first column by its handle with the keyboard, moves it `steps` columns right, and drops it. */
async function keyboardDrag(page: Page, name: string, steps: number) {
  await page.getByRole("button", { name: `Move ${name}` }).focus();
  await page.keyboard.press("Space");
  // dnd-kit listens for the arrows once the drag has started, and announces where the card is after each one.
  await expect(page.getByText(new RegExp(`^(Picked up ${name} in|${name} is over) ${PERSONALIZE}\\.$`))).toBeAttached();
  for (const title of [SEND, THANK].slice(0, steps)) {
    await page.keyboard.press("ArrowRight");
    await expect(page.getByText(`${name} is over ${title}.`, { exact: true })).toBeAttached();
  }
  await page.keyboard.press("Space");
}

test("a fresh board says how to start", async ({ page, signedIn }) => {
  void signedIn;
  await page.goto("/pipeline");
  await expect(page.getByRole("heading", { level: 1, name: "Pipeline" })).toBeVisible();
  await expect(page.getByText("Met someone? Capture them in ten seconds.")).toBeVisible();
  await page.getByRole("link", { name: "Capture someone" }).click();
  await expect(page).toHaveURL(/\/capture$/);
});

test("move a contact through the board by keyboard drag and by buttons; a move that makes no sense is refused", async ({ page, signedIn }) => {
  const ids = await seed(signedIn, [
    { first: "Ada", last: "Lovelace", company: "Analytical Engines", draft: "Hi Ada, great meeting you at the meetup. Would love to hear more about the engine." },
    { first: "Ben", last: "Kirk" },
  ]);
  await page.goto("/pipeline");
  await expect(card(page, PERSONALIZE, "Ada Lovelace")).toBeVisible();
  await expect(card(page, PERSONALIZE, "Ada Lovelace").getByText("Analytical Engines")).toBeVisible();
  await expect(card(page, PERSONALIZE, "Ada Lovelace").getByText("Added today")).toBeVisible();
  await expect(page.getByText("Nothing to send. A card comes here when its invitation is ready.")).toBeVisible();

  // Keyboard drag: Space picks the card up, ArrowRight moves it one column, Space drops it.
  await keyboardDrag(page, "Ada Lovelace", 1);
  const ada = card(page, SEND, "Ada Lovelace");
  await expect(ada.getByText("Ready to send", { exact: true })).toBeVisible();
  await expect(toast(page, "Moved Ada Lovelace to Ready to send.")).toBeVisible();
  await expect(card(page, PERSONALIZE, "Ada Lovelace")).toHaveCount(0);
  // Focus comes back to the card's handle in its new column, ready for the next move.
  await expect(ada.getByRole("button", { name: "Move Ada Lovelace" })).toBeFocused();
  await page.reload();
  await expect(ada.getByText("Ready to send", { exact: true })).toBeVisible();
  await expect(column(page, SEND).getByText("1 person", { exact: true })).toBeVisible();

  // Buttons: the draft is sent, then accepted; a thank-you is written in its own composer.
  await ada.getByRole("button", { name: "Mark as sent" }).click();
  await expect(ada.getByText("Sent", { exact: true })).toBeVisible();
  await expect(toast(page, "Moved Ada Lovelace to Sent.")).toBeVisible();
  await page.reload();
  await expect(ada.getByText("Sent", { exact: true })).toBeVisible();
  await ada.getByRole("button", { name: "Mark as accepted" }).click();
  await page.getByRole("dialog", { name: "When did Ada Lovelace accept?" }).getByRole("button", { name: "Mark as accepted" }).click();
  const accepted = card(page, THANK, "Ada Lovelace");
  await expect(accepted.getByText("Needs a thank-you", { exact: true })).toBeVisible();
  // The card moves before the server answers; the toast says the move is saved.
  await expect(toast(page, "Moved Ada Lovelace to Needs a thank-you.")).toBeVisible();
  await page.reload();
  await expect(accepted.getByRole("link", { name: "Write thank-you" })).toHaveAttribute("href", `/contacts/${ids.Ada}/thank`);

  // Dragging a card that was never sent into "Thank & follow up" is refused with the reason; the card stays.
  await keyboardDrag(page, "Ben Kirk", 2);
  await expect(toast(page, "Only someone you sent an invitation to can accept it.")).toBeVisible();
  await expect(card(page, PERSONALIZE, "Ben Kirk")).toBeVisible();
  await page.reload();
  await expect(card(page, PERSONALIZE, "Ben Kirk")).toBeVisible();
  await expect(card(page, THANK, "Ben Kirk")).toHaveCount(0);

  // A card without a draft offers to write one instead of "Mark as sent"; a plain move can be undone.
  await card(page, PERSONALIZE, "Ben Kirk").getByRole("button", { name: "Ready to send" }).click();
  const ben = card(page, SEND, "Ben Kirk");
  await expect(ben.getByRole("link", { name: "Write invitation" })).toHaveAttribute("href", `/contacts/${ids.Ben}/invite`);
  await expect(ben.getByRole("button", { name: "Mark as sent" })).toHaveCount(0);
  await page.getByRole("region", { name: /Notifications/ }).getByRole("button", { name: "Undo" }).click();
  await expect(card(page, PERSONALIZE, "Ben Kirk")).toBeVisible();
  await expect(toast(page, "Moved Ben Kirk to Personalize.")).toBeVisible();

  // Every move is on the contact's timeline.
  await page.goto(`/contacts/${ids.Ada}`);
  for (const text of ["Ready to send.", "Invitation accepted."]) await expect(page.getByText(text, { exact: true })).toBeVisible();
});

test("filter the board by tag; on a phone one column shows at a time, without horizontal scrolling", async ({ page, signedIn }) => {
  await seed(signedIn, [
    { first: "Cleo", last: "Design", tags: ["design"] },
    { first: "Dan", last: "Other", tags: ["sales"] },
  ]);
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/pipeline");
  await expect(card(page, PERSONALIZE, "Dan Other")).toBeVisible();
  await page.getByLabel("Tag").selectOption("design");
  await expect(page).toHaveURL(/\/pipeline\?tag=design$/);
  await expect(card(page, PERSONALIZE, "Dan Other")).toHaveCount(0);
  const cleo = card(page, PERSONALIZE, "Cleo Design");
  await expect(cleo).toBeVisible();

  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  for (const control of [cleo.getByRole("button", { name: "Ready to send" }), cleo.getByRole("button", { name: "Move Cleo Design" })]) {
    expect((await control.boundingBox())?.height).toBeGreaterThanOrEqual(44);
  }
  // One column at a time on a phone; the switcher brings the others (follow-through.spec.ts walks it).
  await expect(page.getByRole("group", { name: "Show column" })).toBeVisible();
  await expect(column(page, SEND)).toBeHidden();

  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/pipeline$/);
  await expect(card(page, PERSONALIZE, "Dan Other")).toBeVisible();
});
