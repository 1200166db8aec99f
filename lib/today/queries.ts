// The reads behind /today, one per section, each scoped by its owner and selecting only what the page shows.
// "Today" is the user's calendar day at `at` (lib/dates/clock.ts's now() on a page), so two users at the same
// instant, in Auckland and in Los Angeles, can have different follow-ups due.
import "server-only";
import { db } from "@/lib/db";
import type { EncounterKind, Stage } from "@/lib/generated/prisma/enums";
import { addDays, DAY_MS, daysBetween, parseDay, todayIn } from "@/lib/dates/calendar";

/** Where and when "today" is. */
export type TodayClock = { timeZone: string; at: Date };

/** LinkedIn lets a withdrawn invitation be sent again only after three weeks: older ones are worth a look. */
export const WAITING_AFTER_DAYS = 21;
/** How far back "Met recently" looks, in days. */
export const MET_RECENTLY_DAYS = 14;
/** How far ahead "Next 7 days" looks. */
export const UPCOMING_DAYS = 7;

type Person = { id: string; firstName: string; lastName: string; company: string | null };
const PERSON = { id: true, firstName: true, lastName: true, company: true } as const;

export type ThankYouOwed = Person & { acceptedAt: Date; daysWaiting: number };

/** "Needs a thank-you": the owner's accepted, not yet thanked, non-archived contacts, oldest acceptance first. */
export async function listThankYousOwed(ownerId: string, { timeZone, at }: TodayClock): Promise<ThankYouOwed[]> {
  const contacts = await db.contact.findMany({
    where: { ownerId, stage: "CONNECTED", archivedAt: null },
    // An imported contact may have no acceptance date: it waits since it reached the stage.
    orderBy: [{ connectedAt: { sort: "asc", nulls: "last" } }, { stageChangedAt: "asc" }, { id: "asc" }],
    select: { ...PERSON, connectedAt: true, stageChangedAt: true },
  });
  const today = todayIn(timeZone, at);
  return contacts.map(({ connectedAt, stageChangedAt, ...person }) => {
    const acceptedAt = connectedAt ?? stageChangedAt;
    return { ...person, acceptedAt, daysWaiting: Math.max(0, daysBetween(todayIn(timeZone, acceptedAt), today)) };
  });
}

/** How many thank-yous the owner owes: the count beside "Today" in the navigation. */
export async function countThankYousOwed(ownerId: string): Promise<number> {
  return db.contact.count({ where: { ownerId, stage: "CONNECTED", archivedAt: null } });
}

export type FollowUpItem = { id: string; dueOn: Date; note: string; fromCadence: boolean; version: number; contact: Person };
export type FollowUpsDue = { today: string; due: FollowUpItem[]; upcoming: FollowUpItem[] };

/**
 * "Follow-ups due": open follow-ups due today or earlier in the user's timezone (overdue first), then those of the
 * next seven days. Archived contacts are out of sight, their follow-ups too.
 */
export async function listFollowUpsDue(ownerId: string, { timeZone, at }: TodayClock): Promise<FollowUpsDue> {
  const today = todayIn(timeZone, at);
  const followUps = await db.followUp.findMany({
    where: { ownerId, doneAt: null, dueOn: { lte: parseDay(addDays(today, UPCOMING_DAYS))! }, contact: { archivedAt: null } },
    orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    select: { id: true, dueOn: true, note: true, fromCadence: true, version: true, contact: { select: PERSON } },
  });
  const todayDate = parseDay(today)!;
  return {
    today,
    due: followUps.filter((followUp) => followUp.dueOn <= todayDate),
    upcoming: followUps.filter((followUp) => followUp.dueOn > todayDate),
  };
}

export type WaitingForAcceptance = Person & { sentAt: Date; daysWaiting: number };

/** "Waiting for acceptance": contacts still in SENT whose latest invitation went out more than three weeks ago. */
export async function listWaitingForAcceptance(ownerId: string, { timeZone, at }: TodayClock): Promise<WaitingForAcceptance[]> {
  const cutoff = new Date(at.getTime() - WAITING_AFTER_DAYS * DAY_MS);
  const contacts = await db.contact.findMany({
    where: {
      ownerId,
      stage: "SENT",
      archivedAt: null,
      invitations: { some: { direction: "OUTGOING", status: "SENT", sentAt: { lt: cutoff } } },
    },
    select: {
      ...PERSON,
      invitations: {
        where: { direction: "OUTGOING", status: "SENT", sentAt: { not: null } },
        orderBy: { sentAt: "desc" },
        take: 1,
        select: { sentAt: true },
      },
    },
  });
  const today = todayIn(timeZone, at);
  return contacts
    .flatMap(({ invitations, ...person }) => {
      const sentAt = invitations[0]?.sentAt;
      // Sent again since: that invitation has not waited three weeks yet.
      if (!sentAt || sentAt >= cutoff) return [];
      return [{ ...person, sentAt, daysWaiting: daysBetween(todayIn(timeZone, sentAt), today) }];
    })
    .sort((a, b) => a.sentAt.getTime() - b.sentAt.getTime());
}

export type MetRecently = Person & {
  stage: Stage;
  encounter: { metOn: Date; kind: EncounterKind; where: string | null; eventName: string | null };
};

/** "Met recently, not invited yet": contacts in Personalize or Ready to send met in the last two weeks, latest first. */
export async function listMetRecently(ownerId: string, { timeZone, at }: TodayClock): Promise<MetRecently[]> {
  const since = parseDay(addDays(todayIn(timeZone, at), -MET_RECENTLY_DAYS))!;
  const contacts = await db.contact.findMany({
    where: { ownerId, stage: { in: ["PERSONALIZE", "READY"] }, archivedAt: null, encounters: { some: { metOn: { gte: since } } } },
    select: {
      ...PERSON,
      stage: true,
      encounters: {
        orderBy: [{ metOn: "desc" }, { createdAt: "desc" }],
        take: 1,
        select: { metOn: true, kind: true, where: true, event: { select: { name: true } } },
      },
    },
  });
  return contacts
    .flatMap(({ encounters, ...person }) => {
      const latest = encounters[0];
      if (!latest) return [];
      return [{ ...person, encounter: { metOn: latest.metOn, kind: latest.kind, where: latest.where, eventName: latest.event?.name ?? null } }];
    })
    .sort((a, b) => b.encounter.metOn.getTime() - a.encounter.metOn.getTime() || a.firstName.localeCompare(b.firstName));
}

/** How many people "Keep in touch" shows; the rest are counted in its heading. */
export const KEEP_IN_TOUCH_SHOWN = 10;

export type KeepInTouch = Person & { thankedAt: Date; lastInteractionAt: Date | null };
export type KeepInTouchList = { total: number; people: KeepInTouch[] };

/**
 * "Thanked, nothing scheduled": people you thanked through Rapport (a thank-you on their timeline) who are still in
 * Thanked with no open follow-up, so no other list would bring them back. Connections imported straight into Thanked
 * were never thanked here and stay out: hundreds of old connections would bury the few that matter. Longest out of
 * touch first.
 */
export async function listThankedWithoutNextStep(ownerId: string): Promise<KeepInTouchList> {
  const where = {
    ownerId,
    stage: "THANKED",
    archivedAt: null,
    activities: { some: { kind: "THANK_YOU_SENT" } },
    followUps: { none: { doneAt: null } },
  } as const;
  const [total, contacts] = await Promise.all([
    db.contact.count({ where }),
    db.contact.findMany({
      where,
      orderBy: [{ lastInteractionAt: { sort: "asc", nulls: "first" } }, { stageChangedAt: "asc" }, { id: "asc" }],
      take: KEEP_IN_TOUCH_SHOWN,
      select: { ...PERSON, stageChangedAt: true, lastInteractionAt: true },
    }),
  ]);
  return { total, people: contacts.map(({ stageChangedAt, ...person }) => ({ ...person, thankedAt: stageChangedAt })) };
}

/** Whether the account has nobody in it yet: /today then shows how to start instead of empty sections. */
export async function isNewAccount(ownerId: string): Promise<boolean> {
  return (await db.contact.count({ where: { ownerId }, take: 1 })) === 0;
}
