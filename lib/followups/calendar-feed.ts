// The follow-ups as an iCalendar feed a calendar app subscribes to: one all-day event per open follow-up, with a
// UID that stays the same when it is snoozed (so the app moves the event instead of adding another) and the contact's
// page as its link. Pure: the route handler finds the follow-ups and the address Rapport is reached at.
import ical from "ical-generator";
import { contactName } from "@/lib/contacts/display";
import type { CalendarFeed } from "@/lib/followups/queries";

/** The UID of a follow-up's event: stable across every regeneration of the feed. */
export function followUpUid(followUpId: string): string {
  return `follow-up-${followUpId}@rapport`;
}

export function buildCalendarFeed(feed: CalendarFeed, baseUrl: string, stamp: Date = new Date()): string {
  const calendar = ical({
    name: "Rapport follow-ups",
    description: `Follow-ups of ${feed.ownerName}, from Rapport.`,
    prodId: { company: "Rapport", product: "Rapport follow-ups", language: "EN" },
    // Asks calendar apps that honour it to check for changes every hour.
    ttl: 60 * 60,
  });
  for (const followUp of feed.followUps) {
    const url = new URL(`/contacts/${followUp.contact.id}`, baseUrl).toString();
    calendar.createEvent({
      id: followUpUid(followUp.id),
      // A @db.Date is midnight UTC, and the library writes a Date without a calendar timezone in UTC: the same day.
      start: followUp.dueOn,
      allDay: true,
      stamp,
      lastModified: followUp.updatedAt,
      summary: `Follow up: ${contactName(followUp.contact) || "(no name)"}`,
      description: [followUp.note, `Open in Rapport: ${url}`].filter(Boolean).join("\n\n"),
      url,
    });
  }
  return calendar.toString();
}

/** The subscription address of a user's feed. */
export function calendarFeedUrl(token: string, baseUrl: string): string {
  return new URL(`/api/calendar/${encodeURIComponent(token)}.ics`, baseUrl).toString();
}
