"use client";
// Add or edit how you met someone. Errors appear beside their fields; a refused save keeps what was typed.
import { useActionState } from "react";
import { contactName } from "@/lib/contacts/display";
import { addEncounterAction, updateEncounterAction } from "@/lib/encounters/actions";
import { ENCOUNTER_KIND_LABELS, ENCOUNTER_KINDS, ENCOUNTER_LIMITS } from "@/lib/encounters/schema";
import { formatDay, todayIn, toDayString } from "@/lib/dates/calendar";
import type { EncounterKind } from "@/lib/generated/prisma/enums";
import { fieldError, initialFormState, type FormState } from "@/lib/forms";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { toast } from "@/components/ui/toast";

export type EventOption = { id: string; name: string; startsOn: Date };

/** What "Topic to mention" is for, said the same way wherever it is asked. */
export const TOPIC_DESCRIPTION = "A few words you would bring up in a message, like “your talk on design tokens”. Templates use it for {topic}.";
export type ContactOption = { id: string; name: string };

/** An encounter as the list shows it (what `listEncounters` returns). */
export type EncounterValues = {
  id: string;
  kind: EncounterKind;
  metOn: Date;
  where: string | null;
  context: string;
  topic: string | null;
  theyCanHelpWith: string | null;
  iCanHelpWith: string | null;
  /** The version it was read at: a save is refused if someone saved the encounter since. */
  version: number;
  event: { id: string; name: string } | null;
  mutualConnection: { id: string; firstName: string; lastName: string } | null;
};

type EncounterFormState = FormState & { round: number };

type Props = {
  /** The contact this encounter is with. */
  contactId: string;
  /** The encounter to edit; without it the form adds a new one. */
  encounter?: EncounterValues;
  eventOptions: EventOption[];
  contactOptions: ContactOption[];
  /** The user's timezone: "Met on" starts at their today. */
  timeZone: string;
  /** Called after a successful save, e.g. to close the dialog the form is in. */
  onSaved?: () => void;
  onCancel?: () => void;
};

export function EncounterForm({ contactId, encounter, eventOptions, contactOptions, timeZone, onSaved, onCancel }: Props) {
  // Native selects keep the option they were mounted with as their reset value, so they are
  // remounted after each submission (`round` is part of the action's state, so the remount and
  // the new values land in one render): the form reset React does then shows what the state says.
  const [state, formAction, pending] = useActionState(
    async (previous: EncounterFormState, formData: FormData): Promise<EncounterFormState> => {
      const next = encounter
        ? await updateEncounterAction(encounter.id, initialFormState, formData)
        : await addEncounterAction(contactId, initialFormState, formData);
      if (next.ok) {
        toast({ title: next.message ?? "Saved." });
        onSaved?.();
      }
      return { ...next, round: previous.round + 1 };
    },
    { ...initialFormState, round: 0 },
  );
  const round = state.round;

  const today = todayIn(timeZone);
  const stored: Record<string, string> = encounter
    ? {
        kind: encounter.kind,
        eventId: encounter.event?.id ?? "",
        metOn: toDayString(encounter.metOn),
        where: encounter.where ?? "",
        throughContactId: encounter.mutualConnection?.id ?? "",
        context: encounter.context,
        topic: encounter.topic ?? "",
        theyCanHelpWith: encounter.theyCanHelpWith ?? "",
        iCanHelpWith: encounter.iCanHelpWith ?? "",
      }
    : { kind: eventOptions.length ? "EVENT" : "OTHER", metOn: today };
  const value = (name: string) => (state.values ? (state.values[name] ?? "") : (stored[name] ?? ""));
  const error = (name: string) => fieldError(state, name);

  // The current event or mutual connection stays pickable even when it is not among the options offered.
  const events = encounter?.event && !eventOptions.some((option) => option.id === encounter.event?.id)
    ? [{ id: encounter.event.id, label: encounter.event.name }, ...eventOptions.map(eventOption)]
    : eventOptions.map(eventOption);
  const mutual = encounter?.mutualConnection;
  const people = contactOptions.filter((option) => option.id !== contactId);
  if (mutual && !people.some((option) => option.id === mutual.id)) {
    people.unshift({ id: mutual.id, name: contactName(mutual) });
  }

  return (
    <form action={formAction} className="grid gap-4" noValidate>
      {encounter && <input type="hidden" name="version" value={encounter.version} />}
      {state.message && !state.ok && (
        <p role="alert" className="rounded-md border border-destructive/40 bg-destructive/10 px-4 py-3 text-sm">
          {state.message}
        </p>
      )}

      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="How you met" error={error("kind")}>
          <Select key={`kind-${round}`} name="kind" defaultValue={value("kind")}>
            {ENCOUNTER_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {ENCOUNTER_KIND_LABELS[kind]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Met on" error={error("metOn")}>
          <Input name="metOn" type="date" defaultValue={value("metOn")} max={today} required />
        </Field>
      </div>

      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Event" error={error("eventId")}>
          <Select key={`event-${round}`} name="eventId" defaultValue={value("eventId")}>
            <option value="">No event</option>
            {events.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Where" error={error("where")}>
          <Input name="where" autoComplete="off" defaultValue={value("where")} maxLength={ENCOUNTER_LIMITS.where} />
        </Field>
      </div>

      <Field label="Mutual connection" error={error("throughContactId")} description="Who introduced you, if anyone.">
        <Select key={`mutual-${round}`} name="throughContactId" defaultValue={value("throughContactId")}>
          <option value="">No one</option>
          {people.map((option) => (
            <option key={option.id} value={option.id}>
              {option.name}
            </option>
          ))}
        </Select>
      </Field>

      <Field label="What you talked about" error={error("context")} description="Your private note: it is never put into a message for you.">
        <Textarea name="context" rows={3} defaultValue={value("context")} maxLength={ENCOUNTER_LIMITS.context} />
      </Field>

      <Field label="Topic to mention" error={error("topic")} description={TOPIC_DESCRIPTION}>
        <Input name="topic" autoComplete="off" defaultValue={value("topic")} maxLength={ENCOUNTER_LIMITS.topic} />
      </Field>

      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="They can help with" error={error("theyCanHelpWith")}>
          <Textarea name="theyCanHelpWith" rows={2} defaultValue={value("theyCanHelpWith")} maxLength={ENCOUNTER_LIMITS.help} />
        </Field>
        <Field label="I can help with" error={error("iCanHelpWith")}>
          <Textarea name="iCanHelpWith" rows={2} defaultValue={value("iCanHelpWith")} maxLength={ENCOUNTER_LIMITS.help} />
        </Field>
      </div>

      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
        {onCancel && (
          <Button type="button" variant="outline" onClick={onCancel}>
            Cancel
          </Button>
        )}
        <Button type="submit" pending={pending}>
          {encounter ? "Save changes" : "Save how you met"}
        </Button>
      </div>
    </form>
  );
}

function eventOption(event: EventOption) {
  return { id: event.id, label: `${event.name} · ${formatDay(event.startsOn)}` };
}
