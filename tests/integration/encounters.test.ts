// "How you met" against PostgreSQL: encounters with their event and mutual connection, the last
// interaction they set, and every id that belongs to someone else refused, through the actions too.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { initialFormState } from "@/lib/forms";
import { encounterInput, type EncounterInput } from "@/lib/encounters/schema";
import { createEncounter, deleteEncounter, updateEncounter } from "@/lib/encounters/mutations";
import { listContactOptions, listEncounters } from "@/lib/encounters/queries";
import { createUser } from "./database";

const session = vi.hoisted(() => ({ userId: "" }));
vi.mock("@/lib/auth/session", () => ({
  requireUser: async () => ({ id: session.userId, name: "Signed in", email: "x@example.com", inviteNoteLimit: 300, timezone: "UTC" }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { addEncounterAction, deleteEncounterAction, updateEncounterAction } = await import("@/lib/encounters/actions");

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

function input(fields: Partial<Record<keyof EncounterInput, string>>): EncounterInput {
  return encounterInput.parse({ kind: "EVENT", metOn: "2026-03-14", ...fields });
}

async function contact(ownerId: string, firstName: string, lastName = "") {
  return (await db.contact.create({ data: { ownerId, firstName, lastName }, select: { id: true } })).id;
}

async function event(ownerId: string, name: string, startsOn = "2026-03-14") {
  return (await db.event.create({ data: { ownerId, name, startsOn: new Date(`${startsOn}T00:00:00Z`) }, select: { id: true } })).id;
}

async function created(ownerId: string, contactId: string, fields: Partial<Record<keyof EncounterInput, string>>) {
  const result = await createEncounter(ownerId, contactId, input(fields));
  if (!result.ok) throw new Error(`could not create encounter: ${JSON.stringify(result)}`);
  return result.id;
}

describe("encounters", () => {
  it("records how you met, with the event and the mutual connection, newest first", async () => {
    const user = await createUser();
    const colleen = await contact(user.id, "Colleen", "Murphy");
    const priya = await contact(user.id, "Priya", "Shah");
    const summit = await event(user.id, "AMA Leadership Summit");

    await created(user.id, colleen, { kind: "COLLEAGUE", metOn: "2024-05-01", context: "Worked on the billing team" });
    await created(user.id, colleen, {
      kind: "EVENT",
      eventId: summit,
      throughContactId: priya,
      where: "Hall B",
      context: "Suggested the podcast on clinical AI",
      theyCanHelpWith: "Intros to hospital CIOs",
      iCanHelpWith: "Pricing pages",
    });

    const encounters = await listEncounters(user.id, colleen);
    expect(encounters).toHaveLength(2);
    expect(encounters[0]).toMatchObject({
      kind: "EVENT",
      metOn: new Date("2026-03-14T00:00:00Z"),
      where: "Hall B",
      context: "Suggested the podcast on clinical AI",
      theyCanHelpWith: "Intros to hospital CIOs",
      iCanHelpWith: "Pricing pages",
      event: { id: summit, name: "AMA Leadership Summit" },
      mutualConnection: { id: priya, firstName: "Priya", lastName: "Shah" },
    });
    expect(encounters[1]).toMatchObject({ kind: "COLLEAGUE", event: null, mutualConnection: null });
    expect(await listEncounters(user.id, priya)).toEqual([]);
  });

  it("moves the contact's last interaction forward to the day you met, never back", async () => {
    const user = await createUser();
    const id = await contact(user.id, "Tom");
    await created(user.id, id, { kind: "OTHER", metOn: "2026-03-14" });
    expect((await db.contact.findUnique({ where: { id } }))?.lastInteractionAt).toEqual(new Date("2026-03-14T00:00:00Z"));
    await created(user.id, id, { kind: "OTHER", metOn: "2025-01-02" });
    const after = await db.contact.findUnique({ where: { id } });
    expect(after?.lastInteractionAt).toEqual(new Date("2026-03-14T00:00:00Z"));
    expect(after?.version).toBe(1);
  });

  it("refuses a date in the future, an unknown kind and over-long text", () => {
    const tomorrowPlusOne = new Date(Date.now() + 3 * 24 * 3600 * 1000).toISOString().slice(0, 10);
    const result = encounterInput.safeParse({ kind: "BEST_FRIENDS", metOn: tomorrowPlusOne, where: "x".repeat(201), context: "y".repeat(2001) });
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(expect.arrayContaining(["kind", "metOn", "where", "context"]));
    expect(encounterInput.safeParse({ kind: "OTHER", metOn: "2026-02-30" }).success).toBe(false);
    expect(encounterInput.safeParse({ kind: "OTHER" }).error?.issues[0]).toMatchObject({ path: ["metOn"], message: "Enter the date you met." });
  });

  it("refuses another user's contact, event or mutual connection, and writes nothing", async () => {
    const [owner, intruder] = [await createUser("Owner"), await createUser("Intruder")];
    const ownersContact = await contact(owner.id, "Private");
    const ownersEvent = await event(owner.id, "Private dinner");
    const intrudersContact = await contact(intruder.id, "Mine");

    expect(await createEncounter(intruder.id, ownersContact, input({}))).toEqual({ ok: false, reason: "not_found", what: "contact" });
    expect(await createEncounter(intruder.id, intrudersContact, input({ eventId: ownersEvent }))).toEqual({ ok: false, reason: "not_found", what: "event" });
    expect(await createEncounter(intruder.id, intrudersContact, input({ throughContactId: ownersContact }))).toEqual({
      ok: false,
      reason: "not_found",
      what: "mutualConnection",
    });
    expect(await db.encounter.count({ where: { contactId: { in: [ownersContact, intrudersContact] } } })).toBe(0);
    expect((await db.contact.findUnique({ where: { id: intrudersContact } }))?.lastInteractionAt).toBeNull();
  });

  it("refuses a contact introduced by themselves", async () => {
    const user = await createUser();
    const id = await contact(user.id, "Narcissus");
    expect(await createEncounter(user.id, id, input({ throughContactId: id }))).toEqual({ ok: false, reason: "self_introduction" });
    expect(await db.encounter.count({ where: { contactId: id } })).toBe(0);
  });

  it("edits and deletes an encounter for its owner only", async () => {
    const [owner, intruder] = [await createUser("Owner"), await createUser("Intruder")];
    const id = await contact(owner.id, "Ana");
    const encounterId = await created(owner.id, id, { context: "Talked about sailing" });
    const intrudersEvent = await event(intruder.id, "Intruder's event");

    expect(await updateEncounter(intruder.id, encounterId, 1, input({ context: "Hacked" }))).toEqual({ ok: false, reason: "not_found", what: "encounter" });
    expect(await updateEncounter(owner.id, encounterId, 1, input({ eventId: intrudersEvent }))).toEqual({ ok: false, reason: "not_found", what: "event" });
    expect(await deleteEncounter(intruder.id, encounterId)).toEqual({ ok: false, reason: "not_found", what: "encounter" });
    expect(await db.encounter.findUnique({ where: { id: encounterId } })).toMatchObject({ context: "Talked about sailing", eventId: null });

    expect(await updateEncounter(owner.id, encounterId, 1, input({ kind: "FRIEND", context: "Talked about rowing" }))).toEqual({ ok: true, id: encounterId, contactId: id });
    expect(await db.encounter.findUnique({ where: { id: encounterId } })).toMatchObject({ kind: "FRIEND", context: "Talked about rowing" });
    expect(await deleteEncounter(owner.id, encounterId)).toEqual({ ok: true, id: encounterId, contactId: id });
    expect(await db.encounter.count({ where: { id: encounterId } })).toBe(0);
    expect(await db.contact.count({ where: { id } })).toBe(1);
  });

  it("offers the user's other contacts as mutual connections, by name", async () => {
    const [user, other] = [await createUser(), await createUser()];
    const self = await contact(user.id, "Self", "Zed");
    await contact(user.id, "Bea", "Adams");
    await contact(user.id, "Al", "Brown");
    await contact(other.id, "Not", "Mine");
    expect(await listContactOptions(user.id, self)).toEqual([
      { id: expect.any(String), name: "Bea Adams" },
      { id: expect.any(String), name: "Al Brown" },
    ]);
    expect((await listContactOptions(user.id)).map((option) => option.name)).toContain("Self Zed");
  });
});

describe("encounter actions", () => {
  let ownerId = "";
  let contactId = "";
  let encounterId = "";

  beforeEach(async () => {
    ownerId = (await createUser("Owner")).id;
    contactId = await contact(ownerId, "Private");
    encounterId = await created(ownerId, contactId, { kind: "OTHER", context: "secret" });
    session.userId = (await createUser("Intruder")).id;
  });

  it("refuses to add an encounter to another user's contact", async () => {
    const state = await addEncounterAction(contactId, initialFormState, form({ kind: "FRIEND", metOn: "2026-01-01", context: "Hacked" }));
    expect(state).toMatchObject({ ok: false, message: "This contact no longer exists." });
    expect(await db.encounter.count({ where: { contactId } })).toBe(1);
  });

  it("refuses another user's edit and delete, changing nothing", async () => {
    expect(await updateEncounterAction(encounterId, initialFormState, form({ kind: "FRIEND", metOn: "2026-01-01", context: "Hacked", version: "1" }))).toMatchObject({ ok: false });
    expect(await deleteEncounterAction(encounterId)).toMatchObject({ ok: false });
    expect(await db.encounter.findUnique({ where: { id: encounterId } })).toMatchObject({ kind: "OTHER", context: "secret" });
  });

  it("puts a refused event beside its field and keeps what was typed", async () => {
    const ownersEvent = await event(ownerId, "Owner's event");
    const mine = await contact(session.userId, "Mine");
    const state = await addEncounterAction(mine, initialFormState, form({ kind: "EVENT", eventId: ownersEvent, metOn: "2026-01-01", context: "Nice chat" }));
    expect(state).toMatchObject({ ok: false, fieldErrors: { eventId: [expect.stringContaining("no longer exists")] }, values: { context: "Nice chat" } });
    expect(await db.encounter.count({ where: { contactId: mine } })).toBe(0);
  });

  it("shows invalid input beside the fields and writes nothing", async () => {
    const mine = await contact(session.userId, "Mine");
    const state = await addEncounterAction(mine, initialFormState, form({ kind: "EVENT", metOn: "", context: "x".repeat(2001) }));
    expect(Object.keys(state.fieldErrors ?? {})).toEqual(expect.arrayContaining(["metOn", "context"]));
    expect(await db.encounter.count({ where: { contactId: mine } })).toBe(0);
  });

  it("lets the owner add, edit and delete", async () => {
    session.userId = ownerId;
    expect(await addEncounterAction(contactId, initialFormState, form({ kind: "FRIEND", metOn: "2026-01-01", context: "Dinner" }))).toMatchObject({ ok: true });
    expect(await updateEncounterAction(encounterId, initialFormState, form({ kind: "CLASSMATE", metOn: "2020-09-01", context: "Same course", version: "1" }))).toMatchObject({ ok: true });
    expect(await db.encounter.findUnique({ where: { id: encounterId } })).toMatchObject({ kind: "CLASSMATE", context: "Same course" });
    expect(await deleteEncounterAction(encounterId)).toEqual({ ok: true });
    expect(await db.encounter.count({ where: { contactId } })).toBe(1);
  });
});
