// Follow-up writes that other areas share: scheduling a next step, keeping the contact's mirror of its earliest open
// follow-up (nextFollowUpOn, followUpNote) true, and logging an interaction, which resets a stay-in-touch cadence.
// Each takes the caller's transaction, so a stage move and its follow-up land together or not at all.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { addDays, parseDay, todayIn } from "@/lib/dates/calendar";

type Tx = Prisma.TransactionClient;

export type FollowUpPlan = { dueOn: Date; note: string };

/** Makes the contact's nextFollowUpOn and followUpNote show its earliest open follow-up (or nothing). */
export async function syncNextFollowUp(tx: Tx, ownerId: string, contactId: string): Promise<void> {
  const next = await tx.followUp.findFirst({
    where: { ownerId, contactId, doneAt: null },
    orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }],
    select: { dueOn: true, note: true },
  });
  await tx.contact.updateMany({
    where: { id: contactId, ownerId },
    data: { nextFollowUpOn: next?.dueOn ?? null, followUpNote: next ? next.note || null : null },
  });
}

/** Adds an open follow-up for the contact. */
export async function scheduleFollowUp(tx: Tx, ownerId: string, contactId: string, plan: FollowUpPlan & { fromCadence?: boolean }) {
  const followUp = await tx.followUp.create({
    data: { ownerId, contactId, dueOn: plan.dueOn, note: plan.note, fromCadence: plan.fromCadence ?? false },
    select: { id: true },
  });
  await syncNextFollowUp(tx, ownerId, contactId);
  return followUp;
}

export function cadenceNote(weeks: number): string {
  return weeks === 1 ? "Stay in touch (every week)." : `Stay in touch (every ${weeks} weeks).`;
}

/**
 * Something happened with this person (an invitation, an acceptance, a thank-you, a message, a meeting, a follow-up
 * done): the contact's last interaction moves forward, and a stay-in-touch cadence starts counting again from the
 * day it happened, where the user is.
 */
export async function recordInteraction(tx: Tx, ownerId: string, contactId: string, at: Date): Promise<void> {
  const contact = await tx.contact.findFirst({
    where: { id: contactId, ownerId },
    select: { lastInteractionAt: true, stayInTouchWeeks: true, owner: { select: { timezone: true } } },
  });
  if (!contact) return;
  if (!contact.lastInteractionAt || contact.lastInteractionAt < at) {
    await tx.contact.updateMany({ where: { id: contactId, ownerId }, data: { lastInteractionAt: at } });
  }
  if (contact.stayInTouchWeeks) await resetCadence(tx, ownerId, contactId, contact.stayInTouchWeeks, todayIn(contact.owner.timezone, at));
}

/** The cadence's one open follow-up falls due `weeks` after `fromDay`; created if missing, removed when weeks is null. */
export async function resetCadence(tx: Tx, ownerId: string, contactId: string, weeks: number | null, fromDay: string): Promise<void> {
  if (!weeks) {
    await tx.followUp.deleteMany({ where: { ownerId, contactId, fromCadence: true, doneAt: null } });
  } else {
    const dueOn = parseDay(addDays(fromDay, weeks * 7))!;
    const { count } = await tx.followUp.updateMany({
      where: { ownerId, contactId, fromCadence: true, doneAt: null },
      data: { dueOn, note: cadenceNote(weeks) },
    });
    if (count === 0) await tx.followUp.create({ data: { ownerId, contactId, dueOn, note: cadenceNote(weeks), fromCadence: true } });
  }
  await syncNextFollowUp(tx, ownerId, contactId);
}
