// The pipeline board against PostgreSQL: listBoard's cards (scoped by owner, filtered, capped, with how you met and
// the draft flag), and moveContactAction from the board: refusals write nothing, allowed moves write an Activity,
// another user's contact is refused.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { Stage } from "@/lib/generated/prisma/enums";
import { saveDraft } from "@/lib/invitations/mutations";
import { BOARD_STAGE_LIMIT, listBoard } from "@/lib/pipeline/queries";
import { createUser } from "./database";

const session = vi.hoisted(() => ({ userId: "" }));
vi.mock("@/lib/auth/session", () => ({
  requireUser: async () => ({ id: session.userId, name: "Signed in", email: "x@example.com", inviteNoteLimit: 300, timezone: "UTC" }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { moveContactAction } = await import("@/lib/pipeline/actions");

const day = (text: string) => new Date(`${text}T00:00:00Z`);

async function person(ownerId: string, firstName: string, data: { stage?: Stage; stageChangedAt?: Date; tags?: string[]; archivedAt?: Date; company?: string } = {}) {
  return (await db.contact.create({ data: { ownerId, firstName, lastName: "Test", ...data }, select: { id: true } })).id;
}

async function snapshot(contactId: string) {
  const [contact, invitations, activities] = await Promise.all([
    db.contact.findUniqueOrThrow({ where: { id: contactId }, select: { stage: true, stageChangedAt: true, connectedAt: true, version: true } }),
    db.invitation.findMany({ where: { contactId }, orderBy: { createdAt: "asc" }, select: { status: true, message: true, draftFor: true } }),
    db.activity.findMany({ where: { contactId }, select: { kind: true, body: true } }),
  ]);
  return { contact, invitations, activities };
}

describe("listBoard", () => {
  let ownerId = "";

  beforeEach(async () => {
    ownerId = (await createUser("Owner")).id;
  });

  it("lists only the owner's non-archived contacts, newest arrivals first, with what a card shows", async () => {
    const event = await db.event.create({ data: { ownerId, name: "Health Tech Meetup", startsOn: day("2026-11-12") } });
    const ada = await person(ownerId, "Ada", { stage: "PERSONALIZE", stageChangedAt: new Date("2026-11-20T10:00:00Z"), company: "Analytical Engines" });
    // Two encounters: the latest one (by the day met) describes the card.
    await db.encounter.create({ data: { ownerId, contactId: ada, kind: "COLLEAGUE", metOn: day("2025-01-05"), context: "Old job" } });
    await db.encounter.create({ data: { ownerId, contactId: ada, eventId: event.id, kind: "EVENT", metOn: day("2026-11-12"), context: "Talked about\npunch cards" } });
    const ben = await person(ownerId, "Ben", { stage: "SENT", stageChangedAt: new Date("2026-11-22T10:00:00Z") });
    await db.encounter.create({ data: { ownerId, contactId: ben, kind: "MUTUAL_CONNECTION", metOn: day("2026-10-01") } });
    const cleo = await person(ownerId, "Cleo", { stage: "PERSONALIZE", stageChangedAt: new Date("2026-11-25T10:00:00Z") });
    await person(ownerId, "Archived", { archivedAt: new Date() });
    const stranger = (await createUser("Stranger")).id;
    await person(stranger, "Theirs");

    const board = await listBoard(ownerId);
    expect(board.cards.map((card) => card.firstName)).toEqual(["Cleo", "Ben", "Ada"]);
    expect(board.cards.find((card) => card.id === ada)).toEqual({
      id: ada,
      firstName: "Ada",
      lastName: "Test",
      company: "Analytical Engines",
      stage: "PERSONALIZE",
      stageChangedAt: new Date("2026-11-20T10:00:00Z"),
      createdAt: expect.any(Date),
      connectedAt: null,
      metOn: day("2026-11-12"),
      next: null,
      hasDraft: false,
      howMet: { summary: "Health Tech Meetup · 12 Nov 2026", context: "Talked about punch cards" },
    });
    expect(board.cards.find((card) => card.id === ben)?.howMet).toEqual({ summary: "Mutual connection · 1 Oct 2026", context: null });
    expect(board.cards.find((card) => card.id === cleo)?.howMet).toBeNull();
    expect(board.more).toEqual({ PERSONALIZE: 0, READY: 0, SENT: 0, CONNECTED: 0, THANKED: 0 });
  });

  it("gives a thanked card its next step: the earliest open follow-up", async () => {
    const jonas = await person(ownerId, "Jonas", { stage: "THANKED" });
    await db.contact.update({ where: { id: jonas }, data: { nextFollowUpOn: day("2026-12-11"), followUpNote: "Short call" } });
    const board = await listBoard(ownerId);
    expect(board.cards.find((card) => card.id === jonas)?.next).toEqual({ on: day("2026-12-11"), note: "Short call" });
  });

  it("flags a draft only when it has text", async () => {
    const withText = await person(ownerId, "Drafted", { stage: "READY" });
    const blank = await person(ownerId, "Blank", { stage: "READY" });
    const none = await person(ownerId, "None", { stage: "READY" });
    expect(await saveDraft(ownerId, withText, "Hi Drafted, good to meet you at the meetup.")).toMatchObject({ ok: true });
    expect(await saveDraft(ownerId, blank, "   ")).toMatchObject({ ok: true });
    const flags = Object.fromEntries((await listBoard(ownerId)).cards.map((card) => [card.id, card.hasDraft]));
    expect(flags).toEqual({ [withText]: true, [blank]: false, [none]: false });
  });

  it("filters by tag and by an event they were met at", async () => {
    const event = await db.event.create({ data: { ownerId, name: "Summit", startsOn: day("2026-03-12") } });
    const other = await db.event.create({ data: { ownerId, name: "Other", startsOn: day("2026-03-13") } });
    const tagged = await person(ownerId, "Tagged", { tags: ["design", "berlin"] });
    const met = await person(ownerId, "Met", { tags: ["berlin"] });
    await person(ownerId, "Neither");
    await db.encounter.create({ data: { ownerId, contactId: met, eventId: event.id, kind: "EVENT", metOn: day("2026-03-12") } });
    await db.encounter.create({ data: { ownerId, contactId: tagged, eventId: other.id, kind: "EVENT", metOn: day("2026-03-13") } });

    const names = async (filters: Parameters<typeof listBoard>[1]) => (await listBoard(ownerId, filters)).cards.map((card) => card.firstName).sort();
    expect(await names({ tag: "design" })).toEqual(["Tagged"]);
    expect(await names({ tag: "berlin" })).toEqual(["Met", "Tagged"]);
    expect(await names({ event: event.id })).toEqual(["Met"]);
    expect(await names({ tag: "design", event: event.id })).toEqual([]);
    // Another user's event id finds nothing of theirs through the owner's board.
    const stranger = (await createUser("Stranger")).id;
    const theirs = await db.event.create({ data: { ownerId: stranger, name: "Theirs", startsOn: day("2026-03-12") } });
    expect(await names({ event: theirs.id })).toEqual([]);
  });

  it("caps each stage and counts the rest", async () => {
    const base = new Date("2026-11-01T00:00:00Z").getTime();
    await db.contact.createMany({
      data: Array.from({ length: BOARD_STAGE_LIMIT + 3 }, (_, index) => ({
        ownerId,
        firstName: `Sent ${index}`,
        stage: "SENT" as const,
        stageChangedAt: new Date(base + index * 60_000),
      })),
    });
    await person(ownerId, "Thanked", { stage: "THANKED" });
    const board = await listBoard(ownerId);
    const sent = board.cards.filter((card) => card.stage === "SENT");
    expect(sent).toHaveLength(BOARD_STAGE_LIMIT);
    // The newest are shown: the three oldest are the ones left out.
    expect(sent.map((card) => card.firstName)).not.toContain("Sent 2");
    expect(sent[0]?.firstName).toBe(`Sent ${BOARD_STAGE_LIMIT + 2}`);
    expect(board.cards.filter((card) => card.stage === "THANKED")).toHaveLength(1);
    expect(board.more).toMatchObject({ SENT: 3, THANKED: 0 });
  });
});

describe("moveContactAction from the board", () => {
  let ownerId = "";

  beforeEach(async () => {
    ownerId = (await createUser("Owner")).id;
    session.userId = ownerId;
  });

  it("writes an Activity for an allowed move and the board shows the new stage", async () => {
    const id = await person(ownerId, "Ada", { stageChangedAt: new Date("2026-01-01T00:00:00Z") });
    expect(await moveContactAction(id, "READY")).toEqual({ ok: true });
    const after = await snapshot(id);
    expect(after.contact.stage).toBe("READY");
    expect(after.contact.stageChangedAt.getTime()).toBeGreaterThan(new Date("2026-01-01T00:00:00Z").getTime());
    expect(after.activities).toEqual([{ kind: "STAGE_CHANGED", body: "Ready to send." }]);
    expect((await listBoard(ownerId)).cards).toMatchObject([{ id, stage: "READY" }]);
  });

  it("sends the draft on Mark as sent, then records the acceptance", async () => {
    const id = await person(ownerId, "Ada", { stage: "READY" });
    await saveDraft(ownerId, id, "Hi Ada, great meeting you at the meetup. Would love to swap notes on engines.");
    expect(await moveContactAction(id, "SENT")).toEqual({ ok: true });
    expect(await moveContactAction(id, "CONNECTED")).toEqual({ ok: true });
    const after = await snapshot(id);
    expect(after.contact.stage).toBe("CONNECTED");
    expect(after.contact.connectedAt).not.toBeNull();
    expect(after.invitations).toMatchObject([{ status: "ACCEPTED", draftFor: null }]);
    expect(after.activities.map((activity) => activity.kind).sort()).toEqual(["INVITE_ACCEPTED", "INVITE_SENT"]);
  });

  it("refuses a move that makes no sense and writes nothing", async () => {
    const id = await person(ownerId, "Ada");
    const before = await snapshot(id);
    expect(await moveContactAction(id, "CONNECTED")).toEqual({ ok: false, message: "Only someone you sent an invitation to can accept it." });
    expect(await moveContactAction(id, "THANKED")).toEqual({ ok: false, message: "Only someone who has accepted can be thanked." });
    expect(await moveContactAction(id, "PERSONALIZE")).toEqual({ ok: false, message: "This contact is already in “Personalize”." });
    expect(await snapshot(id)).toEqual(before);
  });

  it("refuses Mark as sent without a draft, and a thank-you without its text, writing nothing", async () => {
    const ready = await person(ownerId, "Ready", { stage: "READY" });
    const connected = await person(ownerId, "Connected", { stage: "CONNECTED" });
    const before = [await snapshot(ready), await snapshot(connected)];
    expect(await moveContactAction(ready, "SENT")).toEqual({ ok: false, message: "Write the invitation before marking it as sent." });
    expect(await moveContactAction(connected, "THANKED")).toEqual({ ok: false, message: "Write the thank-you before marking it as sent." });
    expect([await snapshot(ready), await snapshot(connected)]).toEqual(before);
  });

  it("refuses another user's contact and changes nothing", async () => {
    const id = await person(ownerId, "Private");
    session.userId = (await createUser("Intruder")).id;
    const before = await snapshot(id);
    expect(await moveContactAction(id, "READY")).toEqual({ ok: false, message: "This contact no longer exists." });
    expect(await snapshot(id)).toEqual(before);
    expect((await listBoard(session.userId)).cards).toEqual([]);
  });

  it("refuses a stage that does not exist", async () => {
    const id = await person(ownerId, "Ada");
    expect(await moveContactAction(id, "DONE")).toMatchObject({ ok: false, message: "Pick a stage of the pipeline." });
    expect((await snapshot(id)).activities).toEqual([]);
  });
});
