// Follow-up writes that other areas share: scheduling a next step, keeping the contact's mirror of its earliest open
// follow-up (nextFollowUpOn, followUpNote) true, and logging an interaction, which resets a stay-in-touch cadence.
// The shared ones take the caller's transaction, so a stage move and its follow-up land together or not at all; below
// them, the follow-up area's own writes (add, done, snooze, reschedule, stay in touch) run their own transactions.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { addDays, parseDay, toDayString, todayIn } from "@/lib/dates/calendar";

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
      data: { dueOn, note: cadenceNote(weeks), version: { increment: 1 } },
    });
    if (count === 0) await tx.followUp.create({ data: { ownerId, contactId, dueOn, note: cadenceNote(weeks), fromCadence: true } });
  }
  await syncNextFollowUp(tx, ownerId, contactId);
}

// ——— Follow-up writes of their own: each checks the owner, changes one follow-up, and keeps the contact's mirror true.

type NotFound = { ok: false; reason: "not_found" };
const NOT_FOUND: NotFound = { ok: false, reason: "not_found" };

/** Adds a next step for one of the owner's contacts. */
export async function addFollowUp(ownerId: string, contactId: string, plan: FollowUpPlan): Promise<{ ok: true; id: string } | NotFound> {
  return db.$transaction(async (tx) => {
    const contact = await tx.contact.findFirst({ where: { id: contactId, ownerId }, select: { id: true } });
    if (!contact) return NOT_FOUND;
    const { id } = await scheduleFollowUp(tx, ownerId, contactId, plan);
    return { ok: true, id } as const;
  });
}

/**
 * What completing a follow-up changed besides the follow-up itself, so that "Undo" can put it back: the contact's
 * last interaction before it, and the stay-in-touch follow-up's day before the cadence restarted (null when there
 * was none, i.e. the completed one was the cadence's own and a new one was made).
 */
export type CompletionReceipt = { lastInteractionAt: Date | null; cadence: { id: string; dueOn: Date } | null };

export type CompleteResult = { ok: true; contactId: string; cadenceDueOn: Date | null; receipt: CompletionReceipt } | NotFound;

/**
 * Marks an open follow-up done at `at`: the timeline records it with its note, and, being an interaction, it moves the
 * contact's last interaction and restarts a stay-in-touch cadence (so completing the cadence's own follow-up schedules
 * the next one instead of leaving none).
 */
export async function completeFollowUp(ownerId: string, followUpId: string, at: Date): Promise<CompleteResult> {
  return db.$transaction(async (tx) => {
    const followUp = await tx.followUp.findFirst({ where: { id: followUpId, ownerId, doneAt: null }, select: { contactId: true, note: true } });
    if (!followUp) return NOT_FOUND;
    const { contactId } = followUp;
    const [before, cadenceBefore] = await Promise.all([
      tx.contact.findFirst({ where: { id: contactId, ownerId }, select: { lastInteractionAt: true } }),
      tx.followUp.findFirst({ where: { ownerId, contactId, fromCadence: true, doneAt: null, id: { not: followUpId } }, select: { id: true, dueOn: true } }),
    ]);
    // Re-checked in the write: when two tabs complete it at once, the second finds it done and records nothing.
    const { count } = await tx.followUp.updateMany({ where: { id: followUpId, ownerId, doneAt: null }, data: { doneAt: at, version: { increment: 1 } } });
    if (count === 0) return NOT_FOUND;
    await tx.activity.create({ data: { ownerId, contactId, kind: "FOLLOW_UP_DONE", occurredAt: at, body: followUp.note || null } });
    await recordInteraction(tx, ownerId, contactId, at);
    await syncNextFollowUp(tx, ownerId, contactId);
    const cadence = await tx.followUp.findFirst({ where: { ownerId, contactId, fromCadence: true, doneAt: null }, select: { dueOn: true } });
    const receipt: CompletionReceipt = { lastInteractionAt: before?.lastInteractionAt ?? null, cadence: cadenceBefore };
    return { ok: true, contactId, cadenceDueOn: cadence?.dueOn ?? null, receipt } as const;
  });
}

/**
 * Undoes "Done": the follow-up is open again, its timeline entry is gone, and, unless something else happened with
 * the person since (their last interaction is no longer the completion), the last interaction and the stay-in-touch
 * reminder are put back as the receipt says. A follow-up that is open again, or not the owner's, is not found.
 */
export async function reopenFollowUp(ownerId: string, followUpId: string, receipt: CompletionReceipt): Promise<{ ok: true; contactId: string } | NotFound> {
  return db.$transaction(async (tx) => {
    const followUp = await tx.followUp.findFirst({ where: { id: followUpId, ownerId, doneAt: { not: null } }, select: { contactId: true, doneAt: true } });
    if (!followUp?.doneAt) return NOT_FOUND;
    const { contactId, doneAt } = followUp;
    const { count } = await tx.followUp.updateMany({ where: { id: followUpId, ownerId, doneAt }, data: { doneAt: null, version: { increment: 1 } } });
    if (count === 0) return NOT_FOUND;
    // The completion's entry has the completion's instant; two completions of one contact never share one.
    await tx.activity.deleteMany({ where: { ownerId, contactId, kind: "FOLLOW_UP_DONE", occurredAt: doneAt } });
    const contact = await tx.contact.findFirst({ where: { id: contactId, ownerId }, select: { lastInteractionAt: true } });
    const untouchedSince = contact?.lastInteractionAt?.getTime() === doneAt.getTime();
    const previous = receipt.lastInteractionAt && receipt.lastInteractionAt < doneAt ? receipt.lastInteractionAt : null;
    if (untouchedSince) {
      await tx.contact.updateMany({ where: { id: contactId, ownerId }, data: { lastInteractionAt: previous } });
      const restarted = { ownerId, contactId, fromCadence: true, doneAt: null, id: { not: followUpId } };
      if (receipt.cadence) {
        await tx.followUp.updateMany({ where: { ...restarted, id: receipt.cadence.id }, data: { dueOn: receipt.cadence.dueOn, version: { increment: 1 } } });
      } else {
        // The reopened follow-up was the cadence's own: the one its completion scheduled goes.
        const reopened = await tx.followUp.findFirst({ where: { id: followUpId, ownerId }, select: { fromCadence: true } });
        if (reopened?.fromCadence) await tx.followUp.deleteMany({ where: restarted });
      }
    }
    await syncNextFollowUp(tx, ownerId, contactId);
    return { ok: true, contactId } as const;
  });
}

export type MoveFollowUpResult = { ok: true; contactId: string; dueOn: Date; previousDueOn: Date; version: number } | NotFound | { ok: false; reason: "conflict" };

/**
 * Puts an open follow-up off by `days`, counted from today or, when it is not due yet, from its day: snoozing never
 * brings a follow-up closer.
 */
export async function snoozeFollowUp(ownerId: string, followUpId: string, days: number, today: string): Promise<MoveFollowUpResult> {
  return moveFollowUp(ownerId, followUpId, (dueOn) => {
    const from = toDayString(dueOn) > today ? toDayString(dueOn) : today;
    return parseDay(addDays(from, days))!;
  });
}

/**
 * Moves an open follow-up to another day, only if nobody changed it since it was shown at `version` (a reschedule
 * form, or a snooze's "Undo"): a stale one is refused as a conflict instead of overwriting a newer day.
 */
export async function rescheduleFollowUp(ownerId: string, followUpId: string, version: number, dueOn: Date): Promise<MoveFollowUpResult> {
  return moveFollowUp(ownerId, followUpId, () => dueOn, version);
}

async function moveFollowUp(ownerId: string, followUpId: string, nextDay: (dueOn: Date) => Date, version?: number): Promise<MoveFollowUpResult> {
  return db.$transaction(async (tx) => {
    const followUp = await tx.followUp.findFirst({ where: { id: followUpId, ownerId, doneAt: null }, select: { contactId: true, dueOn: true } });
    if (!followUp) return NOT_FOUND;
    const dueOn = nextDay(followUp.dueOn);
    const moved = await tx.followUp.updateManyAndReturn({
      where: { id: followUpId, ownerId, doneAt: null, ...(version === undefined ? {} : { version }) },
      data: { dueOn, version: { increment: 1 } },
      select: { version: true },
    });
    if (moved.length === 0) {
      const open = await tx.followUp.count({ where: { id: followUpId, ownerId, doneAt: null } });
      return open ? ({ ok: false, reason: "conflict" } as const) : NOT_FOUND;
    }
    await syncNextFollowUp(tx, ownerId, followUp.contactId);
    return { ok: true, contactId: followUp.contactId, dueOn, previousDueOn: followUp.dueOn, version: moved[0]!.version } as const;
  });
}

/**
 * Sets (or, with null, turns off) the contact's stay-in-touch cadence. Its follow-up falls `weeks` after the last
 * interaction, or after today when there has been none; an interaction long past makes it due at once, on purpose.
 */
export async function setStayInTouch(ownerId: string, contactId: string, weeks: number | null, today: string): Promise<{ ok: true; dueOn: Date | null } | NotFound> {
  return db.$transaction(async (tx) => {
    const contact = await tx.contact.findFirst({
      where: { id: contactId, ownerId },
      select: { lastInteractionAt: true, owner: { select: { timezone: true } } },
    });
    if (!contact) return NOT_FOUND;
    await tx.contact.updateMany({ where: { id: contactId, ownerId }, data: { stayInTouchWeeks: weeks } });
    const fromDay = contact.lastInteractionAt ? todayIn(contact.owner.timezone, contact.lastInteractionAt) : today;
    await resetCadence(tx, ownerId, contactId, weeks, fromDay);
    const cadence = await tx.followUp.findFirst({ where: { ownerId, contactId, fromCadence: true, doneAt: null }, select: { dueOn: true } });
    return { ok: true, dueOn: cadence?.dueOn ?? null } as const;
  });
}
