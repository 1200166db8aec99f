// Following through, against PostgreSQL (only the session is stubbed): "Undo" after "Done" puts the follow-up and
// what its completion changed back; "Mark as accepted" on an earlier day goes through canMove and is what "Needs a
// thank-you" sorts by; "Thanked, nothing scheduled" is exactly the owner's thanked people with no next step; a new
// account is one with nobody in it.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { parseDay } from "@/lib/dates/calendar";
import type { Stage } from "@/lib/generated/prisma/enums";
import { moveContactStage } from "@/lib/pipeline/mutations";
import { listBoard } from "@/lib/pipeline/queries";
import { isNewAccount, listThankedWithoutNextStep, listThankYousOwed } from "@/lib/today/queries";
import { createUser } from "./database";

const session = vi.hoisted(() => ({ userId: "", timezone: "UTC" }));
vi.mock("@/lib/auth/session", () => ({
  requireUser: async () => ({ id: session.userId, name: "Signed in", email: "x@example.com", inviteNoteLimit: 300, timezone: session.timezone }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { completeFollowUpAction, undoCompleteFollowUpAction, setStayInTouchAction } = await import("@/lib/followups/actions");
const { moveContactAction } = await import("@/lib/pipeline/actions");

// Noon UTC on 10 December 2026.
const NOW = new Date("2026-12-10T12:00:00Z");
const day = (text: string) => parseDay(text)!;

beforeAll(() => {
  vi.useFakeTimers({ toFake: ["Date"], now: NOW });
});
afterAll(() => {
  vi.useRealTimers();
});

let ownerId = "";

beforeEach(async () => {
  ownerId = (await createUser("Owner")).id;
  session.userId = ownerId;
  session.timezone = "UTC";
});

async function person(owner: string, firstName: string, stage: Stage, data: { lastInteractionAt?: Date; archivedAt?: Date; stageChangedAt?: Date } = {}) {
  return (await db.contact.create({ data: { ownerId: owner, firstName, lastName: "Test", stage, ...data }, select: { id: true } })).id;
}

describe("Undo after Done", () => {
  const state = async (contactId: string) => {
    const [contact, open, done] = await Promise.all([
      db.contact.findUniqueOrThrow({ where: { id: contactId }, select: { lastInteractionAt: true, nextFollowUpOn: true, followUpNote: true } }),
      db.followUp.findMany({ where: { contactId, doneAt: null }, orderBy: { dueOn: "asc" }, select: { id: true, dueOn: true, note: true, fromCadence: true } }),
      db.activity.count({ where: { contactId, kind: "FOLLOW_UP_DONE" } }),
    ]);
    return { contact, open, done };
  };

  it("opens the follow-up again, removes its timeline entry and puts the last interaction back", async () => {
    const contactId = await person(ownerId, "Jonas", "THANKED", { lastInteractionAt: new Date("2026-11-20T10:00:00Z") });
    const { id } = await db.followUp.create({ data: { ownerId, contactId, dueOn: day("2026-12-08"), note: "Short call" } });
    await db.contact.update({ where: { id: contactId }, data: { nextFollowUpOn: day("2026-12-08"), followUpNote: "Short call" } });
    const before = await state(contactId);

    const done = await completeFollowUpAction(id);
    if (!done.ok) throw new Error(done.message);
    expect(await state(contactId)).toMatchObject({ open: [], done: 1, contact: { lastInteractionAt: NOW, nextFollowUpOn: null } });

    expect(await undoCompleteFollowUpAction(id, done.receipt)).toEqual({ ok: true });
    expect(await state(contactId)).toEqual(before);
    // Once: the second Undo finds it open already.
    expect(await undoCompleteFollowUpAction(id, done.receipt)).toEqual({ ok: false, message: "This follow-up is already open again, or no longer exists." });
  });

  it("puts a stay-in-touch reminder back: the one a completed cadence made goes, a restarted one gets its day back", async () => {
    const contactId = await person(ownerId, "Mira", "THANKED");
    await setStayInTouchAction(contactId, "4"); // due 7 January, four weeks after today
    const cadence = await db.followUp.findFirstOrThrow({ where: { contactId, fromCadence: true } });
    const manual = await db.followUp.create({ data: { ownerId, contactId, dueOn: day("2026-12-09"), note: "Send the slides" } });
    await db.contact.update({ where: { id: contactId }, data: { nextFollowUpOn: day("2026-12-09"), followUpNote: "Send the slides" } });
    const before = await state(contactId);

    // Done on the plain follow-up restarts the cadence from today; Undo moves it back.
    const first = await completeFollowUpAction(manual.id);
    if (!first.ok) throw new Error(first.message);
    expect((await state(contactId)).open).toEqual([expect.objectContaining({ id: cadence.id, dueOn: day("2027-01-07") })]);
    expect(await undoCompleteFollowUpAction(manual.id, first.receipt)).toEqual({ ok: true });
    expect(await state(contactId)).toEqual(before);

    // Done on the cadence's own follow-up schedules the next one; Undo removes that one and reopens the first.
    const second = await completeFollowUpAction(cadence.id);
    if (!second.ok) throw new Error(second.message);
    expect((await state(contactId)).open.filter((followUp) => followUp.fromCadence).map((followUp) => followUp.id)).not.toContain(cadence.id);
    expect(await undoCompleteFollowUpAction(cadence.id, second.receipt)).toEqual({ ok: true });
    expect(await state(contactId)).toEqual(before);
  });

  it("leaves the last interaction alone when something happened with the person since", async () => {
    const contactId = await person(ownerId, "Ola", "THANKED", { lastInteractionAt: new Date("2026-11-20T10:00:00Z") });
    const { id } = await db.followUp.create({ data: { ownerId, contactId, dueOn: day("2026-12-08"), note: "Short call" } });
    const done = await completeFollowUpAction(id);
    if (!done.ok) throw new Error(done.message);
    const later = new Date("2026-12-10T15:00:00Z");
    await db.contact.update({ where: { id: contactId }, data: { lastInteractionAt: later } });
    expect(await undoCompleteFollowUpAction(id, done.receipt)).toEqual({ ok: true });
    expect(await state(contactId)).toMatchObject({ open: [{ id, note: "Short call" }], done: 0, contact: { lastInteractionAt: later } });
  });

  it("refuses another user's follow-up and changes nothing", async () => {
    const contactId = await person(ownerId, "Jonas", "THANKED");
    const { id } = await db.followUp.create({ data: { ownerId, contactId, dueOn: day("2026-12-08"), note: "Short call" } });
    const done = await completeFollowUpAction(id);
    if (!done.ok) throw new Error(done.message);
    session.userId = (await createUser("Intruder")).id;
    expect(await undoCompleteFollowUpAction(id, done.receipt)).toMatchObject({ ok: false });
    expect(await state(contactId)).toMatchObject({ open: [], done: 1 });
  });

  it("refuses a receipt that is not one", async () => {
    const contactId = await person(ownerId, "Jonas", "THANKED");
    const { id } = await db.followUp.create({ data: { ownerId, contactId, dueOn: day("2026-12-08"), note: "Short call" } });
    await completeFollowUpAction(id);
    expect(await undoCompleteFollowUpAction(id, { lastInteractionAt: "yesterday", cadence: null })).toMatchObject({ ok: false });
    expect(await state(contactId)).toMatchObject({ open: [], done: 1 });
  });
});

describe("Mark as accepted on an earlier day", () => {
  async function invited(firstName: string, sentAt = new Date("2026-11-01T10:00:00Z")) {
    const id = await person(ownerId, firstName, "SENT", { stageChangedAt: sentAt });
    await db.invitation.create({ data: { ownerId, contactId: id, direction: "OUTGOING", status: "SENT", message: `Hi ${firstName}`, sentAt } });
    return id;
  }
  const clock = { timeZone: "UTC", at: NOW };

  it("records the acceptance on that day, and “Needs a thank-you” lists the earliest acceptance first", async () => {
    const today = await invited("Today");
    const earlier = await invited("Earlier");
    expect(await moveContactAction(today, "CONNECTED")).toEqual({ ok: true });
    expect(await moveContactAction(earlier, "CONNECTED", "2026-12-03")).toEqual({ ok: true });

    const owed = await listThankYousOwed(ownerId, clock);
    expect(owed.map(({ firstName, daysWaiting }) => ({ firstName, daysWaiting }))).toEqual([
      { firstName: "Earlier", daysWaiting: 7 },
      { firstName: "Today", daysWaiting: 0 },
    ]);
    const contact = await db.contact.findUniqueOrThrow({ where: { id: earlier }, select: { connectedAt: true, stage: true } });
    expect(contact).toEqual({ stage: "CONNECTED", connectedAt: new Date("2026-12-03T12:00:00Z") });
    expect(await db.invitation.findFirstOrThrow({ where: { contactId: earlier }, select: { status: true, respondedAt: true } })).toEqual({
      status: "ACCEPTED",
      respondedAt: new Date("2026-12-03T12:00:00Z"),
    });
    expect(await db.activity.findFirstOrThrow({ where: { contactId: earlier, kind: "INVITE_ACCEPTED" }, select: { occurredAt: true } })).toEqual({
      occurredAt: new Date("2026-12-03T12:00:00Z"),
    });
    // Today's acceptance is now.
    expect((await db.contact.findUniqueOrThrow({ where: { id: today }, select: { connectedAt: true } })).connectedAt).toEqual(NOW);
  });

  it("counts the day where the user is: 3 December in Auckland", async () => {
    session.timezone = "Pacific/Auckland";
    await db.user.update({ where: { id: ownerId }, data: { timezone: "Pacific/Auckland" } });
    const id = await invited("Kiri");
    expect(await moveContactAction(id, "CONNECTED", "2026-12-03")).toEqual({ ok: true });
    const [owed] = await listThankYousOwed(ownerId, { timeZone: "Pacific/Auckland", at: NOW });
    // 10 December noon UTC is 11 December in Auckland: eight days.
    expect(owed).toMatchObject({ firstName: "Kiri", daysWaiting: 8, acceptedAt: new Date("2026-12-02T23:00:00Z") });
  });

  it("refuses a day after today or before the invitation went out, and writes nothing", async () => {
    const id = await invited("Priya");
    expect(await moveContactAction(id, "CONNECTED", "2026-12-11")).toEqual({
      ok: false,
      message: "They cannot have accepted after today (10 Dec 2026): choose today or an earlier day.",
    });
    expect(await moveContactAction(id, "CONNECTED", "2026-10-31")).toEqual({ ok: false, message: "You sent the invitation on 1 Nov 2026: choose that day or a later one." });
    expect(await moveContactAction(id, "CONNECTED", "3 December")).toEqual({ ok: false, message: "Choose the day they accepted, such as 2026-12-10." });
    expect(await db.contact.findUniqueOrThrow({ where: { id }, select: { stage: true, connectedAt: true } })).toEqual({ stage: "SENT", connectedAt: null });
    expect(await db.activity.count({ where: { contactId: id } })).toBe(0);
    expect((await db.invitation.findFirstOrThrow({ where: { contactId: id } })).status).toBe("SENT");
  });

  it("never dates the acceptance before the invitation on the day it was sent", async () => {
    const id = await invited("Late", new Date("2026-12-03T18:30:00Z"));
    expect(await moveContactAction(id, "CONNECTED", "2026-12-03")).toEqual({ ok: true });
    expect((await db.contact.findUniqueOrThrow({ where: { id }, select: { connectedAt: true } })).connectedAt).toEqual(new Date("2026-12-03T18:30:00Z"));
  });

  it("shows on the board's card as the day the thank-you is owed since", async () => {
    const id = await invited("Earlier");
    await moveContactAction(id, "CONNECTED", "2026-12-03");
    const { cards } = await listBoard(ownerId);
    expect(cards.find((card) => card.id === id)).toMatchObject({ stage: "CONNECTED", connectedAt: new Date("2026-12-03T12:00:00Z") });
  });
});

describe("Thanked, nothing scheduled", () => {
  async function thanked(owner: string, firstName: string, lastInteractionAt?: Date) {
    const id = await person(owner, firstName, "CONNECTED");
    const moved = await moveContactStage(owner, id, "THANKED", { thankYou: `Thank you, ${firstName}!` });
    if (!moved.ok) throw new Error("not thanked");
    if (lastInteractionAt) await db.contact.update({ where: { id }, data: { lastInteractionAt } });
    return id;
  }

  it("lists exactly the owner's thanked people with no open follow-up, longest out of touch first", async () => {
    const other = (await createUser("Other")).id;
    const recent = await thanked(ownerId, "Recent", new Date("2026-12-01T10:00:00Z"));
    const longAgo = await thanked(ownerId, "LongAgo", new Date("2026-09-01T10:00:00Z"));
    const doneOnly = await thanked(ownerId, "DoneOnly", new Date("2026-11-01T10:00:00Z"));
    await db.followUp.create({ data: { ownerId, contactId: doneOnly, dueOn: day("2026-11-15"), note: "Coffee", doneAt: new Date("2026-11-15T10:00:00Z") } });
    const scheduled = await thanked(ownerId, "Scheduled");
    await db.followUp.create({ data: { ownerId, contactId: scheduled, dueOn: day("2026-12-24"), note: "Short call" } });
    const archived = await thanked(ownerId, "Archived");
    await db.contact.update({ where: { id: archived }, data: { archivedAt: NOW } });
    // An old connection imported straight into Thanked was never thanked here.
    await person(ownerId, "Imported", "THANKED");
    await person(ownerId, "Owed", "CONNECTED");
    await thanked(other, "Someone else's");

    expect(await listThankedWithoutNextStep(ownerId)).toEqual({
      total: 3,
      people: [
        expect.objectContaining({ id: longAgo, firstName: "LongAgo" }),
        expect.objectContaining({ id: doneOnly, firstName: "DoneOnly" }),
        expect.objectContaining({ id: recent, firstName: "Recent" }),
      ],
    });
    expect((await listThankedWithoutNextStep(other)).total).toBe(1);
  });

  it("takes a person off once a follow-up is planned, and puts them back when it is done with no next step", async () => {
    const id = await thanked(ownerId, "Jonas");
    expect((await listThankedWithoutNextStep(ownerId)).total).toBe(1);
    const { id: followUpId } = await db.followUp.create({ data: { ownerId, contactId: id, dueOn: day("2026-12-08"), note: "Short call" } });
    expect((await listThankedWithoutNextStep(ownerId)).total).toBe(0);
    await completeFollowUpAction(followUpId);
    expect(await listThankedWithoutNextStep(ownerId)).toMatchObject({ total: 1, people: [{ id }] });
  });
});

describe("a new account", () => {
  it("is one with no contacts at all, archived ones counted", async () => {
    expect(await isNewAccount(ownerId)).toBe(true);
    await person(ownerId, "Gone", "PERSONALIZE", { archivedAt: NOW });
    expect(await isNewAccount(ownerId)).toBe(false);
    expect(await isNewAccount((await createUser("Other")).id)).toBe(true);
  });
});
