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

  it("lets the owner delete it", async () => {
    session.userId = ownerId;
    expect(await deleteContactAction(contactId)).toEqual({ ok: true });
    expect(await db.contact.count({ where: { id: contactId } })).toBe(0);
  });
});
