// The follow-up actions as the signed-in user (only the session is stubbed; the database and ownership checks are
// real): add, done (with its timeline entry, the interaction and the next step's suggested day), snooze, reschedule,
// and the stay-in-touch cadence that every interaction resets. Another user's follow-up is refused untouched.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { parseDay } from "@/lib/dates/calendar";
import { initialFormState } from "@/lib/forms";
import { createUser } from "./database";

const session = vi.hoisted(() => ({ userId: "", timezone: "UTC" }));
vi.mock("@/lib/auth/session", () => ({
  requireUser: async () => ({ id: session.userId, name: "Signed in", email: "x@example.com", inviteNoteLimit: 300, timezone: session.timezone }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { addFollowUpAction, completeFollowUpAction, rescheduleFollowUpAction, setStayInTouchAction, snoozeFollowUpAction } = await import(
  "@/lib/followups/actions"
);

// Noon UTC on 10 December 2026, so "today" is the 10th for a user in UTC.
const NOW = new Date("2026-12-10T12:00:00Z");
const day = (text: string) => parseDay(text)!;

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

beforeAll(() => {
  vi.useFakeTimers({ toFake: ["Date"], now: NOW });
});
afterAll(() => {
  vi.useRealTimers();
});

let ownerId = "";
let contactId = "";

beforeEach(async () => {
  ownerId = (await createUser("Owner")).id;
  contactId = (await db.contact.create({ data: { ownerId, firstName: "Jonas", lastName: "Berg", stage: "THANKED" }, select: { id: true } })).id;
  session.userId = ownerId;
  session.timezone = "UTC";
});

const mirror = () => db.contact.findUniqueOrThrow({ where: { id: contactId }, select: { nextFollowUpOn: true, followUpNote: true, lastInteractionAt: true } });
const openFollowUps = () =>
  db.followUp.findMany({ where: { contactId, doneAt: null }, orderBy: { dueOn: "asc" }, select: { dueOn: true, note: true, fromCadence: true } });
const addFollowUp = (dueOn: string, note: string, fromCadence = false) =>
  db.followUp.create({ data: { ownerId, contactId, dueOn: day(dueOn), note, fromCadence }, select: { id: true } });

describe("adding a follow-up", () => {
  it("adds it and mirrors the earliest open one on the contact", async () => {
    expect(await addFollowUpAction(contactId, initialFormState, form({ dueOn: "2026-12-24", note: "Send the podcast link" }))).toEqual({ ok: true });
    expect(await addFollowUpAction(contactId, initialFormState, form({ dueOn: "2026-12-15", note: "Coffee" }))).toEqual({ ok: true });
    expect(await mirror()).toMatchObject({ nextFollowUpOn: day("2026-12-15"), followUpNote: "Coffee" });
  });

  it("says what is missing beside the fields", async () => {
    const state = await addFollowUpAction(contactId, initialFormState, form({ dueOn: "2026-02-30", note: " " }));
    expect(state).toMatchObject({
      ok: false,
      fieldErrors: { dueOn: ["Choose a date such as 2026-12-10."], note: ["Write the next step, e.g. “Send the article we talked about”."] },
    });
    expect(await openFollowUps()).toEqual([]);
  });

  it("refuses to add one to another user's contact", async () => {
    session.userId = (await createUser("Intruder")).id;
    expect(await addFollowUpAction(contactId, initialFormState, form({ dueOn: "2026-12-24", note: "Sneaky" }))).toMatchObject({
      ok: false,
      message: "This contact no longer exists.",
    });
    expect(await openFollowUps()).toEqual([]);
  });
});

describe("Done", () => {
  it("completes it, writes the timeline entry with its note, records the interaction and suggests a step two weeks on", async () => {
    const { id } = await addFollowUp("2026-12-08", "Send the podcast link");
    await addFollowUp("2027-01-20", "Check in after the holidays");

    expect(await completeFollowUpAction(id)).toMatchObject({ ok: true, contactId, suggestedOn: "2026-12-24", cadenceDueOn: null });
    expect(await db.followUp.findUniqueOrThrow({ where: { id }, select: { doneAt: true } })).toEqual({ doneAt: NOW });
    expect(await db.activity.findMany({ where: { contactId }, select: { kind: true, body: true, occurredAt: true } })).toEqual([
      { kind: "FOLLOW_UP_DONE", body: "Send the podcast link", occurredAt: NOW },
    ]);
    expect(await mirror()).toEqual({ nextFollowUpOn: day("2027-01-20"), followUpNote: "Check in after the holidays", lastInteractionAt: NOW });
    // Done twice (a second tab) is refused and records nothing more.
    expect(await completeFollowUpAction(id)).toMatchObject({ ok: false });
    expect(await db.activity.count({ where: { contactId } })).toBe(1);
  });

  it("suggests the next step from the user's today, not UTC's", async () => {
    session.timezone = "Pacific/Auckland"; // already 11 December there
    const { id } = await addFollowUp("2026-12-10", "Coffee");
    expect(await completeFollowUpAction(id)).toMatchObject({ ok: true, suggestedOn: "2026-12-25" });
  });

  it("refuses another user's follow-up and changes nothing", async () => {
    const { id } = await addFollowUp("2026-12-08", "Private");
    session.userId = (await createUser("Intruder")).id;
    expect(await completeFollowUpAction(id)).toMatchObject({ ok: false });
    expect(await snoozeFollowUpAction(id, "1w")).toMatchObject({ ok: false });
    expect(await rescheduleFollowUpAction(id, initialFormState, form({ dueOn: "2027-03-01", version: "1" }))).toMatchObject({ ok: false });
    expect(await openFollowUps()).toEqual([{ dueOn: day("2026-12-08"), note: "Private", fromCadence: false }]);
    expect(await db.activity.count({ where: { contactId } })).toBe(0);
  });
});

describe("Snooze and Reschedule", () => {
  it("snoozes an overdue follow-up from today, and a later one from its own day", async () => {
    const overdue = await addFollowUp("2026-12-01", "Overdue");
    const later = await addFollowUp("2026-12-20", "Later");
    expect(await snoozeFollowUpAction(overdue.id, "1d")).toEqual({ ok: true, dueOn: "2026-12-11", previousDueOn: "2026-12-01", version: 2 });
    expect(await snoozeFollowUpAction(later.id, "1w")).toEqual({ ok: true, dueOn: "2026-12-27", previousDueOn: "2026-12-20", version: 2 });
    expect(await snoozeFollowUpAction(overdue.id, "2w")).toMatchObject({ ok: true, dueOn: "2026-12-25" });
    expect(await snoozeFollowUpAction(overdue.id, "3y")).toEqual({ ok: false, message: "Choose how long to snooze it." });
    expect(await mirror()).toMatchObject({ nextFollowUpOn: day("2026-12-25"), followUpNote: "Overdue" });
  });

  it("reschedules to a chosen day (which is also how a snooze is undone) and refuses a day that is not one", async () => {
    const { id } = await addFollowUp("2026-12-12", "Coffee");
    expect(await rescheduleFollowUpAction(id, initialFormState, form({ dueOn: "2027-01-05", version: "1" }))).toEqual({ ok: true });
    expect(await mirror()).toMatchObject({ nextFollowUpOn: day("2027-01-05") });
    expect(await rescheduleFollowUpAction(id, initialFormState, form({ dueOn: "soon", version: "2" }))).toMatchObject({
      ok: false,
      fieldErrors: { dueOn: ["Choose a date such as 2026-12-10."] },
    });
    expect(await openFollowUps()).toEqual([{ dueOn: day("2027-01-05"), note: "Coffee", fromCadence: false }]);
  });

  it("refuses to move a follow-up that is done", async () => {
    const { id } = await addFollowUp("2026-12-12", "Coffee");
    await completeFollowUpAction(id);
    expect(await snoozeFollowUpAction(id, "1d")).toMatchObject({ ok: false });
    expect(await db.followUp.findUniqueOrThrow({ where: { id }, select: { dueOn: true } })).toEqual({ dueOn: day("2026-12-12") });
  });
});

describe("Stay in touch", () => {
  it("counts from the last interaction, keeps one cadence follow-up, and turns off", async () => {
    await db.contact.update({ where: { id: contactId }, data: { lastInteractionAt: new Date("2026-12-01T15:00:00Z") } });
    expect(await setStayInTouchAction(contactId, "4")).toEqual({ ok: true, dueOn: "2026-12-29" });
    expect(await setStayInTouchAction(contactId, "2")).toEqual({ ok: true, dueOn: "2026-12-15" });
    expect(await openFollowUps()).toEqual([{ dueOn: day("2026-12-15"), note: "Stay in touch (every 2 weeks).", fromCadence: true }]);
    expect(await db.contact.findUniqueOrThrow({ where: { id: contactId }, select: { stayInTouchWeeks: true } })).toEqual({ stayInTouchWeeks: 2 });
    expect(await mirror()).toMatchObject({ nextFollowUpOn: day("2026-12-15"), followUpNote: "Stay in touch (every 2 weeks)." });

    expect(await setStayInTouchAction(contactId, "")).toEqual({ ok: true, dueOn: null });
    expect(await openFollowUps()).toEqual([]);
    expect(await mirror()).toMatchObject({ nextFollowUpOn: null, followUpNote: null });
  });

  it("counts from today when there has been no interaction, and refuses a cadence it does not offer", async () => {
    expect(await setStayInTouchAction(contactId, "8")).toEqual({ ok: true, dueOn: "2027-02-04" });
    expect(await setStayInTouchAction(contactId, "3")).toEqual({ ok: false, message: "Choose how often to stay in touch." });
  });

  it("restarts when any follow-up is done, and Done on the cadence's own follow-up schedules the next one", async () => {
    await db.contact.update({ where: { id: contactId }, data: { lastInteractionAt: new Date("2026-11-01T10:00:00Z") } });
    await setStayInTouchAction(contactId, "4");
    expect(await openFollowUps()).toEqual([{ dueOn: day("2026-11-29"), note: "Stay in touch (every 4 weeks).", fromCadence: true }]);

    // Another follow-up done today is an interaction: the cadence now counts from today.
    const manual = await addFollowUp("2026-12-10", "Send the slides");
    await completeFollowUpAction(manual.id);
    expect(await openFollowUps()).toEqual([{ dueOn: day("2027-01-07"), note: "Stay in touch (every 4 weeks).", fromCadence: true }]);

    const cadence = await db.followUp.findFirstOrThrow({ where: { contactId, fromCadence: true, doneAt: null }, select: { id: true } });
    expect(await completeFollowUpAction(cadence.id)).toMatchObject({ ok: true, cadenceDueOn: "2027-01-07" });
    const open = await db.followUp.findMany({ where: { contactId, doneAt: null }, select: { id: true, dueOn: true, fromCadence: true } });
    expect(open).toEqual([{ id: expect.not.stringMatching(cadence.id), dueOn: day("2027-01-07"), fromCadence: true }]);
  });

  it("refuses another user's contact", async () => {
    session.userId = (await createUser("Intruder")).id;
    expect(await setStayInTouchAction(contactId, "4")).toEqual({ ok: false, message: "This contact no longer exists." });
    expect(await db.contact.findUniqueOrThrow({ where: { id: contactId }, select: { stayInTouchWeeks: true } })).toEqual({ stayInTouchWeeks: null });
    expect(await openFollowUps()).toEqual([]);
  });
});
