// The rules issue 17 gave quick capture, against PostgreSQL: a person captured is met today where the user is
// (not on the event's date), an event is preselected only on its day, and a person already among the contacts is
// refused or asked about as on /contacts/new, with "Add to the existing one". Also /contacts/new's "How you met".
// The session and the clock are stubbed (there is no request here); the database and the ownership checks are real.
import type { ReactElement } from "react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { CaptureState } from "@/lib/capture/schema";
import { initialFormState } from "@/lib/forms";
import { createUser } from "./database";

const session = vi.hoisted(() => ({ userId: "", timezone: "UTC" }));
vi.mock("@/lib/auth/session", () => ({
  requireUser: async () => ({ id: session.userId, name: "Signed in", email: "x@example.com", inviteNoteLimit: 300, timezone: session.timezone }),
}));
const clock = vi.hoisted(() => ({ at: new Date() }));
vi.mock("@/lib/dates/clock", () => ({ now: async () => clock.at }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
class Redirected extends Error {
  constructor(readonly url: string) {
    super(`redirected to ${url}`);
  }
}
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Redirected(url);
  },
}));

const { captureAction } = await import("@/lib/capture/actions");
const { createContactAction } = await import("@/lib/contacts/actions");
const { default: CapturePage } = await import("@/app/(app)/capture/page");

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

const initial: CaptureState = { ok: false };
const day = (text: string) => new Date(`${text}T00:00:00Z`);

async function event(ownerId: string, name: string, startsOn: string) {
  return (await db.event.create({ data: { ownerId, name, startsOn: day(startsOn) }, select: { id: true } })).id;
}

const encountersOf = (contactId: string) =>
  db.encounter.findMany({ where: { contactId }, orderBy: { createdAt: "asc" }, select: { kind: true, eventId: true, metOn: true, context: true } });

/** The props /capture hands its form: which event it starts with, which it offers, and "today". */
async function captureFormProps(searchParams: { event?: string } = {}) {
  const page = await CapturePage({ searchParams: Promise.resolve(searchParams) });
  const form = (page.props.children as ReactElement[])[1] as ReactElement<{
    defaultEventId: string | null;
    recentEvents: { id: string; name: string }[];
    today: string;
  }>;
  return form.props;
}

let userId = "";
beforeEach(async () => {
  userId = (await createUser()).id;
  session.userId = userId;
  session.timezone = "UTC";
  // 05:00 UTC on 26 November: still the evening of the 25th in Los Angeles, the afternoon of the 26th in Tokyo.
  clock.at = new Date("2026-11-26T05:00:00Z");
});

describe("the day a capture is met on", () => {
  it("is today where the user is, even at an event that began 12 days ago", async () => {
    session.timezone = "America/Los_Angeles";
    const summit = await event(userId, "AMA Leadership Summit", "2026-11-13");
    const carla = await captureAction(initial, form({ eventId: summit, metOn: "", firstName: "Carla", context: "Design ops guild" }));
    expect(carla).toMatchObject({ ok: true, values: { eventId: summit } });
    expect(await encountersOf(carla.captured!.id)).toEqual([{ kind: "EVENT", eventId: summit, metOn: day("2026-11-25"), context: "Design ops guild" }]);
    expect(await db.contact.findUniqueOrThrow({ where: { id: carla.captured!.id } })).toMatchObject({ lastInteractionAt: day("2026-11-25") });

    session.timezone = "Asia/Tokyo";
    const kenji = await captureAction(initial, form({ firstName: "Kenji", context: "Met at the gate" }));
    expect(await encountersOf(kenji.captured!.id)).toEqual([{ kind: "OTHER", eventId: null, metOn: day("2026-11-26"), context: "Met at the gate" }]);
  });

  it("is the day the user picked, kept for the next person; a day in the future is refused", async () => {
    const picked = await captureAction(initial, form({ metOn: "2026-11-20", firstName: "Priya", context: "Hospital data team" }));
    expect(picked).toMatchObject({ ok: true, values: { metOn: "2026-11-20" } });
    expect(await encountersOf(picked.captured!.id)).toEqual([expect.objectContaining({ metOn: day("2026-11-20") })]);

    const future = await captureAction(initial, form({ metOn: "2099-01-01", firstName: "Early", context: "Not yet" }));
    expect(future).toMatchObject({ ok: false, fieldErrors: { metOn: ["Met on cannot be in the future."] }, values: { firstName: "Early" } });
    expect(await db.contact.count({ where: { ownerId: userId, firstName: "Early" } })).toBe(0);
  });
});

describe("the event /capture starts with", () => {
  it("is none when the latest event was 12 days ago, which is offered instead, with today in the user's timezone", async () => {
    session.timezone = "America/Los_Angeles";
    const summit = await event(userId, "AMA Leadership Summit", "2026-11-13");
    await event(userId, "Last spring's meetup", "2026-04-01");
    expect(await captureFormProps()).toMatchObject({ defaultEventId: null, recentEvents: [{ id: summit, name: "AMA Leadership Summit" }], today: "2026-11-25" });
  });

  it("is today's event (the 25th in Los Angeles while it is the 26th in UTC), never tomorrow's", async () => {
    session.timezone = "America/Los_Angeles";
    const breakfast = await event(userId, "Founders Breakfast", "2026-11-25");
    const meetup = await event(userId, "Tomorrow's meetup", "2026-11-26");
    expect(await captureFormProps()).toMatchObject({ defaultEventId: breakfast, recentEvents: [] });

    // In UTC it is already the 26th: the meetup is today's, and the breakfast was yesterday.
    session.timezone = "UTC";
    expect(await captureFormProps()).toMatchObject({ defaultEventId: meetup, recentEvents: [{ id: breakfast }] });
  });

  it("is the one in the address (back from \"New event\"), unless it is not the user's", async () => {
    const created = await event(userId, "Design Ops Night", "2026-10-01");
    expect(await captureFormProps({ event: created })).toMatchObject({ defaultEventId: created });
    const others = await event((await createUser("Other")).id, "Private dinner", "2026-11-26");
    expect(await captureFormProps({ event: others })).toMatchObject({ defaultEventId: null });
  });
});

describe("duplicates on capture, by /contacts/new's rules", () => {
  it("asks about the same name at the same company; “Add to the existing one” records the meeting on her", async () => {
    const first = await captureAction(initial, form({ firstName: "Nadia", lastName: "Petrova", company: "Figma", context: "Accessibility audits" }));
    const nadia = first.captured!.id;
    clock.at = new Date("2026-11-27T12:00:00Z");

    const again = { firstName: "nadia", lastName: "PETROVA", company: "figma", context: "Offered to review our color tokens" };
    const asked = await captureAction(initial, form(again));
    expect(asked).toMatchObject({
      ok: false,
      message: "You already have Nadia Petrova at figma. Is this the same person?",
      links: [{ href: `/contacts/${nadia}`, label: "Open Nadia Petrova" }],
      confirm: "Save anyway",
      existing: { id: nadia, name: "Nadia Petrova" },
      values: again,
    });
    expect(await db.contact.count({ where: { ownerId: userId } })).toBe(1);

    const added = await captureAction(initial, form({ ...again, addToContactId: nadia }));
    expect(added).toMatchObject({ ok: true, message: "Added how you met to Nadia Petrova.", captured: { id: nadia, name: "Nadia Petrova" } });
    expect(await db.contact.count({ where: { ownerId: userId } })).toBe(1);
    expect(await encountersOf(nadia)).toEqual([
      expect.objectContaining({ metOn: day("2026-11-26"), context: "Accessibility audits" }),
      expect.objectContaining({ metOn: day("2026-11-27"), context: "Offered to review our color tokens" }),
    ]);
    expect(await db.contact.findUniqueOrThrow({ where: { id: nadia } })).toMatchObject({ firstName: "Nadia", lastName: "Petrova", company: "Figma", lastInteractionAt: day("2026-11-27") });
  });

  it("saves a second person of that name when the user says so, and asks nothing without a company", async () => {
    await captureAction(initial, form({ firstName: "Sam", lastName: "Lee", company: "Acme", context: "First Sam" }));
    expect(await captureAction(initial, form({ firstName: "Sam", lastName: "Lee", company: "Acme", context: "Another Sam", confirmed: "1" }))).toMatchObject({ ok: true, message: "Saved Sam Lee." });
    expect(await captureAction(initial, form({ firstName: "Sam", lastName: "Lee", context: "A third, company unknown" }))).toMatchObject({ ok: true });
    expect(await db.contact.count({ where: { ownerId: userId, firstName: "Sam" } })).toBe(3);
  });

  it("refuses the same LinkedIn profile under another name, offering her instead of a second one", async () => {
    const jonas = await db.contact.create({ data: { ownerId: userId, firstName: "Jonas", lastName: "Berg", linkedinUrl: "https://www.linkedin.com/in/jonas-berg" } });
    const refused = await captureAction(initial, form({ firstName: "J.", lastName: "Berg", context: "Again", linkedinUrl: "linkedin.com/in/Jonas-Berg/", confirmed: "1" }));
    expect(refused).toMatchObject({
      ok: false,
      fieldErrors: { linkedinUrl: ["Jonas Berg already has this LinkedIn URL."] },
      links: [{ href: `/contacts/${jonas.id}`, label: "Open Jonas Berg" }],
      existing: { id: jonas.id, name: "Jonas Berg" },
    });
    expect(refused.confirm).toBeUndefined();
    expect(await db.contact.count({ where: { ownerId: userId } })).toBe(1);
  });

  it("will not add a meeting to another user's contact", async () => {
    const theirs = await db.contact.create({ data: { ownerId: (await createUser("Other")).id, firstName: "Private" } });
    const state = await captureAction(initial, form({ firstName: "Private", context: "Sneaky", addToContactId: theirs.id }));
    expect(state).toMatchObject({ ok: false, message: expect.stringContaining("no longer exists"), confirm: "Save anyway" });
    expect(state.captured).toBeUndefined();
    expect(await db.encounter.count({ where: { contactId: theirs.id } })).toBe(0);
    expect(await db.contact.count({ where: { ownerId: userId } })).toBe(0);
  });
});

describe("/contacts/new's “How you met”", () => {
  async function create(fields: Record<string, string>) {
    try {
      return { state: await createContactAction(initialFormState, form({ firstName: "", lastName: "", tags: "", ...fields })), id: null };
    } catch (error) {
      if (error instanceof Redirected) return { state: null, id: error.url.replace("/contacts/", "") };
      throw error;
    }
  }

  it("records the event, the day and what you talked about with the new contact", async () => {
    const summit = await event(userId, "AMA Leadership Summit", "2026-11-13");
    const { id } = await create({ firstName: "Ines", eventId: summit, metOn: "2026-11-14", context: "Pricing experiments" });
    expect(await encountersOf(id!)).toEqual([{ kind: "EVENT", eventId: summit, metOn: day("2026-11-14"), context: "Pricing experiments" }]);
  });

  it("dates a meeting without a day today where the user is, and records none when nothing was said about it", async () => {
    session.timezone = "America/Los_Angeles";
    const { id } = await create({ firstName: "Olu", metOn: "", context: "Met in the queue" });
    expect(await encountersOf(id!)).toEqual([{ kind: "OTHER", eventId: null, metOn: day("2026-11-25"), context: "Met in the queue" }]);
    const plain = await create({ firstName: "Plain", metOn: "2026-11-25", context: "  " });
    expect(await encountersOf(plain.id!)).toEqual([]);
  });

  it("refuses another user's event and leaves no contact behind", async () => {
    const others = await event((await createUser("Other")).id, "Private dinner", "2026-11-01");
    const { state } = await create({ firstName: "Sneaky", eventId: others, context: "Hello" });
    expect(state).toMatchObject({ ok: false, fieldErrors: { eventId: ["This event no longer exists. Pick another one."] }, values: { firstName: "Sneaky" } });
    expect(await db.contact.count({ where: { ownerId: userId } })).toBe(0);
  });
});
