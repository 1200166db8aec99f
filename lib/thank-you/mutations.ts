// Thank-you writes: the one draft per contact, saved as it is typed. Like the invitation's draft, it locks the
// contact's row, so a save from a second device cannot slip in after "Mark thank-you sent" moved the contact on.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Stage } from "@/lib/generated/prisma/enums";
import type { DraftResult } from "@/lib/invitations/mutations";
import { canMove } from "@/lib/pipeline/stage";

async function lockedStage(tx: Prisma.TransactionClient, ownerId: string, contactId: string): Promise<Stage | null> {
  const rows = await tx.$queryRaw<{ stage: Stage }[]>`
    SELECT stage::text AS stage FROM "Contact" WHERE id = ${contactId} AND "ownerId" = ${ownerId} FOR SHARE`;
  return rows[0]?.stage ?? null;
}

async function writeDraft(ownerId: string, contactId: string, message: string): Promise<DraftResult> {
  return db.$transaction(async (tx) => {
    const stage = await lockedStage(tx, ownerId, contactId);
    if (!stage) return { ok: false, reason: "not_found" } as const;
    // A draft makes sense only while the thank-you can still be marked as sent.
    if (!canMove(stage, "THANKED", { hasThankYou: true }).ok) {
      return { ok: false, reason: "refused", message: "This thank-you was already marked as sent." } as const;
    }
    const savedAt = new Date();
    const { count } = await tx.thankYouDraft.updateMany({ where: { ownerId, contactId }, data: { message, updatedAt: savedAt } });
    if (count === 0) await tx.thankYouDraft.create({ data: { ownerId, contactId, message, updatedAt: savedAt }, select: { id: true } });
    return { ok: true, savedAt } as const;
  });
}

/**
 * Saves the contact's thank-you draft, creating it on the first save. Two first saves at once (a phone and a laptop)
 * both try to create: the unique contact lets one win, and the other, refused with P2002, runs again and updates it.
 */
export async function saveThankYouDraft(ownerId: string, contactId: string, message: string): Promise<DraftResult> {
  try {
    return await writeDraft(ownerId, contactId, message);
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") throw error;
    return writeDraft(ownerId, contactId, message);
  }
}
