// Moving a contact along the pipeline. Every move goes through `canMove` (lib/pipeline/stage.ts) and, in one
// transaction with the contact's row locked, records what the move means: the invitation accepted or withdrawn,
// the acceptance date, the thank-you and its next step, and the timeline entry. A refused move writes nothing.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Stage } from "@/lib/generated/prisma/enums";
import { canMove, STAGE_ACTIVITY } from "@/lib/pipeline/stage";
import { markInvitationSent, type Refusal } from "@/lib/invitations/mutations";
import { recordInteraction, scheduleFollowUp, type FollowUpPlan } from "@/lib/followups/mutations";

export type MoveOptions = {
  /** The thank-you as sent: needed to move to THANKED. */
  thankYou?: string;
  /** The next step asked for when thanking; null or absent for none. */
  followUp?: FollowUpPlan | null;
};

export type MoveResult = { ok: true; from: Stage; to: Stage; at: Date } | Refusal;

/**
 * Moves the contact to `to`. A move to SENT sends the contact's draft (through markInvitationSent, which assesses it
 * and keeps the message as sent); there must be one with text. Other moves are recorded here.
 */
export async function moveContactStage(ownerId: string, contactId: string, to: Stage, options: MoveOptions = {}): Promise<MoveResult> {
  if (to === "SENT") return sendDraft(ownerId, contactId);
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ stage: Stage }[]>`
      SELECT stage::text AS stage FROM "Contact" WHERE id = ${contactId} AND "ownerId" = ${ownerId} FOR UPDATE`;
    const from = rows[0]?.stage;
    if (!from) return { ok: false, reason: "not_found" } as const;
    const thankYou = options.thankYou?.trim() ?? "";
    const check = canMove(from, to, { hasThankYou: thankYou.length > 0 });
    const activity = STAGE_ACTIVITY[`${from}->${to}`];
    if (!check.ok || !activity) {
      return { ok: false, reason: "refused", message: check.ok ? "This move is not possible." : check.message } as const;
    }

    const at = new Date();
    await tx.contact.updateMany({
      where: { id: contactId, ownerId },
      data: { stage: to, stageChangedAt: at, ...(from === "SENT" && to === "CONNECTED" ? { connectedAt: at } : {}) },
    });
    if (from === "SENT") await settleSentInvitation(tx, ownerId, contactId, to === "CONNECTED" ? "ACCEPTED" : "WITHDRAWN", at);
    await tx.activity.create({
      data: { ownerId, contactId, kind: activity.kind, occurredAt: at, body: to === "THANKED" ? thankYou : activity.body },
    });
    if (to === "CONNECTED" && from === "SENT") await recordInteraction(tx, ownerId, contactId, at);
    if (to === "THANKED") {
      await recordInteraction(tx, ownerId, contactId, at);
      if (options.followUp) await scheduleFollowUp(tx, ownerId, contactId, options.followUp);
    }
    return { ok: true, from, to, at } as const;
  });
}

/** The latest sent invitation was accepted, or withdrawn when the contact goes back a step. */
async function settleSentInvitation(
  tx: Prisma.TransactionClient,
  ownerId: string,
  contactId: string,
  status: "ACCEPTED" | "WITHDRAWN",
  at: Date,
) {
  const sent = await tx.invitation.findFirst({
    where: { ownerId, contactId, direction: "OUTGOING", status: "SENT" },
    orderBy: [{ sentAt: "desc" }, { createdAt: "desc" }],
    select: { id: true },
  });
  if (sent) await tx.invitation.update({ where: { id: sent.id }, data: { status, respondedAt: at } });
}

async function sendDraft(ownerId: string, contactId: string): Promise<MoveResult> {
  const contact = await db.contact.findFirst({ where: { id: contactId, ownerId }, select: { stage: true } });
  if (!contact) return { ok: false, reason: "not_found" };
  const draft = await db.invitation.findFirst({
    where: { ownerId, draftFor: contactId },
    select: { message: true, relationshipClaim: true },
  });
  const check = canMove(contact.stage, "SENT", { hasInvitation: Boolean(draft?.message.trim()) });
  if (!check.ok || !draft) return { ok: false, reason: "refused", message: check.ok ? "Write the invitation before marking it as sent." : check.message };
  const sent = await markInvitationSent(ownerId, contactId, { message: draft.message, claim: draft.relationshipClaim });
  return sent.ok ? { ok: true, from: contact.stage, to: "SENT", at: sent.sentAt } : sent;
}
