// "Mark reply sent": the reply goes on the contact's timeline (a message, so an interaction) and the invitation
// received becomes "Replied", in one transaction. An invitation already accepted stays accepted: the reply is still
// recorded. Replying to one ignored earlier un-ignores it.
import "server-only";
import { db } from "@/lib/db";
import { recordInteraction } from "@/lib/followups/mutations";
import { replyActivityBody } from "@/lib/inbox/reply-schema";

export type ReplyMutationResult = { ok: true; contactId: string } | { ok: false; reason: "not_found" };

export async function markReplySent(ownerId: string, invitationId: string, message: string): Promise<ReplyMutationResult> {
  return db.$transaction(async (tx) => {
    const where = { id: invitationId, ownerId, direction: "INCOMING" as const };
    const invitation = await tx.invitation.findFirst({ where, select: { contactId: true, status: true } });
    if (!invitation) return { ok: false, reason: "not_found" } as const;
    const at = new Date();
    if (invitation.status === "NEW" || invitation.status === "IGNORED") {
      // Conditional, so an "Accept" from another tab in between is not undone.
      await tx.invitation.updateMany({ where: { ...where, status: { in: ["NEW", "IGNORED"] } }, data: { status: "REPLIED", respondedAt: at } });
    }
    await tx.activity.create({ data: { ownerId, contactId: invitation.contactId, kind: "MESSAGE", body: replyActivityBody(message), occurredAt: at } });
    await recordInteraction(tx, ownerId, invitation.contactId, at);
    return { ok: true, contactId: invitation.contactId } as const;
  });
}
