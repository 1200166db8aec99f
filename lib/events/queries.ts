// Event reads, every one scoped by its owner, returning only what the pages show.
import "server-only";
import { db } from "@/lib/db";
import type { Stage } from "@/lib/generated/prisma/enums";
import { isRowId } from "@/lib/forms";

/** How many events the pickers (quick capture, "how you met") offer, newest first. */
export const EVENT_OPTIONS_LIMIT = 200;

/**
 * Marking an invitation as sent moves the contact to SENT, so the stage tells who has not been
 * sent one: a contact still being personalized or ready to send.
 */
const NOT_INVITED_STAGES: readonly Stage[] = ["PERSONALIZE", "READY"];

/** Newest first, each with the number of (unarchived) people met there. */
export async function listEvents(ownerId: string) {
  const events = await db.event.findMany({
    where: { ownerId },
    orderBy: [{ startsOn: "desc" }, { createdAt: "desc" }],
    select: { id: true, name: true, startsOn: true, location: true },
  });
  if (events.length === 0) return [];
  // One person met twice at an event counts once: group by (event, contact), then count the groups.
  const pairs = await db.encounter.groupBy({
    by: ["eventId", "contactId"],
    where: { ownerId, eventId: { in: events.map((event) => event.id) }, contact: { archivedAt: null } },
  });
  const people = new Map<string, number>();
  for (const pair of pairs) if (pair.eventId) people.set(pair.eventId, (people.get(pair.eventId) ?? 0) + 1);
  return events.map((event) => ({ ...event, peopleCount: people.get(event.id) ?? 0 }));
}

export type EventListItem = Awaited<ReturnType<typeof listEvents>>[number];

export async function getEvent(ownerId: string, id: string) {
  if (!isRowId(id)) return null; // an address no id of Rapport's looks like (a NUL would reach PostgreSQL as an error)
  return db.event.findFirst({
    where: { id, ownerId },
    select: { id: true, name: true, startsOn: true, location: true, url: true, notes: true, version: true },
  });
}

export type EventDetail = NonNullable<Awaited<ReturnType<typeof getEvent>>>;

/** Everyone met at the event, by name, with their stage and what you talked about there. */
export async function listEventPeople(ownerId: string, eventId: string) {
  const contacts = await db.contact.findMany({
    where: { ownerId, archivedAt: null, encounters: { some: { eventId, ownerId } } },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
    select: {
      id: true,
      firstName: true,
      lastName: true,
      company: true,
      title: true,
      stage: true,
      encounters: { where: { eventId, ownerId }, orderBy: { metOn: "desc" }, take: 1, select: { context: true } },
    },
  });
  return contacts.map(({ encounters, ...contact }) => ({
    ...contact,
    context: encounters[0]?.context ?? "",
    notInvitedYet: NOT_INVITED_STAGES.includes(contact.stage),
  }));
}

export type EventPerson = Awaited<ReturnType<typeof listEventPeople>>[number];

/** The user's events for a picker, newest first. */
export function listEventOptions(ownerId: string) {
  return db.event.findMany({
    where: { ownerId },
    orderBy: [{ startsOn: "desc" }, { createdAt: "desc" }],
    select: { id: true, name: true, startsOn: true },
    take: EVENT_OPTIONS_LIMIT,
  });
}

export type EventOptionItem = Awaited<ReturnType<typeof listEventOptions>>[number];
