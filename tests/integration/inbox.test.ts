// The inbox against PostgreSQL, through its actions as a signed-in user (only the session is stubbed): logging an
// invitation (the sender matched by URL, then by name, or created), its refusals, "Accept" (the sender owes a
// thank-you), "Ignore" and its undo, another user's ids, the list's filters, and imports of Invitations.csv.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { initialFormState } from "@/lib/forms";
import { addDays, todayIn } from "@/lib/dates/calendar";
import { listInbox, countNewInvitations } from "@/lib/inbox/queries";
import { listThankYousOwed } from "@/lib/today/queries";
import { saveUpload } from "@/lib/imports/uploads";
import { makeZip } from "@/lib/imports/fixtures/zip";
import { createUser } from "./database";

const session = vi.hoisted(() => ({ userId: "", timezone: "UTC" }));
vi.mock("@/lib/auth/session", () => ({
  requireUser: async () => ({ id: session.userId, name: "Sam Taylor", email: "sam@example.com", inviteNoteLimit: 300, timezone: session.timezone }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { url });
  },
}));

const { acceptInvitationAction, ignoreInvitationAction, logInvitationAction, undoIgnoreInvitationAction } = await import("@/lib/inbox/actions");
const { confirmImportAction } = await import("@/lib/imports/actions");

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

/** Logs an invitation through the form's action: the redirect back to /inbox, or the refusal. */
async function log(fields: Record<string, string>) {
  try {
    return await logInvitationAction(initialFormState, form({ receivedOn: todayIn(session.timezone), ...fields }));
  } catch (error) {
    if (error instanceof Error && error.message === "NEXT_REDIRECT") return { redirected: (error as Error & { url: string }).url };
    throw error;
  }
}

async function received(ownerId: string, lastName: string) {
  return db.invitation.findFirstOrThrow({ where: { ownerId, direction: "INCOMING", contact: { lastName } }, select: { id: true, status: true, flags: true, contactId: true, message: true } });
}

describe("inbox", () => {
  let ownerId = "";

  beforeEach(async () => {
    ownerId = (await createUser("Sam Taylor")).id;
    session.userId = ownerId;
    session.timezone = "UTC";
  });

  it("logs an invitation: the sender is found by LinkedIn URL, then by name, or added; each is classified and on the timeline", async () => {
    const byUrl = await db.contact.create({ data: { ownerId, firstName: "Priya", lastName: "Raman", linkedinUrl: "https://www.linkedin.com/in/priya-r" } });
    const byName = await db.contact.create({ data: { ownerId, firstName: "Ada", lastName: "Lovelace" } });

    expect(await log({ from: "P. Raman", message: "", linkedinUrl: "linkedin.com/in/Priya-R/" })).toEqual({ redirected: "/inbox" });
    expect(await log({ from: "ada  LOVELACE", message: "Hi Sam, I'd like to join your LinkedIn network." })).toEqual({ redirected: "/inbox" });
    expect(await log({ from: "Jan van Dam", message: "Loved your talk on pricing at the summit, let's compare notes.", receivedOn: "2026-11-02" })).toEqual({ redirected: "/inbox" });

    expect(await received(ownerId, "Raman")).toMatchObject({ contactId: byUrl.id, status: "NEW", flags: ["default"], message: "" });
    expect(await received(ownerId, "Lovelace")).toMatchObject({ contactId: byName.id, flags: ["greeting_only"] });
    const jan = await db.contact.findFirstOrThrow({ where: { ownerId, lastName: "van Dam" }, include: { invitations: true, activities: true } });
    expect(jan).toMatchObject({ firstName: "Jan", stage: "PERSONALIZE", linkedinUrl: null });
    expect(jan.invitations).toMatchObject([{ direction: "INCOMING", status: "NEW", flags: ["customized"], sentAt: new Date("2026-11-02T12:00:00Z") }]);
    expect(jan.activities).toMatchObject([{ kind: "MESSAGE", body: "Sent you an invitation on LinkedIn:\nLoved your talk on pricing at the summit, let's compare notes." }]);
    expect(await db.contact.count({ where: { ownerId } })).toBe(3);
    expect(await countNewInvitations(ownerId)).toBe(3);
  });

  it("refuses a missing name, a day after today where the user is and a URL that is no profile, and writes nothing", async () => {
    expect(await log({ from: "   ", message: "Hello" })).toMatchObject({ ok: false, fieldErrors: { from: ["Enter the name of who sent it, as LinkedIn shows it."] } });
    expect(await log({ from: "Bo", linkedinUrl: "https://example.com/bo" })).toMatchObject({ ok: false, fieldErrors: { linkedinUrl: [expect.stringContaining("LinkedIn profile URL")] } });
    expect(await log({ from: "Bo", receivedOn: "" })).toMatchObject({ ok: false, fieldErrors: { receivedOn: ["Enter the day you received it."] } });
    // Kiritimati (UTC+14) is always a calendar day ahead of Pago Pago (UTC-11): its today is tomorrow there.
    session.timezone = "Pacific/Pago_Pago";
    const tomorrow = todayIn("Pacific/Kiritimati");
    expect(await log({ from: "Bo", receivedOn: tomorrow })).toMatchObject({ ok: false, fieldErrors: { receivedOn: [expect.stringContaining("cannot be after today")] }, values: { from: "Bo" } });
    expect(await db.invitation.count({ where: { ownerId } })).toBe(0);
    expect(await db.contact.count({ where: { ownerId } })).toBe(0);
    // The same day is today in Kiritimati.
    session.timezone = "Pacific/Kiritimati";
    expect(await log({ from: "Bo", receivedOn: tomorrow })).toEqual({ redirected: "/inbox" });
    expect(await log({ from: "Bo", receivedOn: addDays(tomorrow, 1) })).toMatchObject({ ok: false });
  });

  it("accepts: the invitation is ACCEPTED and the sender lands in “Needs a thank-you”; someone thanked already stays thanked", async () => {
    await log({ from: "Dee Stranger", message: "" });
    const invitation = await received(ownerId, "Stranger");
    expect(await acceptInvitationAction(invitation.id)).toEqual({ ok: true, name: "Dee Stranger", owesThankYou: true });
    const contact = await db.contact.findUniqueOrThrow({ where: { id: invitation.contactId }, include: { activities: { orderBy: { createdAt: "asc" } } } });
    expect(contact.stage).toBe("CONNECTED");
    expect(contact.connectedAt).toBeInstanceOf(Date);
    expect(contact.activities.map((activity) => [activity.kind, activity.body])).toContainEqual(["INVITE_ACCEPTED", "You accepted their invitation."]);
    expect(await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).toMatchObject({ status: "ACCEPTED", respondedAt: expect.any(Date) });
    expect((await listThankYousOwed(ownerId, { timeZone: "UTC", at: new Date() })).map((owed) => owed.id)).toEqual([contact.id]);
    expect(await countNewInvitations(ownerId)).toBe(0);
    expect(await acceptInvitationAction(invitation.id)).toEqual({ ok: false, message: "You already accepted this invitation." });

    const thanked = await db.contact.create({ data: { ownerId, firstName: "Tia", lastName: "Thanked", stage: "THANKED", connectedAt: new Date("2025-01-01T00:00:00Z") } });
    await log({ from: "Tia Thanked", message: "Hi again" });
    expect(await acceptInvitationAction((await received(ownerId, "Thanked")).id)).toMatchObject({ ok: true, owesThankYou: false });
    expect(await db.contact.findUniqueOrThrow({ where: { id: thanked.id } })).toMatchObject({ stage: "THANKED", connectedAt: new Date("2025-01-01T00:00:00Z") });
  });

  it("ignores (out of the inbox, kept for the figures) and undoes it to the status it had", async () => {
    await log({ from: "Ivo Ignored", message: "" });
    const invitation = await received(ownerId, "Ignored");
    expect(await ignoreInvitationAction(invitation.id)).toEqual({ ok: true, previous: "NEW" });
    expect((await listInbox(ownerId)).items).toEqual([]);
    expect((await listInbox(ownerId, { status: "IGNORED" })).items.map((item) => item.id)).toEqual([invitation.id]);
    expect(await ignoreInvitationAction(invitation.id)).toEqual({ ok: false, message: "This invitation is already ignored." });
    expect(await undoIgnoreInvitationAction(invitation.id, "ACCEPTED")).toMatchObject({ ok: false });
    expect(await undoIgnoreInvitationAction(invitation.id, "NEW")).toEqual({ ok: true });
    expect((await received(ownerId, "Ignored")).status).toBe("NEW");
    expect(await undoIgnoreInvitationAction(invitation.id, "NEW")).toEqual({ ok: false, message: "This invitation is not ignored any more: there is nothing to undo." });
  });

  it("answers another user's invitation, an outgoing one and a hostile id as one that does not exist, and changes nothing", async () => {
    await log({ from: "Owen Owned", message: "" });
    const invitation = await received(ownerId, "Owned");
    const outgoing = await db.invitation.create({ data: { ownerId, contactId: invitation.contactId, direction: "OUTGOING", status: "SENT", sentAt: new Date() } });
    const before = await db.invitation.findMany({ where: { ownerId }, orderBy: { id: "asc" } });
    const gone = { ok: false, message: "This invitation no longer exists." };
    expect(await acceptInvitationAction(outgoing.id)).toEqual(gone);
    expect(await ignoreInvitationAction(outgoing.id)).toEqual(gone);
    session.userId = (await createUser("Intruder")).id;
    for (const id of [invitation.id, "x'; DROP TABLE \"Invitation\"; --", "\u0000", "a".repeat(10_000)]) {
      expect(await acceptInvitationAction(id)).toEqual(gone);
      expect(await ignoreInvitationAction(id)).toEqual(gone);
      expect(await undoIgnoreInvitationAction(id, "NEW")).toEqual(gone);
    }
    expect(await db.invitation.findMany({ where: { ownerId }, orderBy: { id: "asc" } })).toEqual(before);
    expect((await db.contact.findUniqueOrThrow({ where: { id: invitation.contactId } })).stage).toBe("PERSONALIZE");
  });

  it("lists newest first with the sender's context, filtered by status, class and name, a page at a time", async () => {
    const mutual = await db.contact.create({ data: { ownerId, firstName: "Mo", lastName: "Mutual" } });
    await log({ from: "Old Default", message: "", receivedOn: "2026-01-01" });
    await log({ from: "Mid Personal", message: "Loved your talk on pricing at the summit, let's compare notes.", receivedOn: "2026-02-01" });
    await log({ from: "New Greeting", message: "Hi Sam, I'd like to join your LinkedIn network.", receivedOn: "2026-03-01" });
    const mid = await received(ownerId, "Personal");
    await db.encounter.create({ data: { ownerId, contactId: mid.contactId, kind: "MUTUAL_CONNECTION", metOn: new Date("2025-12-01T00:00:00Z"), throughContactId: mutual.id, where: "Lisbon" } });
    await db.invitation.create({ data: { ownerId, contactId: mid.contactId, direction: "OUTGOING", status: "SENT", sentAt: new Date("2025-12-02T00:00:00Z") } });
    await acceptInvitationAction((await received(ownerId, "Greeting")).id);

    const names = (page: Awaited<ReturnType<typeof listInbox>>) => page.items.map((item) => item.sender.lastName);
    const all = await listInbox(ownerId);
    expect(names(all)).toEqual(["Greeting", "Personal", "Default"]);
    expect(all.items.map((item) => item.kind)).toEqual(["greeting_only", "customized", "default"]);
    expect(all.items[1]!.sender).toMatchObject({
      encounters: [{ kind: "MUTUAL_CONNECTION", where: "Lisbon", throughContact: { id: mutual.id, firstName: "Mo" } }],
      earlier: [{ direction: "OUTGOING", status: "SENT", at: new Date("2025-12-02T00:00:00Z") }],
    });
    expect(names(await listInbox(ownerId, { status: "NEW" }))).toEqual(["Personal", "Default"]);
    expect(names(await listInbox(ownerId, { status: "ACCEPTED" }))).toEqual(["Greeting"]);
    expect(names(await listInbox(ownerId, { kind: "default" }))).toEqual(["Default"]);
    expect(names(await listInbox(ownerId, { q: "mid pers" }))).toEqual(["Personal"]);
    const first = await listInbox(ownerId, {}, 2);
    expect(names(first)).toEqual(["Greeting", "Personal"]);
    expect(names(await listInbox(ownerId, { after: first.nextCursor! }, 2))).toEqual(["Default"]);
    const stranger = await createUser("Stranger");
    expect((await listInbox(stranger.id)).items).toEqual([]);
  });
});

describe("importing Invitations.csv", () => {
  const fixtures = path.join(import.meta.dirname, "../../lib/imports/fixtures");
  const file = (name: string) => readFileSync(path.join(fixtures, name));

  async function importZip(ownerId: string) {
    const zip = makeZip([
      { name: "Connections.csv", content: file("Connections.csv") },
      { name: "Invitations.csv", content: file("Invitations.csv") },
    ]);
    const { token } = await saveUpload(ownerId, "export.zip", new Blob([new Uint8Array(zip)]).stream());
    const outcome = await confirmImportAction(token, { thankWindowDays: 30, skipInvalid: false });
    if (!outcome.ok) throw new Error(outcome.message);
  }

  it("fills the inbox: a connection's invitation is ACCEPTED, others stay NEW, and the same file again adds nothing", async () => {
    const ownerId = (await createUser("Sam Taylor")).id;
    session.userId = ownerId;
    // Élodie is a connection Rapport already knows (not in Connections.csv).
    await db.contact.create({ data: { ownerId, firstName: "Élodie", lastName: "Martin", linkedinUrl: "https://www.linkedin.com/in/elodie-martin", stage: "THANKED" } });
    await importZip(ownerId);
    const statuses = async () =>
      Object.fromEntries(
        (await db.invitation.findMany({ where: { ownerId }, select: { direction: true, status: true, contact: { select: { lastName: true } } } })).map((row) => [
          `${row.direction} ${row.contact.lastName}`,
          row.status,
        ]),
      );
    const expected = { "INCOMING O'Brien": "ACCEPTED", "INCOMING Kim": "NEW", "INCOMING Martin": "ACCEPTED", "OUTGOING Rossi": "SENT" };
    expect(await statuses()).toEqual(expected);
    expect((await listInbox(ownerId, { status: "NEW" })).items.map((item) => item.sender.lastName)).toEqual(["Kim"]);

    const counts = async () => ({ invitations: await db.invitation.count({ where: { ownerId } }), contacts: await db.contact.count({ where: { ownerId } }) });
    const before = await counts();
    await importZip(ownerId);
    expect(await counts()).toEqual(before);
    expect(await statuses()).toEqual(expected);
  });
});
