"use client";
// Create or edit an event. Errors appear beside their fields; a refused save keeps what was typed.
import { useActionState } from "react";
import { EVENT_LIMITS } from "@/lib/events/schema";
import { toDayString } from "@/lib/dates/calendar";
import { fieldError, initialFormState, type FormState } from "@/lib/forms";
import { FormActions } from "@/components/ui/form-actions";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";

export type EventFormValues = {
  name: string;
  startsOn: Date;
  location: string | null;
  url: string | null;
  notes: string | null;
  /** The version it was read at: a save is refused if someone saved the event since. */
  version: number;
};

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  event?: EventFormValues;
  /** "Date" starts here for a new event: the user's today, "YYYY-MM-DD". */
  defaultDate?: string;
  cancelHref: string;
  /** Go back to quick capture, with the new event selected, after saving. */
  returnTo?: "capture";
};

export function EventForm({ action, event, defaultDate, cancelHref, returnTo }: Props) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const stored: Record<string, string> = event
    ? { name: event.name, startsOn: toDayString(event.startsOn), location: event.location ?? "", url: event.url ?? "", notes: event.notes ?? "" }
    : { startsOn: defaultDate ?? "" };
  const value = (name: string) => (state.values ? (state.values[name] ?? "") : (stored[name] ?? ""));
  const error = (name: string) => fieldError(state, name);

  return (
    <form action={formAction} className="grid gap-6" noValidate>
      {returnTo && <input type="hidden" name="returnTo" value={returnTo} />}
      {event && <input type="hidden" name="version" value={event.version} />}
      {state.message && (
        <p role="alert" className="rounded-md border border-destructive/40 bg-destructive/10 px-4 py-3 text-sm">
          {state.message}
        </p>
      )}

      <Field label="Event name" error={error("name")}>
        <Input name="name" autoComplete="off" autoCapitalize="words" defaultValue={value("name")} maxLength={EVENT_LIMITS.name} required autoFocus />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Date" error={error("startsOn")}>
          <Input name="startsOn" type="date" defaultValue={value("startsOn")} required />
        </Field>
        <Field label="Location" error={error("location")}>
          <Input name="location" autoComplete="off" defaultValue={value("location")} maxLength={EVENT_LIMITS.location} />
        </Field>
      </div>
      <Field label="Link" error={error("url")} description="The event's page, like example.com/summit">
        <Input name="url" type="url" inputMode="url" autoComplete="off" defaultValue={value("url")} maxLength={EVENT_LIMITS.url} />
      </Field>
      <Field label="Notes" error={error("notes")}>
        <Textarea name="notes" rows={4} defaultValue={value("notes")} maxLength={EVENT_LIMITS.notes} />
      </Field>

      <FormActions cancelHref={cancelHref} submitLabel="Save event" pending={pending} />
    </form>
  );
}
