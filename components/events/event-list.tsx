// One row per event: name, date (relative, absolute on hover), place and how many people you met there.
import Link from "next/link";
import { CalendarDays } from "lucide-react";
import type { EventListItem } from "@/lib/events/queries";
import { formatDay, formatDayRelative, toDayString } from "@/lib/dates/calendar";

export function EventList({ events, today }: { events: EventListItem[]; today: string }) {
  return (
    <ul className="divide-y divide-border overflow-hidden rounded-lg border border-border bg-card">
      {events.map((event) => (
        <li key={event.id}>
          <Link href={`/events/${event.id}`} className="flex items-center gap-3 px-4 py-3 hover:bg-muted focus-visible:bg-muted">
            <span aria-hidden="true" className="flex size-10 shrink-0 items-center justify-center rounded-full bg-muted text-muted-foreground">
              <CalendarDays className="size-5" />
            </span>
            <span className="min-w-0 flex-1">
              <span className="block truncate font-medium">{event.name}</span>
              <span className="block truncate text-sm text-muted-foreground">
                <time dateTime={toDayString(event.startsOn)} title={formatDay(event.startsOn)}>
                  {formatDayRelative(event.startsOn, today)}
                </time>
                {event.location && ` · ${event.location}`}
              </span>
            </span>
            <span className="shrink-0 text-sm text-muted-foreground">{peopleLabel(event.peopleCount)}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

export function peopleLabel(count: number): string {
  return count === 1 ? "1 person" : `${count} people`;
}
