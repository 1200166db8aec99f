// Invitations in the user's own words: a template fills {topic} from the encounter's "Topic to mention" and never
// from the private note (without a topic, {topic} is selected for the user to write), the coach warns when a note is
// pasted in, an empty message is not scored before the first keystroke, a thank-you draft follows the user to another
// browser, and on a phone "What you know" starts open while there is nothing written.
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import pg from "pg";
import { expect, signIn, test, type TestUser } from "./fixtures";

const NOTE = "Accessibility audits for design systems; she runs the a11y guild at Figma and offered to review our color tokens";

type Seed = { stage?: "PERSONALIZE" | "CONNECTED"; topic?: string | null; event?: boolean };

/** Nadia, met at Config with the private note above (and a topic, when given): written straight to the database. */
async function seedNadia(user: TestUser, { stage = "PERSONALIZE", topic = null, event = true }: Seed = {}): Promise<string> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const owner = await client.query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [user.email]);
    const ownerId = owner.rows[0]!.id;
    const contactId = `c${randomUUID().replaceAll("-", "").slice(0, 24)}`;
    const eventId = event ? randomUUID() : null;
    await client.query(
      `INSERT INTO "Contact" (id, "ownerId", "firstName", "lastName", company, stage, "connectedAt", "updatedAt")
       VALUES ($1, $2, 'Nadia', 'Petrova', 'Figma', $3::"Stage", $4, now())`,
      [contactId, ownerId, stage, stage === "CONNECTED" ? new Date() : null],
    );
    if (eventId) {
      await client.query(`INSERT INTO "Event" (id, "ownerId", name, "startsOn", location, "updatedAt") VALUES ($1, $2, 'Config', current_date, 'San Francisco', now())`, [eventId, ownerId]);
    }
    await client.query(
      `INSERT INTO "Encounter" (id, "ownerId", "contactId", "eventId", kind, "metOn", context, topic, "updatedAt")
       VALUES ($1, $2, $3, $4, $5::"EncounterKind", current_date, $6, $7, now())`,
      [randomUUID(), ownerId, contactId, eventId, eventId ? "EVENT" : "OTHER", NOTE, topic],
    );
    return `/contacts/${contactId}`;
  } finally {
    await client.end();
  }
}

function messageBox(page: Page) {
  return page.getByRole("textbox", { name: "Message", exact: true });
}

async function chooseTemplate(page: Page, name: string, { replacing = false } = {}) {
  await page.getByRole("combobox", { name: "Template" }).selectOption({ label: name });
  if (replacing) await page.getByRole("dialog", { name: "Replace your message?" }).getByRole("button", { name: "Replace message" }).click();
}

test("a template fills the encounter's topic, never the private note; without a topic {topic} is selected to write", async ({ page, signedIn }) => {
  const contactPath = await seedNadia(signedIn);

  // No topic yet: the template keeps {topic}, selected, and typing replaces it.
  await page.goto(`${contactPath}/invite`);
  const message = messageBox(page);
  await chooseTemplate(page, "Met at an event");
  await expect(message).toHaveValue(/^Hi Nadia, great meeting you at Config\. I enjoyed our chat about \{topic\} and would love to keep swapping notes\./);
  await expect(page.getByText("Fill in or remove {topic}.", { exact: true })).toBeVisible();
  await page.keyboard.type("your a11y guild");
  await expect(message).toHaveValue(/I enjoyed our chat about your a11y guild and would love to keep swapping notes\./);
  await expect(page.getByText("Fill in or remove {topic}.", { exact: true })).toHaveCount(0);
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();

  // The user gives the encounter a topic on the contact page.
  await page.goto(contactPath);
  const met = page.getByRole("region", { name: "How you met" });
  await met.getByRole("button", { name: /^Edit how you met on/ }).click();
  const dialog = page.getByRole("dialog", { name: "Edit how you met" });
  await expect(dialog.getByLabel("What you talked about")).toHaveValue(NOTE);
  await dialog.getByLabel("Topic to mention").fill("accessibility audits");
  await dialog.getByRole("button", { name: "Save changes" }).click();
  await expect(dialog).toHaveCount(0);
  const encounter = met.getByRole("listitem");
  await expect(encounter.getByText("Topic to mention", { exact: true })).toBeVisible();
  await expect(encounter.getByText("accessibility audits", { exact: true })).toBeVisible();

  // The template now says the topic; nothing of the note reaches the message, and the coach is satisfied.
  await page.goto(`${contactPath}/invite`);
  await expect(page.getByRole("group").filter({ hasText: "What you know" }).getByRole("button", { name: "accessibility audits", exact: true })).toBeVisible();
  await chooseTemplate(page, "Met at an event", { replacing: true });
  await expect(message).toHaveValue(/^Hi Nadia, great meeting you at Config\. I enjoyed our chat about accessibility audits and would love to keep swapping notes\./);
  await expect(message).not.toHaveValue(/she runs|guild|color tokens/);
  await expect(page.getByText("All 9 checks pass.", { exact: true })).toBeVisible();
  await expect(page.getByRole("meter", { name: "Coach score" })).toHaveAttribute("aria-valuetext", "100 out of 100: Personal");
});

test("the coach warns when the private note is pasted into the message, and is satisfied once it is said to them", async ({ page, signedIn }) => {
  const contactPath = await seedNadia(signedIn, { topic: "accessibility audits" });
  await page.goto(`${contactPath}/invite`);
  const message = messageBox(page);
  const checklist = page.getByRole("list", { name: "Checklist" });
  const meter = page.getByRole("meter", { name: "Coach score" });

  // The note, inserted from "What you know" as it is.
  await message.fill("Hi Nadia, great meeting you at Config! I enjoyed our chat about ");
  await page.getByRole("group").filter({ hasText: "What you know" }).getByRole("button", { name: NOTE, exact: true }).click();
  await page.keyboard.type(". Would love to swap notes.");
  const warning = checklist.getByRole("listitem").filter({ hasText: "Written to them, not about them" });
  await expect(warning).toContainText("not yet");
  await expect(warning).toContainText("is copied from your private notes: say it to them, in your own words.");
  await expect(meter).not.toHaveAttribute("aria-valuetext", /Personal$/);

  // The same in the third person, without the paste, is still about her.
  await message.fill("Hi Nadia, great meeting you at Config! She leads the accessibility guild. Would love to swap notes.");
  await expect(warning).toContainText("“She leads” speaks of Nadia as if to someone else: write to them (“you…”, “your…”).");
  await expect(meter).not.toHaveAttribute("aria-valuetext", /Personal$/);

  // Written to her, every check passes.
  await message.fill("Hi Nadia, great meeting you at Config! I loved hearing how you run the a11y guild at Figma. Would love to swap notes.");
  await expect(warning).not.toContainText("not yet");
  await expect(page.getByText("All 9 checks pass.", { exact: true })).toBeVisible();
  await expect(meter).toHaveAttribute("aria-valuetext", "100 out of 100: Personal");
});

test("an empty message shows the checklist neutrally until the first keystroke", async ({ page, signedIn }) => {
  const toInvite = await seedNadia(signedIn);
  const toThank = await seedNadia(signedIn, { stage: "CONNECTED" });
  for (const path of [`${toInvite}/invite`, `${toThank}/thank`]) {
    await page.goto(path);
    const coach = page.getByRole("region", { name: "Coach score" });
    await expect(coach.getByText("Not scored yet", { exact: true })).toBeVisible();
    await expect(page.getByRole("meter", { name: "Coach score" })).toHaveAttribute("aria-valuetext", "Not scored yet");
    await expect(coach.getByText("Start writing: the checks update as you type.")).toBeVisible();
    await expect(coach.getByText("Default", { exact: true })).toHaveCount(0);
    await expect(coach.getByText(/\d+\/100/)).toHaveCount(0);
    await expect(page.getByRole("list", { name: "Checklist" }).getByRole("listitem").filter({ hasText: "not yet" })).toHaveCount(0);

    // The first keystroke starts the scoring; emptied again, the message is now missing.
    await messageBox(page).pressSequentially("T");
    await expect(coach.getByText("Not scored yet", { exact: true })).toHaveCount(0);
    await expect(coach.getByText(/\d+\/100/)).toBeVisible();
    await messageBox(page).fill("");
    await expect(coach.getByText("0/100", { exact: true })).toBeVisible();
    await expect(page.getByRole("list", { name: "Checklist" }).getByRole("listitem").filter({ hasText: "Something written" })).toContainText("not yet");
  }
});

test("a thank-you draft typed in one browser is there in another", async ({ page, browser, signedIn }) => {
  const contactPath = await seedNadia(signedIn, { stage: "CONNECTED", topic: "accessibility audits" });
  await page.goto(`${contactPath}/thank`);
  const text = "Thanks for connecting, Nadia! I loved hearing how you run the a11y guild. Coffee soon?";
  await messageBox(page).fill(text);
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();

  // Another browser (the laptop), signed in as the same user, with nothing on this device.
  const laptop = await browser.newContext();
  const other = await laptop.newPage();
  await signIn(other, signedIn);
  await other.goto(`${contactPath}/thank`);
  await expect(messageBox(other)).toHaveValue(text);
  await expect(other.getByText("Saved", { exact: true })).toBeVisible();
  expect(await other.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("rapport:thank-you-draft:")))).toEqual([]);

  // Edited there, it is the newer text back on the phone.
  await messageBox(other).fill(`${text} Either way, let’s keep in touch.`);
  await expect(other.getByText("Saved", { exact: true })).toBeVisible();
  await laptop.close();
  await page.reload();
  await expect(messageBox(page)).toHaveValue(`${text} Either way, let’s keep in touch.`);
});

test("on a 375 px phone, “What you know” starts open while the message is empty and folded once there is a draft", async ({ page, signedIn }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  const contactPath = await seedNadia(signedIn, { topic: "accessibility audits" });
  await page.goto(`${contactPath}/invite`);
  const panel = page.getByRole("group").filter({ hasText: "What you know" });
  const topic = panel.getByRole("button", { name: "accessibility audits", exact: true });
  await expect(topic).toBeVisible();
  await topic.click();
  await expect(messageBox(page)).toHaveValue("accessibility audits");
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), "horizontal overflow on the composer").toBeLessThanOrEqual(0);

  // With a draft to get on with, the message comes first and the panel is one tap away.
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();
  await page.reload();
  await expect(messageBox(page)).toHaveValue("accessibility audits");
  await expect(topic).toBeHidden();
  await panel.getByText("What you know").click();
  await expect(topic).toBeVisible();
});
