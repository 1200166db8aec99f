// Which event quick capture starts with: the one you are most likely standing at.
import { toDayString } from "@/lib/dates/calendar";

/**
 * The latest event that has begun by `today` (the user's "YYYY-MM-DD"); when every event is still
 * ahead, the soonest one. `events` come newest first.
 */
export function defaultCaptureEvent(events: { id: string; startsOn: Date }[], today: string): string | null {
  const begun = events.find((event) => toDayString(event.startsOn) <= today);
  return (begun ?? events.at(-1))?.id ?? null;
}
