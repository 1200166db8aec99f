// Which event quick capture starts with, and which it offers one tap away. A person captured is met
// today, so an event is preselected only on its own day: preselecting last week's summit filed
// everyone under it (and its date). Events have one date, so a multi-day event is "recent" from day two.
import { addDays, toDayString } from "@/lib/dates/calendar";

/** How far back a past event is still offered ("Still at …?"), in days: the same two weeks as "Met recently". */
export const RECENT_EVENT_DAYS = 14;
/** How many past events are offered as one-tap buttons; the rest are in the select. */
export const RECENT_EVENT_COUNT = 2;

export type CaptureEventChoice = {
  /** The event selected at first: today's (the latest added, when there are several), or none. */
  selectedId: string | null;
  /** Events of the last two weeks, before today, newest first: "Still at AMA Leadership Summit?". */
  recent: { id: string; name: string }[];
};

/** `events` come newest first (as listEventOptions returns them); `today` is the user's "YYYY-MM-DD". */
export function captureEventChoice(events: { id: string; name: string; startsOn: Date }[], today: string): CaptureEventChoice {
  const since = addDays(today, -RECENT_EVENT_DAYS);
  const todays = events.find((event) => toDayString(event.startsOn) === today);
  const recent = events
    .filter((event) => {
      const day = toDayString(event.startsOn);
      return day < today && day >= since;
    })
    .slice(0, RECENT_EVENT_COUNT)
    .map(({ id, name }) => ({ id, name }));
  return { selectedId: todays?.id ?? null, recent };
}
