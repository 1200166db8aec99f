// Quick capture as it is used, on a 375 px phone (issue 17): the person is met today where the user is, an event
// is preselected only on its day (a past one is a tap away), a second "Nadia Petrova, Figma" is caught, "New event"
// keeps what was typed, and the picker and the name fields stay readable. Also /contacts/new's "How you met".
import type { Page } from "@playwright/test";
import { expect, newId, sql, test } from "./fixtures";

/** An event of the signed-in user's, as one made on /events/new would be. */
async function addEvent(email: string, name: string, startsOn: string): Promise<string> {
  const id = newId();
  await sql(`INSERT INTO "Event" (id, "ownerId", name, "startsOn", "updatedAt") SELECT $1, id, $3, $4, now() FROM "User" WHERE email = $2`, [id, email, name, startsOn]);
  return id;
}

/** Moves the server's clock (for this browser's requests) and the page's to `time`. */
async function setNow(page: Page, time: string) {
  await page.context().addCookies([{ name: "rapport-test-now", value: time, url: new URL(page.url()).origin }]);
  await page.clock.setFixedTime(new Date(time));
}

async function capture(page: Page, person: { first: string; last?: string; talk: string; company?: string; linkedin?: string }) {
  await page.getByLabel("First name").fill(person.first);
  await page.getByLabel("Last name").fill(person.last ?? "");
  await page.getByLabel("What you talked about").fill(person.talk);
  await page.getByLabel("Company").fill(person.company ?? "");
  await page.getByLabel("LinkedIn URL").fill(person.linkedin ?? "");
  await page.getByRole("button", { name: "Save and add another" }).click();
}

const noHorizontalOverflow = async (page: Page) => expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
});

test("a capture is met today in the user's timezone, with last week's event not preselected, and waits on /today", async ({ page, signedIn }) => {
  // 05:00 UTC on 26 November is still the evening of the 25th in Los Angeles.
  await sql(`UPDATE "User" SET timezone = 'America/Los_Angeles' WHERE email = $1`, [signedIn.email]);
  await addEvent(signedIn.email, "AMA Leadership Summit", "2026-11-13");
  await setNow(page, "2026-11-26T05:00:00.000Z");

  await page.goto("/capture");
  await expect(page.getByRole("combobox", { name: "Event" })).toHaveValue("");
  await expect(page.getByLabel("Met on")).toHaveValue("2026-11-25");
  await expect(page.getByRole("button", { name: "Still at AMA Leadership Summit?" })).toBeVisible();
  await capture(page, { first: "Carla", last: "Mendes", talk: "Runs the design ops guild" });
  await expect(page.getByRole("status")).toHaveText("Saved Carla Mendes.");
  await expect(page.getByLabel("Met on")).toHaveValue("2026-11-25");

  await page.goto("/today");
  const metRecently = page.getByRole("list", { name: "Met recently, not invited yet" });
  await expect(metRecently.getByRole("listitem").filter({ hasText: "Carla Mendes" })).toContainText("Met today");
});

test("“Still at …?” picks last week's event in one tap, shows its whole date, and the person is still met today", async ({ page, signedIn }) => {
  await sql(`UPDATE "User" SET timezone = 'America/Los_Angeles' WHERE email = $1`, [signedIn.email]);
  const summit = await addEvent(signedIn.email, "AMA Leadership Summit", "2026-11-13");
  await setNow(page, "2026-11-26T05:00:00.000Z");
  await page.goto("/capture");
  const eventSelect = page.getByRole("combobox", { name: "Event" });

  await page.getByRole("button", { name: "Still at AMA Leadership Summit?" }).click();
  await expect(eventSelect).toHaveValue(summit);
  const date = page.getByText("Friday 13 November 2026");
  await expect(date).toBeVisible();
  await expect(eventSelect).toHaveAccessibleDescription(/Friday 13 November 2026/);
  const box = (await date.boundingBox())!;
  expect(box.x + box.width, "the event's date runs off a 375 px screen").toBeLessThanOrEqual(375);
  await expect(page.getByRole("button", { name: "Still at AMA Leadership Summit?" })).toHaveCount(0);
  await noHorizontalOverflow(page);

  await capture(page, { first: "Dev", last: "Anand", talk: "Keynote on pricing" });
  await expect(page.getByRole("status")).toHaveText("Saved Dev Anand.");
  await expect(eventSelect).toHaveValue(summit);
  await page.goto("/today");
  await expect(
    page.getByRole("list", { name: "Met recently, not invited yet" }).getByRole("listitem").filter({ hasText: "Dev Anand" }),
  ).toContainText("Met today · AMA Leadership Summit");
});

test("an event on today's date (where the user is) is the one preselected", async ({ page, signedIn }) => {
  await sql(`UPDATE "User" SET timezone = 'America/Los_Angeles' WHERE email = $1`, [signedIn.email]);
  await addEvent(signedIn.email, "AMA Leadership Summit", "2026-11-13");
  const breakfast = await addEvent(signedIn.email, "Founders Breakfast", "2026-11-25");
  await addEvent(signedIn.email, "Tomorrow's Meetup", "2026-11-26");
  await setNow(page, "2026-11-26T05:00:00.000Z");
  await page.goto("/capture");
  await expect(page.getByRole("combobox", { name: "Event" })).toHaveValue(breakfast);
  await expect(page.getByText("Wednesday 25 November 2026")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Still at/ })).toHaveCount(0);
});

test("capturing Nadia Petrova of Figma twice asks, and “Add to the existing one” records the new meeting on her", async ({ page, signedIn }) => {
  void signedIn;
  await page.goto("/capture");
  await capture(page, { first: "Nadia", last: "Petrova", talk: "Accessibility audits", company: "Figma" });
  await expect(page.getByRole("status")).toHaveText("Saved Nadia Petrova.");

  // Same name and company: asked, with what was typed kept.
  await capture(page, { first: "nadia", last: "Petrova", talk: "Offered to review our color tokens", company: "figma" });
  // (Next.js keeps an empty alert of its own for route announcements.)
  const alert = page.getByRole("alert").filter({ hasText: "You already have Nadia Petrova at figma. Is this the same person?" });
  await expect(alert).toBeVisible();
  await expect(alert.getByRole("link", { name: "Open Nadia Petrova" })).toBeVisible();
  await expect(page.getByLabel("What you talked about")).toHaveValue("Offered to review our color tokens");
  await noHorizontalOverflow(page);
  await alert.getByRole("button", { name: "Add to the existing one" }).click();
  await expect(page.getByRole("status")).toHaveText("Added how you met to Nadia Petrova.");
  await expect(page.getByLabel("First name")).toHaveValue("");
  const session = page.getByRole("region", { name: "Captured this session" });
  await expect(session.getByRole("listitem")).toHaveCount(1);

  await session.getByRole("link", { name: "Nadia Petrova" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nadia Petrova" })).toBeVisible();
  const howYouMet = page.getByRole("region", { name: "How you met" });
  await expect(howYouMet.getByText("Accessibility audits")).toBeVisible();
  await expect(howYouMet.getByText("Offered to review our color tokens")).toBeVisible();
});

test("capturing a LinkedIn profile that is already a contact is refused, with the way to her", async ({ page, signedIn }) => {
  await sql(
    `INSERT INTO "Contact" (id, "ownerId", "firstName", "lastName", company, "linkedinUrl", "updatedAt")
     SELECT $1, id, 'Nadia', 'Petrova', 'Figma', 'https://www.linkedin.com/in/nadia-petrova', now() FROM "User" WHERE email = $2`,
    [newId(), signedIn.email],
  );
  await page.goto("/capture");
  await capture(page, { first: "N.", last: "Petrova", talk: "Third time", linkedin: "https://www.linkedin.com/in/Nadia-Petrova/" });
  await expect(page.getByLabel("LinkedIn URL")).toHaveAccessibleDescription(/Nadia Petrova already has this LinkedIn URL\./);
  const alert = page.getByRole("alert").filter({ hasText: "already has this LinkedIn URL" });
  await expect(alert.getByRole("button", { name: "Save anyway" })).toHaveCount(0);
  await noHorizontalOverflow(page);
  await alert.getByRole("link", { name: "Open Nadia Petrova" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nadia Petrova" })).toBeVisible();
});

test("“New event” from capture keeps the person typed and comes back with the new event selected", async ({ page, signedIn }) => {
  void signedIn;
  await page.goto("/capture");
  await page.getByLabel("First name").fill("Carla");
  await page.getByLabel("Last name").fill("Mendes");
  await page.getByLabel("What you talked about").fill("Runs the design ops guild");
  await page.getByLabel("Company").fill("Fieldwork");
  await page.getByRole("link", { name: "New event" }).click();

  await page.getByLabel("Event name").fill("Design Ops Night");
  await page.getByRole("button", { name: "Save event" }).click();
  await expect(page).toHaveURL(/\/capture\?event=/);
  const eventId = new URL(page.url()).searchParams.get("event")!;
  await expect(page.getByRole("combobox", { name: "Event" })).toHaveValue(eventId);
  await expect(page.getByLabel("First name")).toHaveValue("Carla");
  await expect(page.getByLabel("Last name")).toHaveValue("Mendes");
  await expect(page.getByLabel("What you talked about")).toHaveValue("Runs the design ops guild");
  await expect(page.getByLabel("Company")).toHaveValue("Fieldwork");
  await page.getByRole("button", { name: "Save and add another" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved Carla Mendes.");
});

test("back from “New event” without saving one, what was typed is still there", async ({ page, signedIn }) => {
  void signedIn;
  await page.goto("/capture");
  await page.getByLabel("First name").fill("Priya");
  await page.getByLabel("What you talked about").fill("Hospital data team");
  await page.getByRole("link", { name: "New event" }).click();
  await page.getByRole("link", { name: "Cancel" }).click();
  await expect(page).toHaveURL(/\/capture$/);
  await expect(page.getByLabel("First name")).toHaveValue("Priya");
  await expect(page.getByLabel("What you talked about")).toHaveValue("Hospital data team");
});

test("on a phone, the name fields stay side by side and aligned while one shows an error", async ({ page, signedIn }) => {
  void signedIn;
  await page.goto("/capture");
  await page.getByLabel("What you talked about").fill("Forgot to ask her name");
  await page.getByRole("button", { name: "Save and add another" }).click();
  await expect(page.getByLabel("First name")).toHaveAccessibleDescription(/Enter a first or last name\./);
  const first = (await page.getByLabel("First name").boundingBox())!;
  const last = (await page.getByLabel("Last name").boundingBox())!;
  expect(Math.abs(first.y - last.y), "First name and Last name start at different heights").toBeLessThan(1);
  expect(Math.abs(first.height - last.height), "First name and Last name have different heights").toBeLessThan(1);
  await noHorizontalOverflow(page);
});

test("/contacts/new can say how you met: event, date and what you talked about", async ({ page, signedIn }) => {
  const summit = await addEvent(signedIn.email, "AMA Leadership Summit", "2026-11-13");
  await setNow(page, "2026-11-20T12:00:00.000Z");
  await page.goto("/contacts/new");
  const howYouMet = page.getByRole("group", { name: "How you met" });
  await expect(howYouMet.getByLabel("Met on")).toHaveValue("2026-11-20");
  await howYouMet.getByRole("combobox", { name: "Event" }).selectOption(summit);
  await howYouMet.getByLabel("Met on").fill("2026-11-14");
  await howYouMet.getByLabel("What you talked about").fill("Pricing experiments at scale");
  await page.getByLabel("First name").fill("Ines");
  await page.getByLabel("Last name").fill("Duarte");
  await page.getByRole("button", { name: "Save contact" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Ines Duarte" })).toBeVisible();
  const met = page.getByRole("region", { name: "How you met" });
  await expect(met.getByRole("link", { name: "AMA Leadership Summit" })).toBeVisible();
  await expect(met.getByText("Pricing experiments at scale")).toBeVisible();
  await expect(met.getByRole("button", { name: "Edit how you met on 14 Nov 2026" })).toBeVisible();

  // Optional: a contact saved without it has no encounter.
  await page.goto("/contacts/new");
  await page.getByLabel("First name").fill("Olu");
  await page.getByRole("button", { name: "Save contact" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Olu" })).toBeVisible();
  await expect(page.getByRole("region", { name: "How you met" }).getByText("No encounters yet")).toBeVisible();
});
