// "Mark reply sent" on an invitation received (issue 13): the reply goes on the contact's timeline and the invitation
// becomes "Replied", or stays "Accepted"; an empty reply and another user's invitation change nothing.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { InvitationStatus } from "@/lib/generated/prisma/enums";
import { getReplyComposer } from "@/lib/inbox/reply-queries";
import { createUser } from "./database";

const session = vi.hoisted(() => ({ userId: "" }));
vi.mock("@/lib/auth/session", () => ({
  requireUser: async () => ({ id: session.userId, name: "Sam Signed", email: "x@example.com", inviteNoteLimit: 300, timezone: "UTC" }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { markReplySentAction } = await import("@/lib/inbox/reply-actions");

const RECEIVED = new Date("2026-11-20T09:00:00Z");

async function received(ownerId: string, status: InvitationStatus = "NEW") {
  const contact = await db.contact.create({ data: { ownerId, firstName: "Priya", lastName: "Raman", company: "Northwind" }, select: { id: true } });
  const respondedAt = status === "NEW" ? null : RECEIVED;
  const invitation = await db.invitation.create({
    data: { ownerId, contactId: contact.id, direction: "INCOMING", status, message: "I'd like to join your network.", sentAt: RECEIVED, respondedAt, flags: ["default"] },
    select: { id: true },
  });
  return { contactId: contact.id, invitationId: invitation.id };
}

/** What a user would check: the invitation's status and when they responded, and the contact's timeline. */
async function state(invitationId: string, contactId: string) {
  const [invitation, activities, contact] = await Promise.all([
    db.invitation.findUniqueOrThrow({ where: { id: invitationId }, select: { status: true, respondedAt: true } }),
    db.activity.findMany({ where: { contactId }, select: { kind: true, body: true } }),
    db.contact.findUniqueOrThrow({ where: { id: contactId }, select: { lastInteractionAt: true } }),
  ]);
  return { ...invitation, activities, lastInteractionAt: contact.lastInteractionAt };
}

let ownerId = "";
beforeEach(async () => {
  ownerId = (await createUser("Owner")).id;
  session.userId = ownerId;
});

describe("Mark reply sent", () => {
  it("writes the reply on the timeline and marks a new invitation Replied", async () => {
    const { contactId, invitationId } = await received(ownerId);
    const before = Date.now();
    expect(await markReplySentAction(invitationId, { message: "  Hi Priya, thanks for the invitation! Remind me where we met?  " })).toEqual({ ok: true });
    const after = await state(invitationId, contactId);
    expect(after.status).toBe("REPLIED");
    expect(after.respondedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(after.activities).toEqual([{ kind: "MESSAGE", body: "You replied to their invitation:\nHi Priya, thanks for the invitation! Remind me where we met?" }]);
    expect(after.lastInteractionAt).toEqual(after.respondedAt);
  });

  it("refuses an empty or blank reply, and changes nothing", async () => {
    const { contactId, invitationId } = await received(ownerId);
    const before = await state(invitationId, contactId);
    for (const message of ["", " \n\t "]) {
      expect(await markReplySentAction(invitationId, { message })).toEqual({
        ok: false,
        message: "Write your reply first: the message is empty.",
        fieldErrors: { message: ["Write your reply first: the message is empty."] },
      });
    }
    expect(await state(invitationId, contactId)).toEqual(before);
  });

  it("answers another user's invitation as not found, and changes nothing of theirs", async () => {
    const { contactId, invitationId } = await received((await createUser("Other")).id);
    const before = await state(invitationId, contactId);
    expect(await markReplySentAction(invitationId, { message: "Hi Priya" })).toEqual({ ok: false, message: "This invitation is no longer in your inbox." });
    expect(await state(invitationId, contactId)).toEqual(before);
    expect(await getReplyComposer(ownerId, invitationId)).toBeNull();
  });

  it("keeps an accepted invitation accepted, still recording the reply; an ignored one becomes Replied", async () => {
    const accepted = await received(ownerId, "ACCEPTED");
    expect(await markReplySentAction(accepted.invitationId, { message: "Hi Priya, great to be connected!" })).toEqual({ ok: true });
    const afterAccepted = await state(accepted.invitationId, accepted.contactId);
    expect(afterAccepted).toMatchObject({ status: "ACCEPTED", respondedAt: RECEIVED });
    expect(afterAccepted.activities).toEqual([{ kind: "MESSAGE", body: "You replied to their invitation:\nHi Priya, great to be connected!" }]);

    const ignored = await received(ownerId, "IGNORED");
    expect(await markReplySentAction(ignored.invitationId, { message: "Hi Priya, sorry for the delay." })).toEqual({ ok: true });
    expect((await state(ignored.invitationId, ignored.contactId)).status).toBe("REPLIED");
  });

  it("does not reply to an invitation the user sent", async () => {
    const { contactId, invitationId } = await received(ownerId);
    await db.invitation.update({ where: { id: invitationId }, data: { direction: "OUTGOING", status: "SENT" } });
    expect(await markReplySentAction(invitationId, { message: "Hi Priya" })).toMatchObject({ ok: false });
    expect((await state(invitationId, contactId)).activities).toEqual([]);
    expect(await getReplyComposer(ownerId, invitationId)).toBeNull();
  });
});

it("reads the page's invitation only for its owner, and answers an address no id looks like as not found", async () => {
  const { invitationId } = await received(ownerId);
  expect(await getReplyComposer(ownerId, invitationId)).toMatchObject({ invitation: { id: invitationId, contact: { firstName: "Priya" } }, encounters: [] });
  for (const id of ["\u0000", "\ud800", "' OR 1=1 --", "x".repeat(10_000), "../../etc/passwd"]) expect(await getReplyComposer(ownerId, id)).toBeNull();
});
