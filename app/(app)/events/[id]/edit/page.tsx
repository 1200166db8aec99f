import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getEvent } from "@/lib/events/queries";
import { updateEventAction } from "@/lib/events/actions";
import { EventForm } from "@/components/events/event-form";

export const metadata: Metadata = { title: "Edit event" };

export default async function EditEventPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const event = await getEvent(user.id, (await params).id);
  if (!event) notFound();
  return (
    <div className="mx-auto grid max-w-2xl gap-6">
      <h1 className="text-2xl font-semibold tracking-tight break-words">Edit {event.name}</h1>
      <EventForm action={updateEventAction.bind(null, event.id)} event={event} cancelHref={`/events/${event.id}`} />
    </div>
  );
}
