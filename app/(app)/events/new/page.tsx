import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { createEventAction } from "@/lib/events/actions";
import { todayIn } from "@/lib/dates/calendar";
import { EventForm } from "@/components/events/event-form";

export const metadata: Metadata = { title: "New event" };

// ?from=capture: quick capture sent the user here, and gets them back with the new event selected.
export default async function NewEventPage({ searchParams }: { searchParams: Promise<{ from?: string }> }) {
  const user = await requireUser();
  const fromCapture = (await searchParams).from === "capture";
  return (
    <div className="mx-auto grid max-w-2xl gap-6">
      <h1 className="text-2xl font-semibold tracking-tight">New event</h1>
      <EventForm
        action={createEventAction}
        defaultDate={todayIn(user.timezone)}
        cancelHref={fromCapture ? "/capture" : "/events"}
        returnTo={fromCapture ? "capture" : undefined}
      />
    </div>
  );
}
