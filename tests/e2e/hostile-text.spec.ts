// Everything a user (or an import) wrote is shown as text, never run as HTML: markup and script in every text field
// of a contact, an event, how you met, a note, a follow-up, a template and an invitation, on every page that shows
// them. The Content-Security-Policy would stop an injected script anyway, so the test also proves no element was
// made from the text (no <img src=x>, no inline <script> of ours, no javascript: link).
import { randomUUID } from "node:crypto";
import pg from "pg";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const IMG = '<img src=x onerror="window.__xss=1">';
const SCRIPT = "<script>window.__xss=1</script>";
const JS = "javascript:window.__xss=1";

// Each field gets its own text, so that the page can be asked for each one literally.
const CONTACT = {
  "First name": `Ann ${IMG}`,
  "Last name": `Lee ${SCRIPT}`,
  Company: `${JS} <b>Acme</b>`,
  Title: `Chief ${IMG} Officer`,
  Location: `${SCRIPT} Berlin`,
  Notes: `Notes ${IMG}\n${SCRIPT}\n${JS}`,
};
const TAGS = ["<img src=x onerror=window.__xss=1>", "<script>tag</script>"];
// A profile address with markup in it: stored percent-encoded, shown as a link to linkedin.com.
const LINKEDIN = `linkedin.com/in/"><img src=x onerror="window.__xss=1">`;
const EVENT = { "Event name": `Summit ${IMG}`, Location: `Hall ${SCRIPT}`, Notes: `Event notes ${JS} ${IMG}` };
const EVENT_LINK = `https://example.com/"><img src=x onerror=window.__xss=1>`;
const ENCOUNTER = { where: `Booth ${IMG}`, context: `Talked ${SCRIPT}`, topic: `Topic ${IMG}`, theyCanHelpWith: `They ${JS}`, iCanHelpWith: `I ${IMG}` };
const DRAFT = `Hi Ann, ${IMG} ${SCRIPT} ${JS}`;
const NOTE = `Logged ${IMG}`;
const FOLLOW_UP = `Next step ${SCRIPT} ${IMG}`;
const TEMPLATE = { name: `Tpl ${IMG}`, body: `Hello {firstName} ${SCRIPT}` };

/** No element was made from the text, nothing ran, and each text is on the page as it was written. */
async function expectLiteral(page: Page, texts: string[]) {
  await page.waitForLoadState("load");
  for (const text of texts) await expect(page.locator("body")).toContainText(text);
  const made = await page.evaluate(() => ({
    xss: (window as unknown as { __xss?: unknown }).__xss,
    images: document.querySelectorAll('img[src="x"]').length,
    scripts: [...document.querySelectorAll("script:not([src])")].filter((script) => /^\s*(window\.__xss|tag)/.test(script.textContent ?? "")).length,
    javascriptLinks: document.querySelectorAll('a[href^="javascript:" i], [src^="javascript:" i], [formaction^="javascript:" i]').length,
    bold: [...document.querySelectorAll("b")].filter((element) => element.textContent === "Acme").length,
    handlers: document.querySelectorAll("[onerror], [onload]").length,
  }));
  expect(made, page.url()).toEqual({ xss: undefined, images: 0, scripts: 0, javascriptLinks: 0, bold: 0, handlers: 0 });
}

async function withDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

test("markup and script in every text field are shown as text on every page", async ({ page, signedIn }) => {
  test.setTimeout(120_000);

  // The event and the contact through their forms, as a user would type them.
  await page.goto("/events/new");
  for (const [label, value] of Object.entries(EVENT)) await page.getByLabel(label).fill(value);
  await page.getByLabel("Date").fill("2026-11-20");
  await page.getByLabel("Link").fill(EVENT_LINK);
  await page.getByRole("button", { name: "Save event" }).click();
  await expect(page.getByRole("heading", { level: 1, name: EVENT["Event name"] })).toBeVisible();
  const eventId = new URL(page.url()).pathname.split("/").pop()!;

  await page.goto("/contacts/new");
  for (const [label, value] of Object.entries(CONTACT)) await page.getByLabel(label).fill(value);
  await page.getByLabel("Tags").fill(TAGS.join(", "));
  await page.getByLabel("LinkedIn URL").fill(LINKEDIN);
  await page.getByRole("button", { name: "Save contact" }).click();
  const name = `${CONTACT["First name"]} ${CONTACT["Last name"]}`;
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const contactId = new URL(page.url()).pathname.split("/").pop()!;

  // How you met, a note, a follow-up due today, a template and the invitation's draft, written as the actions would.
  await withDatabase(async (client) => {
    const { rows } = await client.query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [signedIn.email]);
    const ownerId = rows[0]!.id;
    await client.query(
      `INSERT INTO "Encounter" (id, "ownerId", "contactId", "eventId", kind, "metOn", "where", context, topic, "theyCanHelpWith", "iCanHelpWith", "updatedAt")
       VALUES ($1, $2, $3, $4, 'EVENT', '2026-11-20', $5, $6, $7, $8, $9, now())`,
      [randomUUID(), ownerId, contactId, eventId, ENCOUNTER.where, ENCOUNTER.context, ENCOUNTER.topic, ENCOUNTER.theyCanHelpWith, ENCOUNTER.iCanHelpWith],
    );
    await client.query(`INSERT INTO "Activity" (id, "ownerId", "contactId", kind, body) VALUES ($1, $2, $3, 'NOTE', $4)`, [randomUUID(), ownerId, contactId, NOTE]);
    await client.query(`INSERT INTO "FollowUp" (id, "ownerId", "contactId", "dueOn", note, "updatedAt") VALUES ($1, $2, $3, current_date, $4, now())`, [
      randomUUID(),
      ownerId,
      contactId,
      FOLLOW_UP,
    ]);
    await client.query(`UPDATE "Contact" SET "nextFollowUpOn" = current_date, "followUpNote" = $2 WHERE id = $1`, [contactId, FOLLOW_UP]);
    await client.query(`INSERT INTO "Template" (id, "ownerId", kind, name, body, "updatedAt") VALUES ($1, $2, 'INVITATION', $3, $4, now())`, [
      randomUUID(),
      ownerId,
      TEMPLATE.name,
      TEMPLATE.body,
    ]);
    await client.query(
      `INSERT INTO "Invitation" (id, "ownerId", "contactId", direction, status, message, "draftFor", "updatedAt") VALUES ($1, $2, $3, 'OUTGOING', 'DRAFT', $4, $3, now())`,
      [randomUUID(), ownerId, contactId, DRAFT],
    );
  });

  await page.goto(`/contacts/${contactId}`);
  await expectLiteral(page, [...Object.values(CONTACT).map((text) => text.split("\n")[0]!), ...TAGS, ENCOUNTER.context, ENCOUNTER.where, NOTE, FOLLOW_UP, EVENT["Event name"]]);
  await expect(page.getByRole("link", { name: /linkedin\.com\/in\// })).toHaveAttribute("href", /^https:\/\/www\.linkedin\.com\/in\/%22%3E%3Cimg/);

  await page.goto(`/contacts/${contactId}/edit`);
  for (const [label, value] of Object.entries(CONTACT)) await expect(page.getByLabel(label)).toHaveValue(value);
  await expectLiteral(page, []);

  await page.goto("/contacts");
  await expectLiteral(page, [CONTACT["First name"], CONTACT.Company]);

  await page.goto(`/contacts?q=${encodeURIComponent("onerror")}`);
  await expectLiteral(page, [CONTACT["First name"]]);
  await page.goto(`/contacts?tag=${encodeURIComponent(TAGS[0]!)}`);
  await expectLiteral(page, [CONTACT["First name"], TAGS[0]!]);

  await page.goto("/events");
  await expectLiteral(page, [EVENT["Event name"]]);
  await page.goto(`/events/${eventId}`);
  await expectLiteral(page, [EVENT["Event name"], EVENT.Location, EVENT.Notes, CONTACT["First name"]]);
  await expect(page.getByRole("link", { name: /example\.com/ })).toHaveAttribute("href", /^https:\/\/example\.com\/%22%3E%3Cimg/);

  await page.goto("/pipeline");
  await expectLiteral(page, [CONTACT["First name"]]);

  await page.goto("/today");
  await expectLiteral(page, [CONTACT["First name"], FOLLOW_UP]);

  await page.goto(`/contacts/${contactId}/invite`);
  await expect(page.getByLabel("Message")).toHaveValue(DRAFT);
  await expectLiteral(page, [ENCOUNTER.topic, EVENT["Event name"]]);
  await expect(page.getByLabel("Template").locator("option", { hasText: TEMPLATE.name })).toHaveCount(1);
});
