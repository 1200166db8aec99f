// Invitation writes: the one draft per contact, and marking it as sent. Every statement is scoped by the owner;
// refusals are results, not exceptions. Both lock the contact's row, so a draft saved by a second tab cannot
// outlive the send it raced with, and two sends cannot both move the contact.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Stage } from "@/lib/generated/prisma/enums";
import { assessInvitation, type Assessment } from "@/lib/invitations/assess";
import { buildFacts } from "@/lib/invitations/facts";
import { listEncounters } from "@/lib/encounters/queries";
import type { DraftInput, SendInput } from "@/lib/invitations/schema";
import { canMove, STAGE_ACTIVITY } from "@/lib/pipeline/stage";
import { recordInteraction } from "@/lib/followups/mutations";

type Tx = Prisma.TransactionClient;

export type Refusal = { ok: false; reason: "not_found" } | { ok: false; reason: "refused"; message: string };
export type DraftResult = { ok: true; savedAt: Date } | Refusal;
export type SendResult = { ok: true; invitationId: string; score: number; sentAt: Date } | Refusal;

type LockedContact = { stage: Stage; firstName: string; lastName: string; company: string | null };

async function lockContact(tx: Tx, ownerId: string, contactId: string, mode: "share" | "update"): Promise<LockedContact | null> {
  const lock = mode === "update" ? Prisma.sql`FOR UPDATE` : Prisma.sql`FOR SHARE`;
  const rows = await tx.$queryRaw<LockedContact[]>`
    SELECT stage::text AS stage, "firstName", "lastName", company
      FROM "Contact"
     WHERE id = ${contactId} AND "ownerId" = ${ownerId}
       ${lock}`;
  return rows[0] ?? null;
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** Drafting makes sense only while the invitation can still be sent. */
function draftRefusal(stage: Stage): Refusal | null {
  const check = canMove(stage, "SENT", { hasInvitation: true });
  return check.ok ? null : { ok: false, reason: "refused", message: "This invitation was already marked as sent." };
}

async function writeDraft(ownerId: string, contactId: string, input: DraftInput): Promise<DraftResult> {
  return db.$transaction(async (tx) => {
    const contact = await lockContact(tx, ownerId, contactId, "share");
    if (!contact) return { ok: false, reason: "not_found" } as const;
    const refusal = draftRefusal(contact.stage);
    if (refusal) return refusal;
    const savedAt = new Date();
    const data = { message: input.message, relationshipClaim: input.claim, updatedAt: savedAt };
    const { count } = await tx.invitation.updateMany({ where: { ownerId, contactId, draftFor: contactId }, data });
    if (count === 0) {
      await tx.invitation.create({
        data: { ...data, ownerId, contactId, direction: "OUTGOING", channel: "LINKEDIN", status: "DRAFT", draftFor: contactId },
        select: { id: true },
      });
    }
    return { ok: true, savedAt } as const;
  });
}

/**
 * Saves the contact's one draft, creating it on the first save. Two first saves at once (two tabs) both try to
 * create: the unique `draftFor` lets one win, and the other, refused with P2002, runs again and updates it.
 */
export async function saveDraft(ownerId: string, contactId: string, message: string, claim: DraftInput["claim"] = null): Promise<DraftResult> {
  const input = { message, claim };
  try {
    return await writeDraft(ownerId, contactId, input);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return writeDraft(ownerId, contactId, input);
  }
}

export function inviteSentBody(message: string, score: number): string {
  return `${message || "Sent without a note."}\n\nCoach score: ${score}/100`;
}

/**
 * Records the invitation as sent, in one transaction: the message is assessed again here (the browser's score is
 * only for comfort), the draft (or a new row) becomes SENT with the message, score and findings as sent, the
 * contact moves to SENT, and the timeline gets the message with its score. A refused move writes nothing.
 */
export async function markInvitationSent(ownerId: string, contactId: string, input: SendInput): Promise<SendResult> {
  return db.$transaction(async (tx) => {
    const contact = await lockContact(tx, ownerId, contactId, "update");
    if (!contact) return { ok: false, reason: "not_found" } as const;
    const move = canMove(contact.stage, "SENT", { hasInvitation: true });
    const activity = STAGE_ACTIVITY[`${contact.stage}->SENT`];
    if (!move.ok || !activity) {
      return { ok: false, reason: "refused", message: move.ok ? "This invitation cannot be marked as sent." : move.message } as const;
    }

    // One after the other: a transaction is one connection, which runs one query at a time.
    const user = await tx.user.findUniqueOrThrow({ where: { id: ownerId }, select: { inviteNoteLimit: true } });
    const encounters = await listEncounters(ownerId, contactId, tx);
    const assessment: Assessment = assessInvitation(
      input.message,
      buildFacts({ contact, encounters, noteLimit: user.inviteNoteLimit, claim: input.claim }),
    );
    const sentAt = new Date();
    const sent = {
      status: "SENT" as const,
      sentAt,
      message: input.message,
      score: assessment.score,
      flags: assessment.findings.map((finding) => finding.code),
      relationshipClaim: input.claim,
      draftFor: null,
    };
    const draft = await tx.invitation.findFirst({ where: { ownerId, contactId, draftFor: contactId }, select: { id: true } });
    const invitation = draft
      ? await tx.invitation.update({ where: { id: draft.id }, data: sent, select: { id: true } })
      : await tx.invitation.create({ data: { ...sent, ownerId, contactId, direction: "OUTGOING", channel: "LINKEDIN" }, select: { id: true } });

    await tx.contact.updateMany({
      where: { id: contactId, ownerId },
      data: { stage: "SENT", stageChangedAt: sentAt },
    });
    await recordInteraction(tx, ownerId, contactId, sentAt);
    await tx.activity.create({
      data: { ownerId, contactId, kind: activity.kind, occurredAt: sentAt, body: inviteSentBody(input.message, assessment.score) },
    });
    return { ok: true, invitationId: invitation.id, score: assessment.score, sentAt } as const;
  });
}
