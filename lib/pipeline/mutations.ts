// Moving a contact along the pipeline. Every move goes through `canMove` (lib/pipeline/stage.ts) and, in one
// transaction with the contact's row locked, records what the move means: the invitation accepted or withdrawn,
// the acceptance date, the thank-you, its next step and the end of its draft, and the timeline entry. A refused
// move writes nothing.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Stage } from "@/lib/generated/prisma/enums";
import { middayIn, todayIn } from "@/lib/dates/calendar";
import { canMove, STAGE_ACTIVITY, type Acceptance } from "@/lib/pipeline/stage";
import { markInvitationSent, type Refusal } from "@/lib/invitations/mutations";
import { recordInteraction, scheduleFollowUp, type FollowUpPlan } from "@/lib/followups/mutations";

export type MoveOptions = {
  /** The thank-you as sent: needed to move to THANKED. */
  thankYou?: string;
  /** The next step asked for when thanking; null or absent for none. */
  followUp?: FollowUpPlan | null;
  /**
   * For SENT → CONNECTED: the day they accepted ("YYYY-MM-DD", where the user is, checked by canMove) and the user's
   * clock. Today's acceptance is recorded at `now`, an earlier one at noon that day. Absent: accepted now.
   */
  accepted?: { on: string; timeZone: string; now: Date };
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
    // The caller's clock when it has one (the test clock in browser tests), so the move and the acceptance agree.
    const at = options.accepted?.now ?? new Date();
    const accepting = from === "SENT" && to === "CONNECTED";
    const sent = from === "SENT" ? await latestSentInvitation(tx, ownerId, contactId) : null;
    const clock = accepting ? options.accepted : undefined;
    const today = clock && todayIn(clock.timeZone, clock.now);
    const acceptance: Acceptance | undefined = clock && today ? { on: clock.on, today, sentOn: sent?.sentAt ? todayIn(clock.timeZone, sent.sentAt) : null } : undefined;
    const check = canMove(from, to, { hasThankYou: thankYou.length > 0, acceptance });
    const activity = STAGE_ACTIVITY[`${from}->${to}`];
    if (!check.ok || !activity) {
      return { ok: false, reason: "refused", message: check.ok ? "This move is not possible." : check.message } as const;
    }
    // Accepted today: now. Earlier: noon that day, but never before the invitation went out on that same day.
    const acceptedAt = !clock || clock.on === today ? (clock?.now ?? at) : new Date(Math.max(middayIn(clock.on, clock.timeZone).getTime(), sent?.sentAt?.getTime() ?? 0));

    await tx.contact.updateMany({
      where: { id: contactId, ownerId },
      data: { stage: to, stageChangedAt: at, ...(accepting ? { connectedAt: acceptedAt } : {}) },
    });
    if (from === "SENT" && sent) await tx.invitation.update({ where: { id: sent.id }, data: { status: accepting ? "ACCEPTED" : "WITHDRAWN", respondedAt: acceptedAt } });
    await tx.activity.create({
      data: { ownerId, contactId, kind: activity.kind, occurredAt: accepting ? acceptedAt : at, body: to === "THANKED" ? thankYou : activity.body },
    });
    if (accepting) await recordInteraction(tx, ownerId, contactId, acceptedAt);
    if (to === "THANKED") {
      await recordInteraction(tx, ownerId, contactId, at);
      if (options.followUp) await scheduleFollowUp(tx, ownerId, contactId, options.followUp);
      // The thank-you is sent: its draft goes in the same transaction, so a failure cannot leave the contact thanked
      // with the draft still open, nor the draft gone without the thank-you. A draft save racing with this waits for
      // the row lock above, then finds the contact thanked and is refused.
      await tx.thankYouDraft.deleteMany({ where: { ownerId, contactId } });
    }
    return { ok: true, from, to, at } as const;
  });
}

/** The latest invitation sent to the contact and still unanswered: accepting or withdrawing settles it. */
async function latestSentInvitation(tx: Prisma.TransactionClient, ownerId: string, contactId: string) {
  return tx.invitation.findFirst({
    where: { ownerId, contactId, direction: "OUTGOING", status: "SENT" },
    orderBy: [{ sentAt: "desc" }, { createdAt: "desc" }],
    select: { id: true, sentAt: true },
  });
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
