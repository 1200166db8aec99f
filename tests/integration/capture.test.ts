// Quick capture against PostgreSQL, through its action: the contact and its encounter are written
// together or not at all, and an event or a LinkedIn profile that is not right is refused.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { CaptureState } from "@/lib/capture/schema";
import { todayIn } from "@/lib/dates/calendar";
import { createUser } from "./database";

const session = vi.hoisted(() => ({ userId: "", timezone: "UTC" }));
vi.mock("@/lib/auth/session", () => ({
  requireUser: async () => ({ id: session.userId, name: "Signed in", email: "x@example.com", inviteNoteLimit: 300, timezone: session.timezone }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
// Lets one test make the encounter fail after the contact was inserted, to prove the rollback.
const failing = vi.hoisted(() => ({ encounter: false }));
vi.mock("@/lib/encounters/mutations", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/encounters/mutations")>();
  return {
    ...actual,
    createEncounter: (...args: Parameters<typeof actual.createEncounter>) =>
      failing.encounter ? Promise.resolve({ ok: false, reason: "not_found", what: "event" }) : actual.createEncounter(...args),
  };
});

const { captureAction } = await import("@/lib/capture/actions");

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

const initial: CaptureState = { ok: false };

async function event(ownerId: string, name: string, startsOn: string) {
  return (await db.event.create({ data: { ownerId, name, startsOn: new Date(`${startsOn}T00:00:00Z`) }, select: { id: true } })).id;
}

const countContacts = (ownerId: string) => db.contact.count({ where: { ownerId } });
const countEncounters = (ownerId: string) => db.encounter.count({ where: { ownerId } });

describe("quick capture", () => {
  let userId = "";

  beforeEach(async () => {
    userId = (await createUser()).id;
    session.userId = userId;
    session.timezone = "UTC";
    failing.encounter = false;
  });

  it("saves the contact and how you met at the event (today), and keeps the event for the next person", async () => {
    const summit = await event(userId, "AMA Leadership Summit", "2026-03-14");
    const state = await captureAction(
      initial,
      form({ eventId: summit, firstName: " Colleen ", lastName: "Murphy", context: "Suggested the clinical AI podcast", company: "Northwind Health", linkedinUrl: "m.linkedin.com/in/colleen-murphy?utm_source=share" }),
    );
    expect(state).toMatchObject({ ok: true, captured: { id: expect.any(String), name: "Colleen Murphy" }, values: { eventId: summit } });

    const contact = await db.contact.findUniqueOrThrow({ where: { id: state.captured!.id }, include: { encounters: true } });
    expect(contact).toMatchObject({
      ownerId: userId,
      firstName: "Colleen",
      lastName: "Murphy",
      company: "Northwind Health",
      linkedinUrl: "https://www.linkedin.com/in/colleen-murphy",
      stage: "PERSONALIZE",
      lastInteractionAt: new Date(`${todayIn("UTC")}T00:00:00Z`),
    });
    // Met today, not on the event's date: capture is for the people you are meeting now (issue 17).
    expect(contact.encounters).toEqual([
      expect.objectContaining({ ownerId: userId, kind: "EVENT", eventId: summit, metOn: new Date(`${todayIn("UTC")}T00:00:00Z`), context: "Suggested the clinical AI podcast" }),
    ]);
  });

  it("without an event, records a meeting today where the user is", async () => {
    session.timezone = "Pacific/Kiritimati";
    const state = await captureAction(initial, form({ eventId: "", firstName: "Tom", lastName: "", context: "Met on the train" }));
    expect(state.ok).toBe(true);
    const encounter = await db.encounter.findFirstOrThrow({ where: { contactId: state.captured!.id } });
    expect(encounter).toMatchObject({ kind: "OTHER", eventId: null, metOn: new Date(`${todayIn("Pacific/Kiritimati")}T00:00:00Z`) });
  });

  it("does not date a meeting at an event that is still ahead in the future", async () => {
    const later = await event(userId, "Next year's summit", "2099-01-01");
    const state = await captureAction(initial, form({ eventId: later, firstName: "Early", context: "Arrived a day early" }));
    const encounter = await db.encounter.findFirstOrThrow({ where: { contactId: state.captured!.id } });
    expect(encounter).toMatchObject({ eventId: later, metOn: new Date(`${todayIn("UTC")}T00:00:00Z`) });
  });

  it("shows invalid input beside the fields and writes nothing", async () => {
    const state = await captureAction(initial, form({ firstName: "", lastName: "", context: "", linkedinUrl: "https://example.com/jane" }));
    expect(state.ok).toBe(false);
    expect(Object.keys(state.fieldErrors ?? {})).toEqual(expect.arrayContaining(["firstName", "context", "linkedinUrl"]));
    expect(state.values).toMatchObject({ linkedinUrl: "https://example.com/jane" });
    expect(state.captured).toBeUndefined();
    expect(await countContacts(userId)).toBe(0);
    expect(await countEncounters(userId)).toBe(0);
  });

  it("refuses another user's event and writes nothing", async () => {
    const othersEvent = await event((await createUser("Other")).id, "Private dinner", "2026-01-01");
    const state = await captureAction(initial, form({ eventId: othersEvent, firstName: "Sneaky", context: "Hello" }));
    expect(state).toMatchObject({ ok: false, fieldErrors: { eventId: [expect.stringContaining("no longer exists")] }, values: { firstName: "Sneaky" } });
    expect(await countContacts(userId)).toBe(0);
    expect(await db.encounter.count({ where: { eventId: othersEvent } })).toBe(0);
  });

  it("refuses a LinkedIn profile already on one of your contacts, with a link to it", async () => {
    const jane = await db.contact.create({ data: { ownerId: userId, firstName: "Jane", lastName: "Doe", linkedinUrl: "https://www.linkedin.com/in/jane-doe" } });
    const state = await captureAction(initial, form({ firstName: "Jane D.", context: "Again", linkedinUrl: "linkedin.com/in/Jane-Doe/" }));
    expect(state).toMatchObject({
      ok: false,
      fieldErrors: { linkedinUrl: ["Jane Doe already has this LinkedIn URL."] },
      links: [{ href: `/contacts/${jane.id}`, label: "Open Jane Doe" }],
    });
    expect(await countContacts(userId)).toBe(1);

    // Another user's contact with that profile is no duplicate of yours.
    session.userId = (await createUser("Other")).id;
    expect((await captureAction(initial, form({ firstName: "Jane", context: "Hi", linkedinUrl: "linkedin.com/in/jane-doe" }))).ok).toBe(true);
  });

  it("leaves no contact behind when its encounter cannot be written", async () => {
    const summit = await event(userId, "Summit", "2026-03-14");
    failing.encounter = true;
    const state = await captureAction(initial, form({ eventId: summit, firstName: "Half", context: "Half saved?" }));
    expect(state.ok).toBe(false);
    expect(await countContacts(userId)).toBe(0);
    expect(await countEncounters(userId)).toBe(0);
  });
});
