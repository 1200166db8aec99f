// Events: where you meet people, newest first, with how many you met at each.
import type { Metadata } from "next";
import Link from "next/link";
import { CalendarDays, Plus } from "lucide-react";
import { requireUser } from "@/lib/auth/session";
import { listEvents } from "@/lib/events/queries";
import { todayIn } from "@/lib/dates/calendar";
import { EventList } from "@/components/events/event-list";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Events" };

export default async function EventsPage() {
  const user = await requireUser();
  const events = await listEvents(user.id);

  return (
    <div className="grid gap-6">
      <div className="flex items-center justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Events</h1>
          <p className="text-sm text-muted-foreground">Where you meet people</p>
        </div>
        <Button asChild>
          <Link href="/events/new">
            <Plus aria-hidden="true" />
            Add event
          </Link>
        </Button>
      </div>

      {events.length === 0 ? (
        <EmptyState
          icon={<CalendarDays aria-hidden="true" />}
          title="No events yet"
          description="Going to a conference or a meetup? Add it, then capture the people you meet there in ten seconds each."
          action={
            <Button asChild>
              <Link href="/events/new">Add your first event</Link>
            </Button>
          }
        />
      ) : (
        <EventList events={events} today={todayIn(user.timezone)} />
      )}
    </div>
  );
}
