// Undoing an import against PostgreSQL: only contacts the import created and nobody changed since are deleted;
// a contact merged, edited, invited, thanked or given notes or follow-ups since is kept with its whole history, and
// the undo dialog's counts are what the undo then does. (Issue 11, item 1: merge, then undo, lost a contact.)
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { makeZip } from "@/lib/imports/fixtures/zip";
import { saveUpload } from "@/lib/imports/uploads";
import { mergeContacts } from "@/lib/contacts/merge";
import { updateContact } from "@/lib/contacts/mutations";
import { contactInput } from "@/lib/contacts/schema";
import { logActivity } from "@/lib/activities/mutations";
import { saveDraft } from "@/lib/invitations/mutations";
import { addFollowUp } from "@/lib/followups/mutations";
import { moveContactStage } from "@/lib/pipeline/mutations";
import { createUser } from "./database";

const session = vi.hoisted(() => ({ userId: "" }));
vi.mock("@/lib/auth/session", () => ({
  requireUser: async () => ({ id: session.userId, name: "Sam Taylor", email: "sam@example.com", inviteNoteLimit: 300, timezone: "UTC" }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { confirmImportAction, previewUndoImportAction, undoImportAction } = await import("@/lib/imports/actions");

const HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On";
const person = (first: string, last: string) => `${first},${last},https://www.linkedin.com/in/${first.toLowerCase()}-${last.toLowerCase()},,Northwind,Engineer,10 Nov 2026`;

const INVITATIONS = [
  "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl",
  'Eve Cho,Sam Taylor,"11/02/26, 9:00 AM","Hi Sam, I\'d like to join your LinkedIn network.",INCOMING,https://www.linkedin.com/in/eve-cho,https://www.linkedin.com/in/sam-taylor',
  'Sam Taylor,Hal Park,"11/03/26, 10:00 AM","Hi Hal, enjoyed your talk on pricing!",OUTGOING,https://www.linkedin.com/in/sam-taylor,https://www.linkedin.com/in/hal-park',
].join("\n");

/** A LinkedIn export with these connections, one message from Ann Lee, and (when asked) Eve's and Hal's pending invitations. */
function linkedinExport(people: [string, string][], invitations: boolean) {
  return makeZip([
    { name: "Connections.csv", content: Buffer.from([HEADER, ...people.map(([first, last]) => person(first, last))].join("\n")) },
    ...(invitations ? [{ name: "Invitations.csv", content: Buffer.from(INVITATIONS) }] : []),
    {
      name: "messages.csv",
      content: Buffer.from(
        [
          "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER",
          "1-ann,,Ann Lee,https://www.linkedin.com/in/ann-lee,Sam Taylor,https://www.linkedin.com/in/sam-taylor,2026-11-12 08:00:00 UTC,,Lovely to reconnect!,INBOX",
        ].join("\n"),
      ),
    },
  ]);
}

async function importExport(people: [string, string][], { invitations = false } = {}): Promise<string> {
  const { token } = await saveUpload(session.userId, "Basic_LinkedInDataExport.zip", new Blob([new Uint8Array(linkedinExport(people, invitations))]).stream());
  // Every connection lands in "Needs a thank-you", so one can be thanked.
  const outcome = await confirmImportAction(token, { thankWindowDays: 3650, skipInvalid: false });
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.summary.batchId;
}

async function imported(ownerId: string, firstName: string) {
  return db.contact.findFirstOrThrow({ where: { ownerId, firstName, importId: { not: null } }, select: { id: true, version: true } });
}

const OLD = new Date("2019-05-14T10:00:00Z");

/** The user's own Ann Lee, added by hand years ago, with how they met, a note, the invitation she accepted and a follow-up. */
async function handMadeAnnLee(ownerId: string) {
  const ann = await db.contact.create({
    data: { ownerId, firstName: "Ann", lastName: "Lee", email: "ann@home.example", notes: "Met at the 2019 product meetup.", stage: "THANKED", createdAt: OLD, stageChangedAt: OLD },
  });
  await db.encounter.create({ data: { ownerId, contactId: ann.id, kind: "OTHER", metOn: OLD, context: "Talked about onboarding flows" } });
  await db.activity.create({ data: { ownerId, contactId: ann.id, kind: "NOTE", body: "Has two kids, loves sailing", occurredAt: OLD, createdAt: OLD } });
  await db.invitation.create({
    data: { ownerId, contactId: ann.id, direction: "OUTGOING", status: "ACCEPTED", message: "Hi Ann, great chatting about onboarding!", sentAt: OLD, respondedAt: OLD, createdAt: OLD },
  });
  await db.followUp.create({ data: { ownerId, contactId: ann.id, dueOn: new Date("2027-01-15"), note: "Ask about the launch", createdAt: OLD } });
  return ann;
}

async function history(contactId: string) {
  const contact = await db.contact.findUnique({
    where: { id: contactId },
    select: {
      firstName: true,
      lastName: true,
      email: true,
      importId: true,
      encounters: { select: { context: true } },
      activities: { select: { body: true, importId: true } },
      invitations: { select: { message: true, importId: true } },
      followUps: { select: { note: true } },
    },
  });
  return contact && { ...contact, activities: contact.activities.map((activity) => activity.body), invitations: contact.invitations.map((invitation) => invitation.message) };
}

describe("undo import", () => {
  let ownerId = "";

  beforeEach(async () => {
    ownerId = (await createUser("Sam Taylor")).id;
    session.userId = ownerId;
  });

  it("keeps a hand-made contact merged into an imported one, with her encounters, activities, invitations and follow-ups", async () => {
    const mine = await handMadeAnnLee(ownerId);
    const batchId = await importExport([
      ["Ann", "Lee"],
      ["Ben", "Ortiz"],
    ]);
    const importedAnn = await imported(ownerId, "Ann");
    const merged = await mergeContacts(ownerId, importedAnn.id, mine.id, { keepVersion: importedAnn.version, otherVersion: mine.version, values: {} });
    expect(merged).toEqual({ ok: true, id: importedAnn.id });

    const preview = await previewUndoImportAction(batchId);
    expect(preview).toMatchObject({ ok: true, counts: { removed: 1, kept: 1 } });
    expect(preview.ok && preview.sentences.join(" ")).toContain("1 contact was changed since and is kept");

    expect(await undoImportAction(batchId)).toEqual({ ok: true, message: "Import undone: 1 contact removed. 1 contact was changed since and is kept." });
    const ann = await history(importedAnn.id);
    expect(ann).toMatchObject({
      firstName: "Ann",
      lastName: "Lee",
      email: "ann@home.example",
      importId: null,
      encounters: [{ context: "Talked about onboarding flows" }],
      invitations: ["Hi Ann, great chatting about onboarding!"],
      followUps: [{ note: "Ask about the launch" }],
    });
    expect(ann!.activities).toEqual(
      expect.arrayContaining(["Has two kids, loves sailing", "Connected on LinkedIn.", "Ann Lee: Lovely to reconnect!", expect.stringContaining("Merged")]),
    );
    // Only the untouched Ben went; Ann's record is not part of any import any more.
    expect(await db.contact.findMany({ where: { ownerId }, select: { firstName: true } })).toEqual([{ firstName: "Ann" }]);
    expect(await db.activity.count({ where: { ownerId, importId: { not: null } } })).toBe(0);
  });

  it("keeps what an imported contact brought when it is merged into the user's own contact", async () => {
    const mine = await handMadeAnnLee(ownerId);
    const batchId = await importExport([["Ann", "Lee"]]);
    const importedAnn = await imported(ownerId, "Ann");
    const merged = await mergeContacts(ownerId, mine.id, importedAnn.id, { keepVersion: mine.version, otherVersion: importedAnn.version, values: {} });
    expect(merged).toEqual({ ok: true, id: mine.id });

    expect(await previewUndoImportAction(batchId)).toMatchObject({ ok: true, counts: { removed: 0, kept: 0, entriesRemoved: 0 } });
    expect(await undoImportAction(batchId)).toMatchObject({ ok: true });
    const ann = await history(mine.id);
    expect(ann).toMatchObject({ importId: null, encounters: [{ context: "Talked about onboarding flows" }], followUps: [{ note: "Ask about the launch" }] });
    // Her LinkedIn connection and message were merged into her record: they are her history now, not the import's.
    expect(ann!.activities).toEqual(expect.arrayContaining(["Has two kids, loves sailing", "Connected on LinkedIn.", "Ann Lee: Lovely to reconnect!"]));
  });

  it("keeps every imported contact that was edited, noted, invited, thanked, accepted or given a follow-up, deletes the untouched, and says so in numbers first", async () => {
    const batchId = await importExport(
      [
        ["Ann", "Lee"],
        ["Ben", "Ortiz"],
        ["Cara", "Ng"],
        ["Dan", "Roe"],
        ["Finn", "Bell"],
        ["Gus", "Hart"],
      ],
      { invitations: true },
    );
    const cara = await imported(ownerId, "Cara");
    expect(await updateContact(ownerId, cara.id, cara.version, contactInput.parse({ firstName: "Cara", lastName: "Ng-Smith", company: "Initech" }))).toMatchObject({ ok: true });
    expect(await logActivity(ownerId, (await imported(ownerId, "Dan")).id, "NOTE", "Knows everyone in fintech")).toEqual({ ok: true });
    // Eve sent the user an invitation (she is in "Personalize"); the user drafts one back.
    expect(await saveDraft(ownerId, (await imported(ownerId, "Eve")).id, "Hi Eve, loved your talk!")).toMatchObject({ ok: true });
    expect(await moveContactStage(ownerId, (await imported(ownerId, "Finn")).id, "THANKED", { thankYou: "Thanks for connecting, Finn!" })).toMatchObject({ ok: true });
    expect(await addFollowUp(ownerId, (await imported(ownerId, "Gus")).id, { dueOn: new Date("2027-02-01"), note: "Coffee" })).toMatchObject({ ok: true });
    // Hal has the user's pending invitation from the file; he accepts it.
    expect(await moveContactStage(ownerId, (await imported(ownerId, "Hal")).id, "CONNECTED")).toMatchObject({ ok: true });

    const preview = await previewUndoImportAction(batchId);
    expect(preview).toMatchObject({ ok: true, counts: { removed: 2, kept: 6, entriesRemoved: 0, yoursChanged: 0 } });
    expect(preview.ok && preview.sentences).toEqual([
      "It deletes the 2 contacts it created that nobody has changed since, with everything on them.",
      "6 contacts were changed since and are kept (merged, edited, invited, thanked, moved or given notes since): they stay in Contacts with their whole history.",
      "Contacts you had before stay as they are.",
    ]);

    expect(await undoImportAction(batchId)).toEqual({ ok: true, message: "Import undone: 2 contacts removed. 6 contacts were changed since and are kept." });
    const left = await db.contact.findMany({ where: { ownerId }, select: { firstName: true, lastName: true, importId: true }, orderBy: { firstName: "asc" } });
    expect(left).toEqual([
      { firstName: "Cara", lastName: "Ng-Smith", importId: null },
      { firstName: "Dan", lastName: "Roe", importId: null },
      { firstName: "Eve", lastName: "Cho", importId: null },
      { firstName: "Finn", lastName: "Bell", importId: null },
      { firstName: "Gus", lastName: "Hart", importId: null },
      { firstName: "Hal", lastName: "Park", importId: null },
    ]);
    // Each kept contact keeps what the user did and the import's entries that explain its stage.
    const historyOf = async (firstName: string) => (await history((await db.contact.findFirstOrThrow({ where: { ownerId, firstName } })).id))!;
    expect((await historyOf("Eve")).invitations.sort()).toEqual(["Hi Eve, loved your talk!", "Hi Sam, I'd like to join your LinkedIn network."]);
    expect((await historyOf("Finn")).activities).toEqual(expect.arrayContaining(["Connected on LinkedIn.", "Thanks for connecting, Finn!"]));
    expect((await historyOf("Hal")).invitations).toEqual(["Hi Hal, enjoyed your talk on pricing!"]);
    expect(await db.importBatch.findUniqueOrThrow({ where: { id: batchId } })).toMatchObject({ undoneAt: expect.any(Date) });
  });

  it("removes what the import added to contacts you had before, unless you built on it since", async () => {
    const quiet = await db.contact.create({ data: { ownerId, firstName: "Ann", lastName: "Lee", linkedinUrl: "https://www.linkedin.com/in/ann-lee", createdAt: OLD } });
    const busy = await db.contact.create({ data: { ownerId, firstName: "Ben", lastName: "Ortiz", linkedinUrl: "https://www.linkedin.com/in/ben-ortiz", createdAt: OLD } });
    const batchId = await importExport([
      ["Ann", "Lee"],
      ["Ben", "Ortiz"],
      ["Cara", "Ng"],
    ]);
    expect(await logActivity(ownerId, busy.id, "MEETING", "Lunch after we reconnected")).toEqual({ ok: true });

    // Ann: her "Connected on LinkedIn." entry and her message; Ben keeps his entry.
    const preview = await previewUndoImportAction(batchId);
    expect(preview).toMatchObject({ ok: true, counts: { removed: 1, kept: 0, entriesRemoved: 2, yoursChanged: 1 } });
    expect(preview.ok && preview.sentences.at(-1)).toBe(
      "Contacts you had before stay as they are; the 2 timeline entries and invitations it added to them are removed, except on the 1 contact you changed since.",
    );
    expect(await undoImportAction(batchId)).toEqual({ ok: true, message: "Import undone: 1 contact removed." });
    expect((await history(quiet.id))!.activities).toEqual([]);
    expect((await history(busy.id))!.activities.sort()).toEqual(["Connected on LinkedIn.", "Lunch after we reconnected"]);
  });

  it("refuses to preview another user's import or one already undone", async () => {
    const batchId = await importExport([["Ann", "Lee"]]);
    session.userId = (await createUser("Intruder")).id;
    expect(await previewUndoImportAction(batchId)).toEqual({ ok: false, message: "This import was not found." });
    session.userId = ownerId;
    expect(await undoImportAction(batchId)).toMatchObject({ ok: true });
    expect(await previewUndoImportAction(batchId)).toEqual({ ok: false, message: "This import was already undone." });
  });
});
