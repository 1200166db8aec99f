// Imports against a real database: the upload is saved as the route handler saves it, then previewed, confirmed
// and undone through the server actions as a signed-in user (only the session is stubbed).
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { makeZip } from "@/lib/imports/fixtures/zip";
import { DEFAULT_THANK_WINDOW_DAYS } from "@/lib/imports/schema";
import { saveUpload } from "@/lib/imports/uploads";
import { createUser } from "./database";

const session = vi.hoisted(() => ({ userId: "" }));
vi.mock("@/lib/auth/session", () => ({
  requireUser: async () => ({ id: session.userId, name: "Sam Taylor", email: "sam@example.com", inviteNoteLimit: 300, timezone: "UTC" }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { confirmImportAction, previewImportAction, undoImportAction } = await import("@/lib/imports/actions");

const fixtures = path.join(import.meta.dirname, "../../lib/imports/fixtures");
const fixture = (name: string) => readFileSync(path.join(fixtures, name));
const options = { thankWindowDays: DEFAULT_THANK_WINDOW_DAYS, skipInvalid: false };

function linkedinZip() {
  return makeZip([
    { name: "Connections.csv", content: fixture("Connections.csv") },
    { name: "Invitations.csv", content: fixture("Invitations.csv") },
    { name: "messages.csv", content: fixture("messages.csv") },
  ]);
}

async function upload(name: string, content: Buffer | string, userId = session.userId): Promise<string> {
  const body = new Blob([typeof content === "string" ? content : new Uint8Array(content)]).stream();
  return (await saveUpload(userId, name, body)).token;
}

async function importFile(name: string, content: Buffer | string) {
  const outcome = await confirmImportAction(await upload(name, content), options);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.summary;
}

async function snapshot(ownerId: string) {
  const [contacts, invitations, activities] = await Promise.all([
    db.contact.findMany({ where: { ownerId }, select: { firstName: true, lastName: true, linkedinUrl: true, stage: true, connectedAt: true }, orderBy: [{ lastName: "asc" }, { firstName: "asc" }] }),
    db.invitation.count({ where: { ownerId } }),
    db.activity.count({ where: { ownerId } }),
  ]);
  return { contacts, invitations, activities };
}

describe("imports", () => {
  let ownerId = "";

  beforeEach(async () => {
    ownerId = (await createUser("Sam Taylor")).id;
    session.userId = ownerId;
  });

  it("previews a LinkedIn export, then imports it with stages, invitations and messages", async () => {
    const token = await upload("Basic_LinkedInDataExport.zip", linkedinZip());
    const preview = await previewImportAction(token, { ...options, thankWindowDays: 3650 });
    expect(preview).toMatchObject({
      ok: true,
      preview: { source: "LINKEDIN", counts: { create: 7, update: 0, invitations: 4, messages: 2, invalid: 0 } },
    });
    expect(await db.contact.count({ where: { ownerId } })).toBe(0); // a preview writes nothing

    const outcome = await confirmImportAction(token, { ...options, thankWindowDays: 0 });
    expect(outcome).toMatchObject({ ok: true, summary: { counts: { create: 7, needsThankYou: 0, thanked: 4, invitations: 4, messages: 2 } } });
    const colleen = await db.contact.findFirstOrThrow({ where: { ownerId, linkedinUrl: "https://www.linkedin.com/in/colleen-obrien" }, include: { invitations: true, activities: true } });
    expect(colleen).toMatchObject({ stage: "THANKED", connectedAt: new Date("2021-08-25T00:00:00Z"), company: "Acme, Inc." });
    expect(colleen.invitations).toMatchObject([{ direction: "INCOMING", status: "ACCEPTED", respondedAt: null, flags: ["default"], sentAt: new Date("2026-07-08T15:43:00Z") }]);
    expect(colleen.activities.map((activity) => activity.kind).sort()).toEqual(["IMPORTED", "IMPORTED", "MESSAGE", "MESSAGE"]);
    const marco = await db.contact.findFirstOrThrow({ where: { ownerId, lastName: "Rossi" }, include: { invitations: true } });
    expect(marco).toMatchObject({ stage: "SENT", invitations: [{ direction: "OUTGOING", status: "SENT" }] });
    const dana = await db.invitation.findFirstOrThrow({ where: { ownerId, contact: { lastName: "Kim" } } });
    expect(dana.flags).toEqual(["greeting_only"]);
    const batch = await db.importBatch.findFirstOrThrow({ where: { ownerId } });
    expect(batch).toMatchObject({ source: "LINKEDIN", createdCount: 7, fileName: "Basic_LinkedInDataExport.zip" });
  });

  it("counts imported messages as interactions: the last interaction moves up and a stay-in-touch reminder restarts", async () => {
    const earlier = new Date("2020-01-01T00:00:00Z");
    const colleen = await db.contact.create({
      data: { ownerId, firstName: "Colleen", linkedinUrl: "https://www.linkedin.com/in/colleen-obrien", stayInTouchWeeks: 4, lastInteractionAt: earlier },
    });
    await db.followUp.create({ data: { ownerId, contactId: colleen.id, dueOn: new Date("2020-01-29T00:00:00Z"), note: "Stay in touch (every 4 weeks).", fromCadence: true } });
    await importFile("export.zip", linkedinZip());

    const latest = await db.activity.findFirstOrThrow({ where: { contactId: colleen.id, importId: { not: null } }, orderBy: { occurredAt: "desc" }, select: { occurredAt: true } });
    expect(latest.occurredAt.getTime()).toBeGreaterThan(earlier.getTime());
    const after = await db.contact.findUniqueOrThrow({ where: { id: colleen.id }, select: { lastInteractionAt: true, nextFollowUpOn: true } });
    expect(after.lastInteractionAt).toEqual(latest.occurredAt);
    const day = latest.occurredAt;
    const due = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate() + 28));
    expect(after.nextFollowUpOn).toEqual(due);
    expect(await db.followUp.findMany({ where: { contactId: colleen.id, doneAt: null }, select: { dueOn: true, fromCadence: true } })).toEqual([{ dueOn: due, fromCadence: true }]);
  });

  it("moves someone you sent an invitation to, found among your connections, to Needs a thank-you", async () => {
    const colleen = await db.contact.create({
      data: { ownerId, firstName: "Colleen", linkedinUrl: "https://www.linkedin.com/in/colleen-obrien", stage: "SENT" },
    });
    const invitation = await db.invitation.create({
      data: { ownerId, contactId: colleen.id, direction: "OUTGOING", status: "SENT", message: "Hi Colleen, great panel!", sentAt: new Date("2021-08-20T10:00:00Z") },
    });
    const summary = await importFile("export.zip", linkedinZip());
    expect(summary.counts).toMatchObject({ accepted: 1 });

    const connectedOn = new Date("2021-08-25T00:00:00Z");
    expect(await db.contact.findUniqueOrThrow({ where: { id: colleen.id }, select: { stage: true, connectedAt: true, stageChangedAt: true } })).toEqual({
      stage: "CONNECTED",
      connectedAt: connectedOn,
      stageChangedAt: connectedOn,
    });
    expect(await db.invitation.findUniqueOrThrow({ where: { id: invitation.id }, select: { status: true, respondedAt: true } })).toEqual({ status: "ACCEPTED", respondedAt: connectedOn });
    expect(await db.activity.count({ where: { contactId: colleen.id, kind: "INVITE_ACCEPTED", occurredAt: connectedOn } })).toBe(1);

    // The same file again: nothing more happens.
    expect((await importFile("export.zip", linkedinZip())).counts).toMatchObject({ accepted: 0, create: 0 });
    expect(await db.activity.count({ where: { contactId: colleen.id, kind: "INVITE_ACCEPTED" } })).toBe(1);
  });

  it("imports the same file twice without duplicates", async () => {
    await importFile("export.zip", linkedinZip());
    const first = await snapshot(ownerId);
    const again = await importFile("export.zip", linkedinZip());
    expect(again.counts).toMatchObject({ create: 0, update: 0, invitations: 0, messages: 0 });
    expect(await snapshot(ownerId)).toEqual(first);
    const vcardFirst = await importFile("contacts.vcf", fixture("contacts.vcf"));
    const vcardAgain = await importFile("contacts.vcf", fixture("contacts.vcf"));
    expect([vcardFirst.counts.create, vcardAgain.counts.create]).toEqual([3, 0]);
  });

  it("writes nothing when one row in the middle is bad, and names that row", async () => {
    const lines = fixture("Connections.csv").toString("utf8").split("\n");
    lines.splice(6, 0, "Bad,Row,,,,,31 Feb 2021");
    const token = await upload("Connections.csv", lines.join("\n"));
    const preview = await previewImportAction(token, options);
    expect(preview).toMatchObject({ ok: true, preview: { counts: { invalid: 1 }, problems: [{ row: 7, reason: "Connected On “31 Feb 2021” is not a date like 25 Aug 2021." }] } });
    const outcome = await confirmImportAction(token, options);
    expect(outcome).toEqual({ ok: false, message: "Nothing was imported: row 7 is invalid. Connected On “31 Feb 2021” is not a date like 25 Aug 2021." });
    expect(await snapshot(ownerId)).toEqual({ contacts: [], invitations: 0, activities: 0 });
    expect(await db.importBatch.count({ where: { ownerId } })).toBe(0);
    // Choosing to leave invalid rows out imports the rest and records how many were left out.
    const skipping = await confirmImportAction(token, { ...options, skipInvalid: true });
    expect(skipping).toMatchObject({ ok: true, summary: { counts: { create: 4, invalid: 1 } } });
  });

  it("refuses a file that is not what it claims and changes nothing", async () => {
    const token = await upload("Connections.csv", "Name,Email\nJane,jane@example.com\n");
    expect(await previewImportAction(token, options)).toMatchObject({ ok: false, message: expect.stringContaining("expected LinkedIn’s Connections.csv") });
    expect(await confirmImportAction(token, options)).toMatchObject({ ok: false });
    expect(await db.importBatch.count({ where: { ownerId } })).toBe(0);
  });

  it("matches existing contacts by LinkedIn URL, then email, and keeps the user's edits", async () => {
    const mine = await db.contact.create({ data: { ownerId, firstName: "Coll", lastName: "Edited", linkedinUrl: "https://www.linkedin.com/in/colleen-obrien", company: "My note on the company" } });
    const byEmail = await db.contact.create({ data: { ownerId, firstName: "Joe", email: "JOSE@example.com" } });
    const summary = await importFile("Connections.csv", fixture("Connections.csv"));
    expect(summary.counts).toMatchObject({ create: 2, update: 2 });
    expect(await db.contact.findUniqueOrThrow({ where: { id: mine.id } })).toMatchObject({ firstName: "Coll", lastName: "Edited", company: "My note on the company", title: "VP, Marketing", importId: null });
    expect(await db.contact.findUniqueOrThrow({ where: { id: byEmail.id } })).toMatchObject({ firstName: "Joe", linkedinUrl: "https://www.linkedin.com/in/jos%C3%A9-l%C3%B3pez-123" });
  });

  it("undo removes exactly what the import created and leaves earlier contacts and their edits", async () => {
    const earlier = await db.contact.create({ data: { ownerId, firstName: "Coll", linkedinUrl: "https://www.linkedin.com/in/colleen-obrien", notes: "Mine" } });
    await db.activity.create({ data: { ownerId, contactId: earlier.id, kind: "NOTE", body: "My own note" } });
    const before = await snapshot(ownerId);
    const summary = await importFile("export.zip", linkedinZip());
    expect((await snapshot(ownerId)).contacts.length).toBeGreaterThan(before.contacts.length);
    await db.contact.update({ where: { id: earlier.id }, data: { notes: "Edited after the import" } });

    expect(await undoImportAction(summary.batchId)).toMatchObject({ ok: true, message: "Import undone: 6 contacts removed." });
    const after = await db.contact.findMany({ where: { ownerId }, include: { activities: true, invitations: true } });
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ id: earlier.id, notes: "Edited after the import", invitations: [] });
    expect(after[0]!.activities.map((activity) => activity.body)).toEqual(["My own note"]);
    expect(await db.importBatch.findUniqueOrThrow({ where: { id: summary.batchId } })).toMatchObject({ undoneAt: expect.any(Date) });
    expect(await undoImportAction(summary.batchId)).toEqual({ ok: false, message: "This import was already undone." });
  });

  it("refuses another user's batch and upload", async () => {
    const summary = await importFile("Connections.csv", fixture("Connections.csv"));
    const token = await upload("Connections.csv", fixture("Connections.csv"));
    session.userId = (await createUser("Intruder")).id;
    expect(await undoImportAction(summary.batchId)).toEqual({ ok: false, message: "This import was not found." });
    expect(await previewImportAction(token, options)).toMatchObject({ ok: false, message: expect.stringContaining("expired") });
    expect(await confirmImportAction(token, options)).toMatchObject({ ok: false });
    expect(await db.importBatch.findUniqueOrThrow({ where: { id: summary.batchId } })).toMatchObject({ undoneAt: null });
    expect(await db.contact.count({ where: { ownerId } })).toBe(4);
    expect(await db.contact.count({ where: { ownerId: session.userId } })).toBe(0);
  });
});
