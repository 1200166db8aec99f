// Follow-up reads: a contact's open next steps for its page, and the calendar feed's, found by the feed's secret token.
import "server-only";
import { db } from "@/lib/db";
import { todayIn } from "@/lib/dates/calendar";
import { now } from "@/lib/dates/clock";

export type OpenFollowUp = { id: string; dueOn: Date; note: string; fromCadence: boolean; version: number };
export type ContactFollowUpsData = { followUps: OpenFollowUp[]; stayInTouchWeeks: number | null; today: string };

/** The contact's open follow-ups, soonest first, its stay-in-touch cadence, and the user's today to word the days. */
export async function getContactFollowUps(ownerId: string, contactId: string, timeZone: string): Promise<ContactFollowUpsData> {
  const [followUps, contact, at] = await Promise.all([
    db.followUp.findMany({
      where: { ownerId, contactId, doneAt: null },
      orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }],
      select: { id: true, dueOn: true, note: true, fromCadence: true, version: true },
    }),
    db.contact.findFirst({ where: { id: contactId, ownerId }, select: { stayInTouchWeeks: true } }),
    now(),
  ]);
  return { followUps, stayInTouchWeeks: contact?.stayInTouchWeeks ?? null, today: todayIn(timeZone, at) };
}

export type CalendarFeed = {
  ownerName: string;
  followUps: { id: string; dueOn: Date; note: string; updatedAt: Date; contact: { id: string; firstName: string; lastName: string } }[];
};

/**
 * The calendar feed of the user whose secret token this is: their open follow-ups (archived contacts left out, as on
 * /today). No session here: the token is the only credential, so a wrong one finds nothing (null).
 */
export async function getCalendarFeedByToken(token: string): Promise<CalendarFeed | null> {
  const owner = await db.user.findUnique({ where: { calendarToken: token }, select: { id: true, name: true } });
  if (!owner) return null;
  const followUps = await db.followUp.findMany({
    where: { ownerId: owner.id, doneAt: null, contact: { archivedAt: null } },
    orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }],
    select: { id: true, dueOn: true, note: true, updatedAt: true, contact: { select: { id: true, firstName: true, lastName: true } } },
  });
  return { ownerName: owner.name, followUps };
}
