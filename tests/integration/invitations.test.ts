// Invitations against PostgreSQL: one draft per contact however it is saved, the snapshot "Mark as sent" keeps,
// refused moves that write nothing, and another user's contact refused through the actions.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { markInvitationSent, saveDraft } from "@/lib/invitations/mutations";
import { getComposer, listInvitations } from "@/lib/invitations/queries";
import { createUser } from "./database";

const session = vi.hoisted(() => ({ userId: "" }));
vi.mock("@/lib/auth/session", () => ({
  requireUser: async () => ({ id: session.userId, name: "Signed in", email: "x@example.com", inviteNoteLimit: 300, timezone: "UTC" }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { markSentAction, saveDraftAction } = await import("@/lib/invitations/actions");

const PERSONAL = "Hi Colleen, great meeting you at the AMA Leadership Summit. Would love to hear more about the clinical AI podcast you suggested.";

async function colleen(ownerId: string) {
  const contact = await db.contact.create({ data: { ownerId, firstName: "Colleen", lastName: "Murphy", company: "Northwind Health" }, select: { id: true } });
  const event = await db.event.create({ data: { ownerId, name: "AMA Leadership Summit", startsOn: new Date("2026-03-12T00:00:00Z"), location: "Chicago" } });
  await db.encounter.create({
    data: { ownerId, contactId: contact.id, eventId: event.id, kind: "EVENT", metOn: new Date("2026-03-12T00:00:00Z"), context: "Suggested the clinical AI podcast" },
  });
  return contact.id;
}

async function snapshot(contactId: string) {
  const [contact, invitations, activities] = await Promise.all([
    db.contact.findUniqueOrThrow({ where: { id: contactId }, select: { stage: true, stageChangedAt: true, lastInteractionAt: true, updatedAt: true, version: true } }),
    db.invitation.findMany({ where: { contactId }, orderBy: { createdAt: "asc" } }),
    db.activity.findMany({ where: { contactId }, select: { kind: true, body: true } }),
  ]);
  return { contact, invitations, activities };
}

describe("drafts", () => {
  let ownerId = "";
  let contactId = "";

  beforeEach(async () => {
    ownerId = (await createUser("Owner")).id;
    contactId = await colleen(ownerId);
  });

  it("keeps one draft when it is saved twice, with the latest text and claim", async () => {
    const first = await saveDraft(ownerId, contactId, "Hi Col");
    const second = await saveDraft(ownerId, contactId, "Hi Colleen, ", "COLLEAGUE");
    expect(first).toMatchObject({ ok: true });
    expect(second).toMatchObject({ ok: true });
    const drafts = await db.invitation.findMany({ where: { contactId } });
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ ownerId, status: "DRAFT", direction: "OUTGOING", draftFor: contactId, message: "Hi Colleen, ", relationshipClaim: "COLLEAGUE" });
    if (second.ok) expect(drafts[0]?.updatedAt).toEqual(second.savedAt);
    expect(await getComposer(ownerId, contactId)).toMatchObject({ draft: { message: "Hi Colleen, ", relationshipClaim: "COLLEAGUE" } });
  });

  it("keeps one draft when first saves race each other", async () => {
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => saveDraft(ownerId, contactId, `Hi Colleen ${i}`)));
    expect(results.every((result) => result.ok)).toBe(true);
    const drafts = await db.invitation.findMany({ where: { contactId }, select: { message: true, draftFor: true } });
    expect(drafts).toHaveLength(1);
    expect(drafts[0]?.draftFor).toBe(contactId);
    expect(drafts[0]?.message).toMatch(/^Hi Colleen [0-5]$/);
  });

  it("refuses another owner's contact and writes nothing", async () => {
    const other = (await createUser("Other")).id;
    expect(await saveDraft(other, contactId, "sneaky")).toEqual({ ok: false, reason: "not_found" });
    expect(await db.invitation.count({ where: { contactId } })).toBe(0);
    expect(await getComposer(other, contactId)).toBeNull();
  });
});

describe("mark as sent", () => {
  let ownerId = "";
  let contactId = "";

  beforeEach(async () => {
    ownerId = (await createUser("Owner")).id;
    contactId = await colleen(ownerId);
  });

  it("turns the draft into the sent invitation with its snapshot, moves the stage and writes the timeline", async () => {
    await saveDraft(ownerId, contactId, "Hi Col", "OTHER");
    const before = new Date();
    const result = await markInvitationSent(ownerId, contactId, { message: PERSONAL, claim: "DID_BUSINESS" });
    expect(result).toMatchObject({ ok: true, score: 75 });

    const { contact, invitations, activities } = await snapshot(contactId);
    expect(invitations).toHaveLength(1);
    const [sent] = invitations;
    expect(sent).toMatchObject({
      ownerId,
      status: "SENT",
      direction: "OUTGOING",
      channel: "LINKEDIN",
      message: PERSONAL,
      score: 75,
      // The server's own assessment: nothing the user logged shows they did business together.
      flags: ["CLAIM_MISMATCH"],
      relationshipClaim: "DID_BUSINESS",
      draftFor: null,
    });
    expect(sent?.sentAt?.getTime()).toBeGreaterThanOrEqual(before.getTime());
    if (result.ok) expect(sent?.id).toBe(result.invitationId);
    expect(contact).toMatchObject({ stage: "SENT", version: 1 });
    expect(contact.stageChangedAt).toEqual(sent?.sentAt);
    expect(contact.lastInteractionAt).toEqual(sent?.sentAt);
    expect(activities).toEqual([{ kind: "INVITE_SENT", body: `${PERSONAL}\n\nCoach score: 75/100` }]);
    expect(await getComposer(ownerId, contactId)).toMatchObject({ draft: null, lastSentAt: sent?.sentAt });
    expect(await listInvitations(ownerId, contactId)).toEqual([
      expect.objectContaining({ status: "SENT", message: PERSONAL, score: 75, flags: ["CLAIM_MISMATCH"] }),
    ]);
  });

  it("creates the invitation when there was no draft, and assesses it against the user's note limit", async () => {
    await db.user.update({ where: { id: ownerId }, data: { inviteNoteLimit: 200 } });
    const long = `${PERSONAL} ${"I also run a small meetup on health data and would be glad to introduce you to a few people there.".repeat(1)}`;
    expect(long.length).toBeGreaterThan(200);
    const result = await markInvitationSent(ownerId, contactId, { message: long, claim: null });
    expect(result).toMatchObject({ ok: true });
    const { invitations, contact } = await snapshot(contactId);
    expect(invitations).toHaveLength(1);
    expect(invitations[0]).toMatchObject({ status: "SENT", message: long, flags: ["TOO_LONG"], score: 70, relationshipClaim: null, draftFor: null });
    expect(contact.stage).toBe("SENT");
  });

  it("sends from Ready to send too", async () => {
    await db.contact.update({ where: { id: contactId }, data: { stage: "READY" } });
    expect(await markInvitationSent(ownerId, contactId, { message: PERSONAL, claim: "OTHER" })).toMatchObject({ ok: true, score: 100 });
    expect((await snapshot(contactId)).contact.stage).toBe("SENT");
  });

  it("refuses a second send and writes nothing", async () => {
    expect(await markInvitationSent(ownerId, contactId, { message: PERSONAL, claim: null })).toMatchObject({ ok: true });
    const before = await snapshot(contactId);
    expect(await markInvitationSent(ownerId, contactId, { message: "Hi again", claim: null })).toEqual({
      ok: false,
      reason: "refused",
      message: "This contact is already in “Sent”.",
    });
    expect(await saveDraft(ownerId, contactId, "A draft after sending")).toEqual({
      ok: false,
      reason: "refused",
      message: "This invitation was already marked as sent.",
    });
    expect(await snapshot(contactId)).toEqual(before);
  });

  it("refuses to send to someone who has already accepted", async () => {
    await db.contact.update({ where: { id: contactId }, data: { stage: "CONNECTED" } });
    await saveDraft(ownerId, contactId, "never saved");
    const before = await snapshot(contactId);
    expect(before.invitations).toHaveLength(0);
    expect(await markInvitationSent(ownerId, contactId, { message: PERSONAL, claim: null })).toEqual({
      ok: false,
      reason: "refused",
      message: "They have already accepted: the invitation cannot be sent again.",
    });
    expect(await snapshot(contactId)).toEqual(before);
  });

  it("lets only one of two simultaneous sends through", async () => {
    const results = await Promise.all([
      markInvitationSent(ownerId, contactId, { message: PERSONAL, claim: null }),
      markInvitationSent(ownerId, contactId, { message: PERSONAL, claim: null }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    const { invitations, activities } = await snapshot(contactId);
    expect(invitations).toHaveLength(1);
    expect(activities).toHaveLength(1);
  });
});

describe("invitation actions", () => {
  let ownerId = "";
  let contactId = "";

  beforeEach(async () => {
    ownerId = (await createUser("Owner")).id;
    contactId = await colleen(ownerId);
    session.userId = (await createUser("Intruder")).id;
  });

  it("refuses another user's contact id and changes nothing", async () => {
    const before = await snapshot(contactId);
    expect(await saveDraftAction(contactId, "sneaky", "FRIEND")).toEqual({ ok: false, message: "This contact no longer exists." });
    expect(await markSentAction(contactId, { message: "sneaky", claim: "FRIEND" })).toEqual({ ok: false, message: "This contact no longer exists." });
    expect(await snapshot(contactId)).toEqual(before);
  });

  it("saves the owner's draft and marks it as sent", async () => {
    session.userId = ownerId;
    const saved = await saveDraftAction(contactId, "Hi Colleen,  ", "");
    expect(saved).toMatchObject({ ok: true });
    if (saved.ok) expect(new Date(saved.savedAt).toISOString()).toBe(saved.savedAt);
    expect(await db.invitation.findFirst({ where: { draftFor: contactId }, select: { message: true, relationshipClaim: true } })).toEqual({
      message: "Hi Colleen,  ",
      relationshipClaim: null,
    });
    expect(await markSentAction(contactId, { message: `\n${PERSONAL}\n\n`, claim: "OTHER" })).toEqual({ ok: true });
    expect(await db.invitation.findMany({ where: { contactId }, select: { message: true, status: true, relationshipClaim: true } })).toEqual([
      { message: PERSONAL, status: "SENT", relationshipClaim: "OTHER" },
    ]);
  });

  it("refuses input the schema does not allow, writing nothing", async () => {
    session.userId = ownerId;
    expect(await saveDraftAction(contactId, "x".repeat(2_001))).toEqual({ ok: false, message: "A message must be at most 2,000 characters." });
    expect(await saveDraftAction(contactId, "Hi", "BEST_FRIEND")).toEqual({ ok: false, message: "Pick how you know them from the list." });
    expect(await markSentAction(contactId, { message: PERSONAL, claim: "BEST_FRIEND" })).toMatchObject({ ok: false });
    expect(await saveDraftAction("", "Hi")).toEqual({ ok: false, message: "This contact no longer exists." });
    expect(await db.invitation.count({ where: { contactId } })).toBe(0);
    expect((await snapshot(contactId)).contact.stage).toBe("PERSONALIZE");
  });
});
