"use client";
// "Delete event" behind a confirmation. The people met there stay; only the event goes.
import { useRouter } from "next/navigation";
import { deleteEventAction } from "@/lib/events/actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { toast } from "@/components/ui/toast";

export function DeleteEventButton({ eventId, name, peopleCount }: { eventId: string; name: string; peopleCount: number }) {
  const router = useRouter();
  const people = peopleCount === 1 ? "The person you met there stays" : `The ${peopleCount} people you met there stay`;
  return (
    <ConfirmDialog
      trigger={
        <Button variant="outline" className="text-destructive">
          Delete event
        </Button>
      }
      title={`Delete ${name}?`}
      description={`${peopleCount > 0 ? `${people} in your contacts, with how you met; the event's name is kept as where you met. ` : ""}This cannot be undone.`}
      cancelLabel="Keep event"
      confirmLabel="Delete event"
      onConfirm={async () => {
        const result = await deleteEventAction(eventId);
        if (!result.ok) return result.message;
        toast({ title: `${name} was deleted.` });
        router.replace("/events");
      }}
    />
  );
}
