// Quick capture: the people you meet at an event, ten seconds each, on a phone.
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { listEventOptions } from "@/lib/events/queries";
import { captureEventChoice } from "@/lib/capture/event-choice";
import { todayIn } from "@/lib/dates/calendar";
import { now } from "@/lib/dates/clock";
import { CaptureForm } from "@/components/capture/capture-form";

export const metadata: Metadata = { title: "Quick capture" };

// ?event=<id> selects that event (the event page and "New event" link here); an id that is not
// one of the user's events is ignored, and the usual choice applies.
export default async function CapturePage({ searchParams }: { searchParams: Promise<{ event?: string }> }) {
  const user = await requireUser();
  const [events, { event: requested }, at] = await Promise.all([listEventOptions(user.id), searchParams, now()]);
  const today = todayIn(user.timezone, at);
  const choice = captureEventChoice(events, today);
  const defaultEventId = events.some((event) => event.id === requested) ? requested! : choice.selectedId;

  return (
    <div className="mx-auto grid max-w-xl gap-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Quick capture</h1>
        <p className="text-sm text-muted-foreground">Met someone? A name and a line about what you talked about is enough for now.</p>
      </div>
      <CaptureForm events={events} defaultEventId={defaultEventId} recentEvents={choice.recent} today={today} />
    </div>
  );
}
