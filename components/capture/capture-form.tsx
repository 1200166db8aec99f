"use client";
// Quick capture, made for a phone at an event: pick the event once, then a name and a line per
// person and "Save and add another". The event and the day stay, the person fields clear, focus
// goes back to "First name", and everyone saved is listed under the form. A person already among
// the contacts is caught (as on /contacts/new), and "New event" keeps what was typed.
import { useActionState, useEffect, useRef, useState } from "react";
import Link from "next/link";
import { CalendarPlus, UserRound } from "lucide-react";
import { captureAction } from "@/lib/capture/actions";
import { CAPTURE_DRAFT_FIELDS, saveCaptureDraft, takeCaptureDraft, type CaptureDraft } from "@/lib/capture/draft";
import type { CaptureState } from "@/lib/capture/schema";
import { ENCOUNTER_LIMITS } from "@/lib/encounters/schema";
import { formatDay, formatDayLong } from "@/lib/dates/calendar";
import { fieldError } from "@/lib/forms";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";

type Props = {
  events: { id: string; name: string; startsOn: Date }[];
  /** The event selected at first: today's, or the one asked for in the address. */
  defaultEventId: string | null;
  /** Past events of the last two weeks, offered as "Still at …?" when no event is selected. */
  recentEvents: { id: string; name: string }[];
  /** The user's today ("YYYY-MM-DD", in their timezone): "Met on" starts there. */
  today: string;
};

const initialState: CaptureState = { ok: false };

type CaptureFormState = CaptureState & { round: number; session: { id: string; name: string }[] };

const sessionStore = () => (typeof window === "undefined" ? null : window.sessionStorage);

export function CaptureForm({ events, defaultEventId, recentEvents, today }: Props) {
  // Everything a save changes is in the action's state, so it lands in one render: the person
  // just captured, the list of this session, and `round`, which remounts the native event select
  // (a select resets to the option it was mounted with, and React resets the form after each
  // submission; the remounted one resets to the event the state says, the one picked).
  const [state, formAction, pending] = useActionState(
    async (previous: CaptureFormState, formData: FormData): Promise<CaptureFormState> => {
      const next = await captureAction(initialState, formData);
      const person = next.captured;
      const session = person ? [person, ...previous.session.filter((known) => known.id !== person.id)] : previous.session;
      return { ...next, round: previous.round + 1, session };
    },
    { ...initialState, round: 0, session: [] },
  );
  const captured = state.session;

  const formRef = useRef<HTMLFormElement>(null);
  const firstNameRef = useRef<HTMLInputElement>(null);
  const eventRef = useRef<HTMLSelectElement>(null);
  const addToExistingRef = useRef<HTMLButtonElement>(null);
  // After a save the next person starts at "First name"; after a refusal, at the first field to fix;
  // asked whether this is someone already there, at the answer.
  useEffect(() => {
    if (state.round === 0) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (state.ok ? firstNameRef.current : (invalid ?? addToExistingRef.current ?? firstNameRef.current))?.focus();
  }, [state]);

  // Back from "New event": what was typed before leaving comes back (the event is in the address).
  useEffect(() => {
    const draft = takeCaptureDraft(sessionStore(), Date.now());
    const form = formRef.current;
    if (!draft || !form) return;
    for (const field of CAPTURE_DRAFT_FIELDS) {
      const input = form.elements.namedItem(field);
      if (draft[field] && (input instanceof HTMLInputElement || input instanceof HTMLTextAreaElement)) input.value = draft[field];
    }
  }, []);

  function keepDraft() {
    const form = formRef.current;
    if (!form) return;
    const data = new FormData(form);
    const draft: CaptureDraft = {};
    for (const field of CAPTURE_DRAFT_FIELDS) draft[field] = String(data.get(field) ?? "");
    saveCaptureDraft(sessionStore(), draft, Date.now());
  }

  const value = (name: string) => state.values?.[name] ?? "";
  const error = (name: string) => fieldError(state, name);
  const stateEventId = state.values ? (state.values.eventId ?? "") : (defaultEventId ?? "");
  // The event picked since the last submission (in the select or with "Still at …?"), else the state's.
  const [picked, setPicked] = useState<{ round: number; id: string } | null>(null);
  const eventId = picked?.round === state.round ? picked.id : stateEventId;
  const selectedEvent = events.find((event) => event.id === eventId);

  function pickEvent(id: string) {
    if (eventRef.current) eventRef.current.value = id;
    setPicked({ round: state.round, id });
    eventRef.current?.focus();
  }

  return (
    <div className="grid gap-8">
      <form ref={formRef} action={formAction} className="grid gap-5" noValidate>
        {!state.ok && state.message && (
          <div role="alert" className="rounded-md border border-destructive/40 bg-destructive/10 px-4 py-3 text-sm">
            <p>{state.message}</p>
            {(state.links?.length || state.existing || state.confirm) && (
              <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-2">
                {state.links?.map((link) => (
                  <Link key={link.href} href={link.href} className="font-medium text-accent underline-offset-4 hover:underline">
                    {link.label}
                  </Link>
                ))}
                {state.existing && (
                  <Button ref={addToExistingRef} type="submit" name="addToContactId" value={state.existing.id} pending={pending}>
                    Add to the existing one
                  </Button>
                )}
                {state.confirm && (
                  <Button type="submit" name="confirmed" value="1" variant="outline" pending={pending}>
                    {state.confirm}
                  </Button>
                )}
              </div>
            )}
          </div>
        )}

        <div className="grid gap-1">
          <Field label="Event" error={error("eventId")}>
            <Select
              ref={eventRef}
              key={`event-${state.round}`}
              name="eventId"
              defaultValue={stateEventId}
              onChange={(event) => setPicked({ round: state.round, id: event.target.value })}
              aria-describedby={selectedEvent ? "capture-event-day" : undefined}
            >
              <option value="">No event</option>
              {events.map((event) => (
                <option key={event.id} value={event.id}>
                  {event.name} · {formatDay(event.startsOn)}
                </option>
              ))}
            </Select>
          </Field>
          {/* The select cuts a long option short on a phone; the whole day is written out here. */}
          {selectedEvent && (
            <p id="capture-event-day" className="text-sm text-muted-foreground">
              {formatDayLong(selectedEvent.startsOn)}
            </p>
          )}
          {!eventId && recentEvents.length > 0 && (
            <div className="flex flex-wrap gap-2 pt-1">
              {recentEvents.map((event) => (
                <Button key={event.id} type="button" variant="outline" className="text-left whitespace-normal" onClick={() => pickEvent(event.id)}>
                  Still at {event.name}?
                </Button>
              ))}
            </div>
          )}
          <Button asChild variant="link" className="justify-self-start px-0">
            <Link href="/events/new?from=capture" onClick={keepDraft}>
              <CalendarPlus aria-hidden="true" />
              New event
            </Link>
          </Button>
        </div>

        <Field label="Met on" error={error("metOn")}>
          <Input name="metOn" type="date" defaultValue={value("metOn") || today} max={today} />
        </Field>

        <fieldset className="grid gap-4">
          <legend className="sr-only">The person you met</legend>
          {/* items-start: an error under one name must not stretch the other field and push its input down. */}
          <div className="grid grid-cols-2 items-start gap-3">
            <Field label="First name" error={error("firstName")}>
              <Input ref={firstNameRef} name="firstName" autoComplete="off" autoCapitalize="words" defaultValue={value("firstName")} maxLength={100} autoFocus />
            </Field>
            <Field label="Last name" error={error("lastName")}>
              <Input name="lastName" autoComplete="off" autoCapitalize="words" defaultValue={value("lastName")} maxLength={100} />
            </Field>
          </div>
          <Field label="What you talked about" error={error("context")}>
            <Textarea name="context" rows={2} className="min-h-16" defaultValue={value("context")} maxLength={ENCOUNTER_LIMITS.context} required />
          </Field>
          <Field label="Topic to mention" error={error("topic")} description="Optional: what you would bring up in a message.">
            <Input name="topic" autoComplete="off" defaultValue={value("topic")} maxLength={ENCOUNTER_LIMITS.topic} />
          </Field>
          <Field label="Company" error={error("company")}>
            <Input name="company" autoComplete="off" autoCapitalize="words" defaultValue={value("company")} maxLength={200} />
          </Field>
          <Field label="LinkedIn URL" error={error("linkedinUrl")}>
            <Input
              name="linkedinUrl"
              type="url"
              inputMode="url"
              autoComplete="off"
              autoCapitalize="none"
              autoCorrect="off"
              spellCheck={false}
              defaultValue={value("linkedinUrl")}
              maxLength={500}
            />
          </Field>
        </fieldset>

        {/* Kept at the bottom of the screen, where a thumb reaches it, while the fields scroll above. */}
        <div className="sticky bottom-0 -mx-4 grid gap-2 border-t border-border bg-background/95 px-4 pt-3 pb-[max(0.75rem,env(safe-area-inset-bottom))] backdrop-blur sm:static sm:mx-0 sm:border-0 sm:bg-transparent sm:px-0 sm:pb-0 sm:backdrop-blur-none">
          <p role="status" className="min-h-5 text-sm text-success">
            {state.ok ? state.message : ""}
          </p>
          <Button type="submit" size="lg" className="w-full sm:w-auto sm:justify-self-end" pending={pending}>
            Save and add another
          </Button>
        </div>
      </form>

      <section aria-labelledby="captured-heading" className="grid gap-3">
        <h2 id="captured-heading" className="text-lg font-semibold">
          Captured this session
        </h2>
        {captured.length === 0 ? (
          <p className="text-sm text-muted-foreground">Nobody yet. Everyone you save appears here, so you can check the names before you leave.</p>
        ) : (
          <ul className="divide-y divide-border overflow-hidden rounded-lg border border-border bg-card">
            {captured.map((person) => (
              <li key={person.id}>
                <Link href={`/contacts/${person.id}`} className="flex min-h-11 items-center gap-3 px-4 py-2 hover:bg-muted focus-visible:bg-muted">
                  <UserRound aria-hidden="true" className="size-4 shrink-0 text-muted-foreground" />
                  <span className="min-w-0 truncate">{person.name}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
