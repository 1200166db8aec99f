"use client";
// Every way you met a contact, newest first, each editable in a dialog and deletable after a confirmation.
import { useState } from "react";
import Link from "next/link";
import { CalendarDays, Pencil, Trash2 } from "lucide-react";
import { deleteEncounterAction } from "@/lib/encounters/actions";
import { ENCOUNTER_KIND_LABELS } from "@/lib/encounters/schema";
import { formatDay, formatDayRelative, todayIn, toDayString } from "@/lib/dates/calendar";
import { contactName } from "@/lib/contacts/display";
import { EncounterForm, type ContactOption, type EncounterValues, type EventOption } from "@/components/encounters/encounter-form";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { toast } from "@/components/ui/toast";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";

type Props = {
  contactId: string;
  encounters: EncounterValues[];
  eventOptions: EventOption[];
  contactOptions: ContactOption[];
  timeZone: string;
};

export function EncounterList({ contactId, encounters, eventOptions, contactOptions, timeZone }: Props) {
  const [editing, setEditing] = useState<EncounterValues | null>(null);
  const [deleting, setDeleting] = useState<EncounterValues | null>(null);
  const today = todayIn(timeZone);

  if (encounters.length === 0) {
    return (
      <EmptyState
        icon={<CalendarDays aria-hidden="true" />}
        title="No encounters yet"
        description="How did you meet? Write it down while you remember: the event, who introduced you, what you talked about."
      />
    );
  }

  return (
    <>
      <ul className="grid gap-3">
        {encounters.map((encounter) => {
          const day = formatDay(encounter.metOn);
          return (
            <li key={encounter.id} className="rounded-lg border border-border p-4">
              <div className="flex items-start justify-between gap-3">
                <div className="min-w-0">
                  <p className="font-medium break-words">
                    {ENCOUNTER_KIND_LABELS[encounter.kind]}
                    {encounter.event && (
                      <>
                        {" · "}
                        <Link href={`/events/${encounter.event.id}`} className="text-accent underline underline-offset-4">
                          {encounter.event.name}
                        </Link>
                      </>
                    )}
                  </p>
                  <p className="text-sm break-words text-muted-foreground">
                    <time dateTime={toDayString(encounter.metOn)} title={day}>
                      {formatDayRelative(encounter.metOn, today)}
                    </time>
                    {encounter.where && ` · ${encounter.where}`}
                  </p>
                </div>
                <div className="flex shrink-0">
                  <Button variant="ghost" size="icon" onClick={() => setEditing(encounter)}>
                    <Pencil aria-hidden="true" />
                    <span className="sr-only">Edit how you met on {day}</span>
                  </Button>
                  <Button variant="ghost" size="icon" className="text-destructive" onClick={() => setDeleting(encounter)}>
                    <Trash2 aria-hidden="true" />
                    <span className="sr-only">Delete how you met on {day}</span>
                  </Button>
                </div>
              </div>
              <EncounterDetails encounter={encounter} />
            </li>
          );
        })}
      </ul>

      <Dialog open={editing !== null} onOpenChange={(open) => !open && setEditing(null)}>
        <DialogContent className="max-w-2xl">
          <DialogHeader>
            <DialogTitle>Edit how you met</DialogTitle>
            <DialogDescription>Change what you remember; it helps you write an invitation they recognise.</DialogDescription>
          </DialogHeader>
          {editing && (
            <EncounterForm
              contactId={contactId}
              encounter={editing}
              eventOptions={eventOptions}
              contactOptions={contactOptions}
              timeZone={timeZone}
              onSaved={() => setEditing(null)}
              onCancel={() => setEditing(null)}
            />
          )}
        </DialogContent>
      </Dialog>

      <DeleteEncounterDialog encounter={deleting} onClose={() => setDeleting(null)} />
    </>
  );
}

function EncounterDetails({ encounter }: { encounter: EncounterValues }) {
  const details = [
    {
      label: "Mutual connection",
      value: encounter.mutualConnection && (
        <Link href={`/contacts/${encounter.mutualConnection.id}`} className="text-accent hover:underline">
          {contactName(encounter.mutualConnection)}
        </Link>
      ),
    },
    { label: "What you talked about", value: encounter.context },
    { label: "Topic to mention", value: encounter.topic },
    { label: "They can help with", value: encounter.theyCanHelpWith },
    { label: "I can help with", value: encounter.iCanHelpWith },
  ].filter((detail) => detail.value);
  if (details.length === 0) return null;
  return (
    <dl className="mt-3 grid gap-2 text-sm">
      {details.map((detail) => (
        <div key={detail.label}>
          <dt className="text-muted-foreground">{detail.label}</dt>
          <dd className="break-words whitespace-pre-wrap">{detail.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function DeleteEncounterDialog({ encounter, onClose }: { encounter: EncounterValues | null; onClose: () => void }) {
  return (
    <ConfirmDialog
      open={encounter !== null}
      onOpenChange={(open) => !open && onClose()}
      title="Delete this encounter?"
      description={
        encounter
          ? `${ENCOUNTER_KIND_LABELS[encounter.kind]}${encounter.event ? ` · ${encounter.event.name}` : ""}, ${formatDay(encounter.metOn)}, will be deleted. The contact stays.`
          : ""
      }
      cancelLabel="Keep it"
      confirmLabel="Delete encounter"
      onConfirm={async () => {
        if (!encounter) return;
        const result = await deleteEncounterAction(encounter.id);
        if (!result.ok) return result.message;
        toast({ title: "Encounter deleted." });
        onClose();
      }}
    />
  );
}
