import { expect, test } from "./fixtures";

test("capture three people at an event on a 375 px phone, then see them on the event page", async ({ page, signedIn }) => {
  void signedIn;
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto("/capture");
  await expect(page.getByRole("combobox", { name: "Event" })).toHaveValue("");

  // Create the event from capture: it comes back here with the new event selected.
  await page.getByRole("link", { name: "New event" }).click();
  await page.getByLabel("Event name").fill("Health Tech Meetup");
  await page.getByLabel("Location").fill("Berlin");
  await page.getByRole("button", { name: "Save event" }).click();
  await expect(page).toHaveURL(/\/capture\?event=/);
  const eventId = new URL(page.url()).searchParams.get("event")!;
  const eventSelect = page.getByRole("combobox", { name: "Event" });
  await expect(eventSelect).toHaveValue(eventId);

  const people = [
    { first: "Colleen", last: "Murphy", talk: "Suggested the clinical AI podcast", company: "Northwind Health", linkedin: "linkedin.com/in/colleen-murphy" },
    { first: "Priya", last: "Shah", talk: "Runs the hospital data team", company: "", linkedin: "" },
    { first: "Tomás", last: "García", talk: "Wants intros to payers", company: "Fieldwork", linkedin: "" },
  ];
  for (const person of people) {
    await page.getByLabel("First name").fill(person.first);
    await page.getByLabel("Last name").fill(person.last);
    await page.getByLabel("What you talked about").fill(person.talk);
    if (person.company) await page.getByLabel("Company").fill(person.company);
    if (person.linkedin) await page.getByLabel("LinkedIn URL").fill(person.linkedin);
    await page.getByRole("button", { name: "Save and add another" }).click();

    const name = `${person.first} ${person.last}`;
    await expect(page.getByRole("status")).toHaveText(`Saved ${name}.`);
    await expect(page.getByLabel("First name")).toBeFocused();
    await expect(page.getByLabel("First name")).toHaveValue("");
    await expect(page.getByLabel("What you talked about")).toHaveValue("");
    await expect(page.getByLabel("Company")).toHaveValue("");
    await expect(eventSelect).toHaveValue(eventId);
    await expect(page.getByRole("region", { name: "Captured this session" }).getByRole("link", { name })).toBeVisible();
  }
  await expect(page.getByRole("region", { name: "Captured this session" }).getByRole("listitem")).toHaveCount(3);

  // Someone met on the way home: the event picked for them stays picked too.
  await eventSelect.selectOption({ label: "No event" });
  await page.getByLabel("First name").fill("Dana");
  await page.getByLabel("What you talked about").fill("Shared a taxi from the venue");
  await page.getByRole("button", { name: "Save and add another" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved Dana.");
  await expect(eventSelect).toHaveValue("");
  await expect(page.getByLabel("First name")).toBeFocused();
  await expect(page.getByRole("region", { name: "Captured this session" }).getByRole("listitem")).toHaveCount(4);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, "horizontal overflow on /capture").toBeLessThanOrEqual(0);

  await page.goto(`/events/${eventId}`);
  await expect(page.getByRole("heading", { level: 1, name: "Health Tech Meetup" })).toBeVisible();
  const notInvited = page.getByRole("region", { name: "Not invited yet" });
  for (const person of people) {
    await expect(notInvited.getByRole("link", { name: new RegExp(`${person.first} ${person.last}`) })).toBeVisible();
  }
  await expect(notInvited.getByText("Suggested the clinical AI podcast")).toBeVisible();
  await expect(page.getByRole("link", { name: /Dana/ })).toHaveCount(0);
  const eventOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(eventOverflow, "horizontal overflow on the event page").toBeLessThanOrEqual(0);

  // A week later: who suggested the podcast? One word of the conversation finds her.
  await page.goto("/contacts");
  await page.getByLabel("Search contacts").fill("podcast");
  await expect(page.getByRole("link", { name: /Priya Shah/ })).toHaveCount(0);
  await page.getByRole("link", { name: /Colleen Murphy/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Colleen Murphy" })).toBeVisible();
  const howWeMet = page.getByRole("region", { name: "How you met" });
  await expect(howWeMet.getByRole("link", { name: "Health Tech Meetup" })).toBeVisible();
  await expect(howWeMet.getByText("Suggested the clinical AI podcast")).toBeVisible();
  const contactOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(contactOverflow, "horizontal overflow on the contact page").toBeLessThanOrEqual(0);
});

test("capture explains what is missing and saves nobody", async ({ page, signedIn }) => {
  void signedIn;
  await page.goto("/capture");
  await page.getByLabel("Company").fill("Nameless Inc");
  await page.getByLabel("LinkedIn URL").fill("https://example.com/someone");
  await page.getByRole("button", { name: "Save and add another" }).click();

  await expect(page.getByLabel("First name")).toHaveAccessibleDescription(/Enter a first or last name\./);
  await expect(page.getByLabel("What you talked about")).toHaveAccessibleDescription(/Write a few words about what you talked about\./);
  await expect(page.getByLabel("LinkedIn URL")).toHaveAccessibleDescription(/Enter a LinkedIn profile URL/);
  await expect(page.getByLabel("First name")).toBeFocused();
  await expect(page.getByLabel("Company")).toHaveValue("Nameless Inc");
  await expect(page.getByText("Nobody yet.", { exact: false })).toBeVisible();
});

test("capturing someone whose LinkedIn profile is already a contact links to them instead", async ({ page, signedIn }) => {
  void signedIn;
  await page.goto("/capture");
  await page.getByLabel("First name").fill("Jane");
  await page.getByLabel("Last name").fill("Doe");
  await page.getByLabel("What you talked about").fill("Design systems");
  await page.getByLabel("LinkedIn URL").fill("https://www.linkedin.com/in/jane-doe/");
  await page.getByRole("button", { name: "Save and add another" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved Jane Doe.");

  await page.getByLabel("First name").fill("Jane D.");
  await page.getByLabel("What you talked about").fill("Met her again");
  await page.getByLabel("LinkedIn URL").fill("m.linkedin.com/in/Jane-Doe?utm_source=share");
  await page.getByRole("button", { name: "Save and add another" }).click();
  await expect(page.getByLabel("LinkedIn URL")).toHaveAccessibleDescription(/Jane Doe already has this LinkedIn URL/);
  await expect(page.getByLabel("LinkedIn URL")).toBeFocused();
  await expect(page.getByRole("region", { name: "Captured this session" }).getByRole("listitem")).toHaveCount(1);
  await page.getByRole("link", { name: "Open Jane Doe" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Jane Doe" })).toBeVisible();
});
