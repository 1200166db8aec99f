// Events against PostgreSQL: validation, the people met there and who is not invited yet, deletion
// that keeps the people, and another user's event refused, through the actions too.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { initialFormState } from "@/lib/forms";
import { eventInput, type EventInput } from "@/lib/events/schema";
import { createEvent, deleteEvent, updateEvent } from "@/lib/events/mutations";
import { getEvent, listEventOptions, listEventPeople, listEvents } from "@/lib/events/queries";
import { createUser } from "./database";

const session = vi.hoisted(() => ({ userId: "" }));
vi.mock("@/lib/auth/session", () => ({
  requireUser: async () => ({ id: session.userId, name: "Signed in", email: "x@example.com", inviteNoteLimit: 300, timezone: "UTC" }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
// redirect() ends an action by throwing; the tests read where it was going.
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { url });
  },
}));

const { createEventAction, deleteEventAction, updateEventAction } = await import("@/lib/events/actions");

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

function input(fields: Partial<Record<keyof EventInput, string>>): EventInput {
  return eventInput.parse({ name: "Summit", startsOn: "2026-03-14", ...fields });
}

async function created(ownerId: string, fields: Partial<Record<keyof EventInput, string>> = {}) {
  return (await createEvent(ownerId, input(fields))).id;
}

async function metAt(ownerId: string, eventId: string, firstName: string, stage: "PERSONALIZE" | "READY" | "SENT" | "CONNECTED" = "PERSONALIZE", context = "") {
  const contact = await db.contact.create({ data: { ownerId, firstName, lastName: "Test", stage }, select: { id: true } });
  await db.encounter.create({ data: { ownerId, contactId: contact.id, eventId, kind: "EVENT", metOn: new Date("2026-03-14T00:00:00Z"), context } });
  return contact.id;
}

async function redirectOf(action: Promise<unknown>): Promise<string> {
  try {
    await action;
  } catch (error) {
    if (error instanceof Error && error.message === "NEXT_REDIRECT") return (error as Error & { url: string }).url;
    throw error;
  }
  throw new Error("the action did not redirect");
}

describe("events", () => {
  it("stores an event with a checked link, and refuses bad input", async () => {
    const user = await createUser();
    const id = await created(user.id, { name: " AMA Leadership Summit ", location: "Chicago", url: "ama-assn.org/summit", notes: "Booth 12" });
    expect(await getEvent(user.id, id)).toEqual({
      id,
      name: "AMA Leadership Summit",
      startsOn: new Date("2026-03-14T00:00:00Z"),
      location: "Chicago",
      url: "https://ama-assn.org/summit",
      notes: "Booth 12",
      version: 1,
    });

    const bad = eventInput.safeParse({ name: " ", startsOn: "2026-02-30", url: "javascript:alert(1)", location: "x".repeat(201) });
    expect(bad.error?.issues.map((issue) => issue.path.join("."))).toEqual(expect.arrayContaining(["name", "startsOn", "url", "location"]));
    expect(eventInput.safeParse({ name: "Later", startsOn: "2027-06-01" }).success).toBe(true);
  });

  it("lists events newest first with the number of people met, each person once", async () => {
    const user = await createUser();
    const older = await created(user.id, { name: "Older", startsOn: "2025-01-10" });
    const newer = await created(user.id, { name: "Newer", startsOn: "2026-02-01" });
    const ada = await metAt(user.id, newer, "Ada");
    await db.encounter.create({ data: { ownerId: user.id, contactId: ada, eventId: newer, kind: "EVENT", metOn: new Date("2026-02-02T00:00:00Z") } });
    await metAt(user.id, newer, "Bo");
    expect((await listEvents(user.id)).map((event) => [event.name, event.peopleCount])).toEqual([
      ["Newer", 2],
      ["Older", 0],
    ]);
    expect((await listEventOptions(user.id)).map((event) => event.id)).toEqual([newer, older]);
  });

  it("lists everyone met there, and who has not been sent an invitation yet", async () => {
    const user = await createUser();
    const id = await created(user.id);
    await metAt(user.id, id, "Personalize", "PERSONALIZE", "Podcasts");
    await metAt(user.id, id, "Ready", "READY");
    await metAt(user.id, id, "Sent", "SENT");
    await metAt(user.id, id, "Connected", "CONNECTED");
    const elsewhere = await created(user.id, { name: "Elsewhere" });
    await metAt(user.id, elsewhere, "Elsewhere");

    const people = await listEventPeople(user.id, id);
    expect(people.map((person) => person.firstName).sort()).toEqual(["Connected", "Personalize", "Ready", "Sent"]);
    expect(people.filter((person) => person.notInvitedYet).map((person) => person.firstName).sort()).toEqual(["Personalize", "Ready"]);
    expect(people.find((person) => person.firstName === "Personalize")).toMatchObject({ stage: "PERSONALIZE", context: "Podcasts" });
  });

  it("deletes an event but keeps the people and how you met them", async () => {
    const user = await createUser();
    const id = await created(user.id, { name: "Demo Day" });
    const ada = await metAt(user.id, id, "Ada", "PERSONALIZE", "Robots");
    const bo = await metAt(user.id, id, "Bo");
    await db.encounter.updateMany({ where: { contactId: bo }, data: { where: "The bar" } });

    expect(await deleteEvent(user.id, id)).toEqual({ ok: true, id });
    expect(await getEvent(user.id, id)).toBeNull();
    expect(await db.contact.count({ where: { id: { in: [ada, bo] } } })).toBe(2);
    expect(await db.encounter.findFirst({ where: { contactId: ada } })).toMatchObject({ eventId: null, kind: "EVENT", context: "Robots", where: "Demo Day" });
    expect(await db.encounter.findFirst({ where: { contactId: bo } })).toMatchObject({ eventId: null, where: "The bar" });
  });

  it("keeps one user's events out of another user's reach", async () => {
    const [owner, intruder] = [await createUser("Owner"), await createUser("Intruder")];
    const id = await created(owner.id, { name: "Private dinner" });
    await metAt(owner.id, id, "Secret");

    expect(await getEvent(intruder.id, id)).toBeNull();
    expect(await listEvents(intruder.id)).toEqual([]);
    expect(await listEventPeople(intruder.id, id)).toEqual([]);
    expect(await updateEvent(intruder.id, id, 1, input({ name: "Hacked" }))).toEqual({ ok: false, reason: "not_found" });
    expect(await deleteEvent(intruder.id, id)).toEqual({ ok: false, reason: "not_found" });
    expect(await getEvent(owner.id, id)).toMatchObject({ name: "Private dinner" });
    expect(await db.encounter.findFirst({ where: { eventId: id } })).toMatchObject({ where: null });
  });
});

describe("event actions", () => {
  let ownerId = "";
  let eventId = "";

  beforeEach(async () => {
    ownerId = (await createUser("Owner")).id;
    eventId = await created(ownerId, { name: "Private dinner" });
    session.userId = (await createUser("Intruder")).id;
  });

  it("refuses another user's edit and delete, changing nothing", async () => {
    expect(await updateEventAction(eventId, initialFormState, form({ name: "Hacked", startsOn: "2026-01-01", version: "1" }))).toMatchObject({
      ok: false,
      message: "This event no longer exists.",
    });
    expect(await deleteEventAction(eventId)).toMatchObject({ ok: false });
    expect(await getEvent(ownerId, eventId)).toMatchObject({ name: "Private dinner" });
  });

  it("shows invalid input beside the fields and writes nothing", async () => {
    const state = await createEventAction(initialFormState, form({ name: "", startsOn: "", url: "not a url" }));
    expect(Object.keys(state.fieldErrors ?? {})).toEqual(expect.arrayContaining(["name", "startsOn", "url"]));
    expect(await db.event.count({ where: { ownerId: session.userId } })).toBe(0);
  });

  it("creates an event and opens it, or returns to quick capture with it", async () => {
    expect(await redirectOf(createEventAction(initialFormState, form({ name: "Meetup", startsOn: "2026-01-01" })))).toMatch(/^\/events\/c/);
    const back = await redirectOf(createEventAction(initialFormState, form({ name: "Conf", startsOn: "2026-01-02", returnTo: "capture" })));
    const conf = await db.event.findFirst({ where: { ownerId: session.userId, name: "Conf" }, select: { id: true } });
    expect(back).toBe(`/capture?event=${conf?.id}`);
    expect(await redirectOf(createEventAction(initialFormState, form({ name: "Elsewhere", startsOn: "2026-01-02", returnTo: "https://evil.example" })))).toMatch(/^\/events\//);
  });

  it("lets the owner edit and delete", async () => {
    session.userId = ownerId;
    expect(await redirectOf(updateEventAction(eventId, initialFormState, form({ name: "Public dinner", startsOn: "2026-01-01", version: "1" })))).toBe(`/events/${eventId}`);
    expect(await getEvent(ownerId, eventId)).toMatchObject({ name: "Public dinner" });
    expect(await deleteEventAction(eventId)).toEqual({ ok: true });
    expect(await getEvent(ownerId, eventId)).toBeNull();
  });
});
