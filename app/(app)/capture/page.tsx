// Quick capture: the people you meet at an event, ten seconds each, on a phone.
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { listEventOptions } from "@/lib/events/queries";
import { defaultCaptureEvent } from "@/lib/capture/default-event";
import { todayIn } from "@/lib/dates/calendar";
import { CaptureForm } from "@/components/capture/capture-form";

export const metadata: Metadata = { title: "Quick capture" };

// ?event=<id> selects that event (the event page and "New event" link here); an id that is not
// one of the user's events is ignored, and the usual default applies.
export default async function CapturePage({ searchParams }: { searchParams: Promise<{ event?: string }> }) {
  const user = await requireUser();
  const [events, { event: requested }] = await Promise.all([listEventOptions(user.id), searchParams]);
  const defaultEventId = events.some((event) => event.id === requested) ? requested! : defaultCaptureEvent(events, todayIn(user.timezone));

  return (
    <div className="mx-auto grid max-w-xl gap-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Quick capture</h1>
        <p className="text-sm text-muted-foreground">Met someone? A name and a line about what you talked about is enough for now.</p>
      </div>
      <CaptureForm events={events} defaultEventId={defaultEventId} />
    </div>
  );
}
