// The short "How you met" asked where a contact is created (/contacts/new): the event, the day and
// what you talked about, with the labels, limits and event options of the full encounter form.
import { ENCOUNTER_LIMITS } from "@/lib/encounters/schema";
import { formatDay } from "@/lib/dates/calendar";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import type { EventOption } from "@/components/encounters/encounter-form";

type Props = {
  events: EventOption[];
  /** The user's today ("YYYY-MM-DD"): "Met on" starts there and cannot pass it. */
  today: string;
  value: (name: "eventId" | "metOn" | "context") => string;
  error: (name: string) => string | undefined;
  /** Changes after each submission, to remount the native select on the value the form state says. */
  round: number;
};

export function HowYouMetFields({ events, today, value, error, round }: Props) {
  return (
    <fieldset className="grid gap-4 rounded-lg border border-border p-4">
      <legend className="px-1 text-sm font-semibold">How you met</legend>
      <p className="-mt-2 text-sm text-muted-foreground">Optional. An event or a line about what you talked about makes the invitation personal later.</p>
      <div className="grid items-start gap-4 sm:grid-cols-2">
        <Field label="Event" error={error("eventId")}>
          <Select key={`event-${round}`} name="eventId" defaultValue={value("eventId")}>
            <option value="">No event</option>
            {events.map((event) => (
              <option key={event.id} value={event.id}>
                {event.name} · {formatDay(event.startsOn)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Met on" error={error("metOn")}>
          <Input name="metOn" type="date" defaultValue={value("metOn") || today} max={today} />
        </Field>
      </div>
      <Field label="What you talked about" error={error("context")}>
        <Textarea name="context" rows={3} defaultValue={value("context")} maxLength={ENCOUNTER_LIMITS.context} />
      </Field>
    </fieldset>
  );
}
