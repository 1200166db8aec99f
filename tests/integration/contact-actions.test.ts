// The server actions themselves, called as another signed-in user: the session is the only thing
// stubbed (there is no request here); the database and the ownership checks are real.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { initialFormState } from "@/lib/forms";
import { createUser } from "./database";

const session = vi.hoisted(() => ({ userId: "" }));
vi.mock("@/lib/auth/session", () => ({
  requireUser: async () => ({ id: session.userId, name: "Signed in", email: "x@example.com", inviteNoteLimit: 300, timezone: "UTC" }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { addTagAction, deleteContactAction, setContactArchivedAction, updateContactAction } = await import("@/lib/contacts/actions");
const { addNoteAction } = await import("@/lib/activities/actions");

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

describe("contact actions", () => {
  let ownerId = "";
  let contactId = "";

  beforeEach(async () => {
    ownerId = (await createUser("Owner")).id;
    contactId = (await db.contact.create({ data: { ownerId, firstName: "Private", notes: "secret" } })).id;
    session.userId = (await createUser("Intruder")).id;
  });

  it("refuses another user's edit and changes nothing", async () => {
    const state = await updateContactAction(contactId, initialFormState, form({ firstName: "Hacked", lastName: "", version: "1", tags: "" }));
    expect(state).toMatchObject({ ok: false, message: "This contact no longer exists." });
    expect(await db.contact.findUnique({ where: { id: contactId } })).toMatchObject({ firstName: "Private", notes: "secret", version: 1 });
  });

  it("refuses another user's delete and keeps the contact", async () => {
    expect(await deleteContactAction(contactId)).toMatchObject({ ok: false });
    expect(await db.contact.count({ where: { id: contactId } })).toBe(1);
  });

  it("refuses another user's note, tag and archive, and changes nothing", async () => {
    expect(await addNoteAction(contactId, initialFormState, form({ body: "sneaky" }))).toMatchObject({ ok: false });
    expect(await addTagAction(contactId, "sneaky")).toMatchObject({ ok: false });
    expect(await setContactArchivedAction(contactId, true)).toMatchObject({ ok: false });
    expect(await db.activity.count({ where: { contactId } })).toBe(0);
    expect(await db.contact.findUnique({ where: { id: contactId } })).toMatchObject({ tags: [], archivedAt: null, version: 1 });
  });

  it("adds the owner's note to the timeline, and refuses an empty one", async () => {
    session.userId = ownerId;
    expect(await addNoteAction(contactId, initialFormState, form({ body: "   " }))).toMatchObject({ ok: false, fieldErrors: { body: ["Write something first."] } });
    expect(await addNoteAction(contactId, initialFormState, form({ body: "Loves sailing" }))).toMatchObject({ ok: true });
    expect(await db.activity.findMany({ where: { contactId }, select: { kind: true, body: true } })).toEqual([{ kind: "NOTE", body: "Loves sailing" }]);
  });

  it("logs a meeting as an interaction that restarts the stay-in-touch cadence; a note does not", async () => {
    session.userId = ownerId;
    const weeks = 4;
    await db.contact.update({ where: { id: contactId }, data: { stayInTouchWeeks: weeks } });
    await db.followUp.create({ data: { ownerId, contactId, dueOn: new Date("2026-01-01T00:00:00Z"), note: "Stay in touch (every 4 weeks).", fromCadence: true } });
    const cadenceDue = () => db.followUp.findFirstOrThrow({ where: { contactId, fromCadence: true, doneAt: null }, select: { dueOn: true } });

    expect(await addNoteAction(contactId, initialFormState, form({ body: "Likes jazz", kind: "NOTE" }))).toMatchObject({ ok: true });
    expect(await cadenceDue()).toEqual({ dueOn: new Date("2026-01-01T00:00:00Z") });
    expect(await db.contact.findUniqueOrThrow({ where: { id: contactId }, select: { lastInteractionAt: true } })).toEqual({ lastInteractionAt: null });

    const before = Date.now();
    expect(await addNoteAction(contactId, initialFormState, form({ body: "Coffee at the harbour", kind: "MEETING" }))).toMatchObject({ ok: true });
    const { lastInteractionAt } = await db.contact.findUniqueOrThrow({ where: { id: contactId }, select: { lastInteractionAt: true } });
    expect(lastInteractionAt!.getTime()).toBeGreaterThanOrEqual(before);
    // Four weeks from the meeting's day (the user's timezone is UTC here).
    const expected = new Date(Date.UTC(lastInteractionAt!.getUTCFullYear(), lastInteractionAt!.getUTCMonth(), lastInteractionAt!.getUTCDate() + weeks * 7));
    expect(await cadenceDue()).toEqual({ dueOn: expected });
    expect(await db.contact.findUniqueOrThrow({ where: { id: contactId }, select: { nextFollowUpOn: true } })).toEqual({ nextFollowUpOn: expected });
    expect(await db.activity.findMany({ where: { contactId }, orderBy: { occurredAt: "asc" }, select: { kind: true, body: true } })).toEqual([
      { kind: "NOTE", body: "Likes jazz" },
      { kind: "MEETING", body: "Coffee at the harbour" },
    ]);
  });

  it("refuses a kind of entry the timeline does not log, and writes nothing", async () => {
    session.userId = ownerId;
    expect(await addNoteAction(contactId, initialFormState, form({ body: "Hi", kind: "MERGED" }))).toMatchObject({ ok: false, fieldErrors: { kind: ["Pick what happened."] } });
    expect(await db.activity.count({ where: { contactId } })).toBe(0);
  });

  it("lets the owner delete it", async () => {
    session.userId = ownerId;
    expect(await deleteContactAction(contactId)).toEqual({ ok: true });
    expect(await db.contact.count({ where: { id: contactId } })).toBe(0);
  });
});
