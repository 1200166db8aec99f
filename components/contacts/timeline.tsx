"use client";
// A contact's timeline, newest first, with a box to add a note or log a meeting or a message.
import { useActionState, useEffect, useRef } from "react";
import { addNoteAction } from "@/lib/activities/actions";
import { ACTIVITY_LABELS, LOGGED_KIND_LABELS, LOGGED_KINDS } from "@/lib/activities/schema";
import { formatAbsolute, formatRelative } from "@/lib/dates/format";
import { fieldError, initialFormState } from "@/lib/forms";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";

export type TimelineEntry = { id: string; kind: keyof typeof ACTIVITY_LABELS; occurredAt: Date; body: string | null };

export function Timeline({ contactId, entries, timeZone }: { contactId: string; entries: TimelineEntry[]; timeZone: string }) {
  const [state, action, pending] = useActionState(addNoteAction.bind(null, contactId), initialFormState);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.ok) form.current?.reset();
  }, [state]);

  return (
    <div className="grid gap-4">
      <form ref={form} action={action} className="grid gap-2">
        <Field label="Add a note" error={fieldError(state, "body")}>
          <Textarea name="body" rows={2} maxLength={5_000} defaultValue={state.ok ? "" : state.values?.body} placeholder="What happened, what to remember…" />
        </Field>
        <div className="flex flex-wrap items-end gap-2">
          <Field label="What happened" description="A meeting or a message restarts the stay-in-touch reminder." error={fieldError(state, "kind")} className="min-w-56 flex-1">
            <Select name="kind" defaultValue={state.ok ? "NOTE" : (state.values?.kind ?? "NOTE")} key={state.ok ? "reset" : "kept"}>
              {LOGGED_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {LOGGED_KIND_LABELS[kind]}
                </option>
              ))}
            </Select>
          </Field>
          <Button type="submit" pending={pending}>
            Add note
          </Button>
        </div>
      </form>
      {entries.length === 0 ? (
        <p className="text-sm text-muted-foreground">Nothing on the timeline yet. Notes, invitations and thank-yous appear here.</p>
      ) : (
        <ol className="grid gap-3 border-l border-border pl-4">
          {entries.map((entry) => (
            <li key={entry.id} className="grid gap-0.5">
              <p className="text-sm">
                <span className="font-medium">{ACTIVITY_LABELS[entry.kind]}</span>{" "}
                <time className="text-muted-foreground" dateTime={entry.occurredAt.toISOString()} title={formatAbsolute(entry.occurredAt, timeZone)}>
                  {formatRelative(entry.occurredAt)}
                </time>
              </p>
              {entry.body && <p className="text-sm whitespace-pre-wrap">{entry.body}</p>}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
