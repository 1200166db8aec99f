// Pipeline moves against PostgreSQL: what acceptance, withdrawal and the thank-you record, the follow-up the
// thank-you schedules (against the user's today), refused moves that write nothing, another user's contact refused,
// and exactly one timeline entry per move.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { addDays, parseDay, todayIn } from "@/lib/dates/calendar";
import { saveDraft } from "@/lib/invitations/mutations";
import { moveContactStage } from "@/lib/pipeline/mutations";
import { getThankYouComposer } from "@/lib/thank-you/queries";
import { getContact } from "@/lib/contacts/queries";
import { createUser } from "./database";

const session = vi.hoisted(() => ({ userId: "", timezone: "UTC" }));
vi.mock("@/lib/auth/session", () => ({
  requireUser: async () => ({ id: session.userId, name: "Signed in", email: "x@example.com", inviteNoteLimit: 300, timezone: session.timezone }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { moveContactAction } = await import("@/lib/pipeline/actions");
const { markThankYouSentAction } = await import("@/lib/thank-you/actions");

const INVITATION = "Hi Colleen, great meeting you at the Health Tech Meetup. Would love to swap notes on the clinical AI podcast.";
const THANKS = "Thanks for connecting, Colleen! Would a short call in the next few weeks suit you?";

async function contactIn(ownerId: string, stage: "PERSONALIZE" | "SENT" | "CONNECTED" = "PERSONALIZE") {
  const { id } = await db.contact.create({ data: { ownerId, firstName: "Colleen", lastName: "Murphy" }, select: { id: true } });
  if (stage === "PERSONALIZE") return id;
  await saveDraft(ownerId, id, INVITATION);
  expect(await moveContactStage(ownerId, id, "SENT")).toMatchObject({ ok: true, to: "SENT" });
  if (stage === "CONNECTED") expect(await moveContactStage(ownerId, id, "CONNECTED")).toMatchObject({ ok: true });
  return id;
}

/** Everything a move can write, to show that a refused one wrote nothing. */
async function snapshot(contactId: string) {
  const [contact, invitations, activities, followUps] = await Promise.all([
    db.contact.findUniqueOrThrow({ where: { id: contactId } }),
    db.invitation.findMany({ where: { contactId }, orderBy: { createdAt: "asc" } }),
    db.activity.findMany({ where: { contactId }, orderBy: { occurredAt: "asc" } }),
    db.followUp.findMany({ where: { contactId } }),
  ]);
  return { contact, invitations, activities, followUps };
}

function activityKinds(contactId: string) {
  return db.activity.findMany({ where: { contactId }, orderBy: [{ occurredAt: "asc" }, { id: "asc" }], select: { kind: true, body: true } });
}

const todayUtc = () => todayIn("UTC");

describe("accepting an invitation", () => {
  let ownerId = "";

  beforeEach(async () => {
    ownerId = (await createUser("Owner")).id;
    session.userId = ownerId;
    session.timezone = "UTC";
  });

  it("moves SENT to CONNECTED with the acceptance date, the invitation accepted and one INVITE_ACCEPTED entry", async () => {
    const contactId = await contactIn(ownerId, "SENT");
    const before = await snapshot(contactId);
    expect(before.contact.connectedAt).toBeNull();

    expect(await moveContactAction(contactId, "CONNECTED")).toEqual({ ok: true });

    const after = await snapshot(contactId);
    expect(after.contact.stage).toBe("CONNECTED");
    expect(after.contact.connectedAt).toBeInstanceOf(Date);
    expect(after.contact.connectedAt).toEqual(after.contact.stageChangedAt);
    expect(after.contact.lastInteractionAt).toEqual(after.contact.connectedAt);
    expect(after.invitations).toHaveLength(1);
    expect(after.invitations[0]).toMatchObject({ status: "ACCEPTED", respondedAt: after.contact.connectedAt, message: INVITATION });
    expect(after.activities.slice(before.activities.length).map(({ kind, body }) => ({ kind, body }))).toEqual([
      { kind: "INVITE_ACCEPTED", body: "Invitation accepted." },
    ]);
  });

  it("refuses an acceptance before the invitation was sent, with the reason, and writes nothing", async () => {
    const contactId = await contactIn(ownerId);
    const before = await snapshot(contactId);
    expect(await moveContactAction(contactId, "CONNECTED")).toEqual({ ok: false, message: "Only someone you sent an invitation to can accept it." });
    expect(await snapshot(contactId)).toEqual(before);
  });

  it("withdraws a sent invitation: back to Ready to send, the invitation WITHDRAWN, no acceptance date", async () => {
    const contactId = await contactIn(ownerId, "SENT");
    expect(await moveContactAction(contactId, "READY")).toEqual({ ok: true });
    const after = await snapshot(contactId);
    expect(after.contact).toMatchObject({ stage: "READY", connectedAt: null });
    expect(after.invitations[0]).toMatchObject({ status: "WITHDRAWN", respondedAt: after.contact.stageChangedAt });
    expect(after.activities.at(-1)).toMatchObject({ kind: "STAGE_CHANGED", body: "Invitation withdrawn: ready to send again." });
  });
});

describe("marking the thank-you sent", () => {
  let ownerId = "";
  let contactId = "";

  beforeEach(async () => {
    ownerId = (await createUser("Owner")).id;
    session.userId = ownerId;
    session.timezone = "UTC";
    contactId = await contactIn(ownerId, "CONNECTED");
  });

  it("moves to THANKED with the message on the timeline and schedules the next step", async () => {
    const followUpOn = addDays(todayUtc(), 14);
    const result = await markThankYouSentAction(contactId, { message: `  ${THANKS}  `, noFollowUp: false, followUpOn, nextStep: "Coffee to talk about their hiring" });
    expect(result).toEqual({ ok: true });

    const after = await snapshot(contactId);
    expect(after.contact).toMatchObject({ stage: "THANKED", nextFollowUpOn: parseDay(followUpOn), followUpNote: "Coffee to talk about their hiring" });
    expect(after.contact.lastInteractionAt).toEqual(after.contact.stageChangedAt);
    expect(after.followUps).toEqual([
      expect.objectContaining({ ownerId, dueOn: parseDay(followUpOn), note: "Coffee to talk about their hiring", doneAt: null, fromCadence: false }),
    ]);
    expect(after.activities.at(-1)).toMatchObject({ kind: "THANK_YOU_SENT", body: THANKS });
  });

  it("schedules nothing with “No follow-up”", async () => {
    expect(await markThankYouSentAction(contactId, { message: THANKS, noFollowUp: true, followUpOn: "", nextStep: "" })).toEqual({ ok: true });
    const after = await snapshot(contactId);
    expect(after.contact).toMatchObject({ stage: "THANKED", nextFollowUpOn: null, followUpNote: null });
    expect(after.followUps).toEqual([]);
  });

  it("refuses a thank-you without text, through the action and the mutation, and writes nothing", async () => {
    const before = await snapshot(contactId);
    expect(await markThankYouSentAction(contactId, { message: "   ", noFollowUp: true, followUpOn: "", nextStep: "" })).toMatchObject({
      ok: false,
      message: "Write the thank-you first.",
      fieldErrors: { message: ["Write the thank-you first."] },
    });
    expect(await moveContactStage(ownerId, contactId, "THANKED", { thankYou: "  \n ", followUp: { dueOn: parseDay(addDays(todayUtc(), 3))!, note: "Call" } })).toEqual({
      ok: false,
      reason: "refused",
      message: "Write the thank-you before marking it as sent.",
    });
    expect(await moveContactAction(contactId, "THANKED")).toEqual({ ok: false, message: "Write the thank-you before marking it as sent." });
    expect(await snapshot(contactId)).toEqual(before);
  });

  it("refuses a follow-up day before the user's today, where the user is, and writes nothing", async () => {
    const before = await snapshot(contactId);
    // Kiritimati (UTC+14) is always at least a day ahead of UTC−12: that side's today is already past there.
    const behind = todayIn("Etc/GMT+12");
    session.timezone = "Pacific/Kiritimati";
    expect(await markThankYouSentAction(contactId, { message: THANKS, noFollowUp: false, followUpOn: behind, nextStep: "" })).toEqual({
      ok: false,
      message: "Pick today or a later day.",
      fieldErrors: { followUpOn: ["Pick today or a later day."] },
    });
    expect(await snapshot(contactId)).toEqual(before);

    session.timezone = "Etc/GMT+12";
    expect(await markThankYouSentAction(contactId, { message: THANKS, noFollowUp: false, followUpOn: behind, nextStep: "Call" })).toEqual({ ok: true });
    expect((await snapshot(contactId)).followUps).toEqual([expect.objectContaining({ dueOn: parseDay(behind) })]);
  });

  it("refuses to thank someone who has not accepted, and writes nothing", async () => {
    const sent = await contactIn(ownerId, "SENT");
    const before = await snapshot(sent);
    expect(await markThankYouSentAction(sent, { message: THANKS, noFollowUp: true, followUpOn: "", nextStep: "" })).toEqual({
      ok: false,
      message: "Only someone who has accepted can be thanked.",
    });
    expect(await snapshot(sent)).toEqual(before);
  });
});

describe("another user's contact", () => {
  it("is refused by every pipeline action, which write nothing", async () => {
    const ownerId = (await createUser("Owner")).id;
    const sent = await contactIn(ownerId, "SENT");
    const connected = await contactIn(ownerId, "CONNECTED");
    const before = [await snapshot(sent), await snapshot(connected)];
    session.userId = (await createUser("Intruder")).id;
    session.timezone = "UTC";

    expect(await moveContactAction(sent, "CONNECTED")).toEqual({ ok: false, message: "This contact no longer exists." });
    expect(await moveContactAction(sent, "READY")).toEqual({ ok: false, message: "This contact no longer exists." });
    expect(
      await markThankYouSentAction(connected, { message: THANKS, noFollowUp: false, followUpOn: addDays(todayUtc(), 14), nextStep: "Coffee" }),
    ).toEqual({ ok: false, message: "This contact no longer exists." });
    expect(await moveContactStage(session.userId, connected, "THANKED", { thankYou: THANKS })).toEqual({ ok: false, reason: "not_found" });
    expect([await snapshot(sent), await snapshot(connected)]).toEqual(before);
    expect(await db.followUp.count({ where: { ownerId: session.userId } })).toBe(0);
    // Its thank-you page and pipeline area are not found either.
    expect(await getThankYouComposer(session.userId, connected)).toBeNull();
    expect(await getContact(session.userId, connected)).toBeNull();
    expect(await getThankYouComposer(ownerId, connected)).toMatchObject({ contact: { id: connected, stage: "CONNECTED" }, encounters: [] });
  });
});

describe("the timeline", () => {
  it("gets exactly one entry per move, of the move's kind, and none for a refused move", async () => {
    const ownerId = (await createUser("Owner")).id;
    session.userId = ownerId;
    session.timezone = "UTC";
    const contactId = await contactIn(ownerId);
    const followUp = { dueOn: parseDay(addDays(todayUtc(), 14))!, note: "Coffee" };

    const steps: [() => Promise<unknown>, { kind: string; body: string } | null][] = [
      [() => moveContactStage(ownerId, contactId, "READY"), { kind: "STAGE_CHANGED", body: "Ready to send." }],
      [() => moveContactStage(ownerId, contactId, "PERSONALIZE"), { kind: "STAGE_CHANGED", body: "Back to Personalize." }],
      [() => moveContactStage(ownerId, contactId, "THANKED", { thankYou: THANKS }), null],
      [() => moveContactStage(ownerId, contactId, "SENT"), null],
      [() => saveDraft(ownerId, contactId, INVITATION), null],
      [() => moveContactStage(ownerId, contactId, "SENT"), { kind: "INVITE_SENT", body: `${INVITATION}\n\nCoach score: 100/100` }],
      [() => moveContactStage(ownerId, contactId, "PERSONALIZE"), { kind: "STAGE_CHANGED", body: "Invitation withdrawn: back to Personalize." }],
      [() => moveContactStage(ownerId, contactId, "READY"), { kind: "STAGE_CHANGED", body: "Ready to send." }],
      [() => saveDraft(ownerId, contactId, INVITATION), null],
      [() => moveContactStage(ownerId, contactId, "SENT"), { kind: "INVITE_SENT", body: `${INVITATION}\n\nCoach score: 100/100` }],
      [() => moveContactStage(ownerId, contactId, "CONNECTED"), { kind: "INVITE_ACCEPTED", body: "Invitation accepted." }],
      [() => moveContactStage(ownerId, contactId, "SENT"), null],
      [() => moveContactStage(ownerId, contactId, "THANKED", { thankYou: THANKS, followUp }), { kind: "THANK_YOU_SENT", body: THANKS }],
      [() => moveContactStage(ownerId, contactId, "CONNECTED"), { kind: "STAGE_CHANGED", body: "Thank-you undone: a thank-you is owed again." }],
      [() => moveContactStage(ownerId, contactId, "THANKED", { thankYou: "Thanks again!" }), { kind: "THANK_YOU_SENT", body: "Thanks again!" }],
      [() => moveContactStage(ownerId, contactId, "THANKED", { thankYou: "Thanks again!" }), null],
    ];

    for (const [move, entry] of steps) {
      const before = await activityKinds(contactId);
      await move();
      const after = await activityKinds(contactId);
      expect(after.slice(before.length)).toEqual(entry ? [entry] : []);
      expect(after.slice(0, before.length)).toEqual(before);
    }
    expect(await db.contact.findUniqueOrThrow({ where: { id: contactId }, select: { stage: true } })).toEqual({ stage: "THANKED" });
  });
});
