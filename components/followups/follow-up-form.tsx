"use client";
// "Follow up on" + "Next step": adds a follow-up to a contact. Used on the contact page and after "Done" to ask for
// the next one. Errors appear beside their fields; a refused save keeps what was typed.
import { useActionState, type ReactNode } from "react";
import { addFollowUpAction } from "@/lib/followups/actions";
import { NOTE_MAX } from "@/lib/followups/schema";
import { fieldError, initialFormState, type FormState } from "@/lib/forms";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

type Props = {
  contactId: string;
  /** "YYYY-MM-DD" the date field starts at. */
  defaultDueOn: string;
  defaultNote?: string;
  submitLabel: string;
  /** Called after the follow-up is saved. */
  onSaved?: () => void;
  /** Buttons shown beside the submit button (e.g. "No next step"). */
  secondary?: ReactNode;
};

type State = FormState & { round: number };

export function FollowUpForm({ contactId, defaultDueOn, defaultNote = "", submitLabel, onSaved, secondary }: Props) {
  // The fields remount after each save (`round`) so the form starts again from its defaults.
  const [state, formAction, pending] = useActionState(
    async (previous: State, formData: FormData): Promise<State> => {
      const next = await addFollowUpAction(contactId, initialFormState, formData);
      if (next.ok) onSaved?.();
      return { ...next, round: next.ok ? previous.round + 1 : previous.round };
    },
    { ...initialFormState, round: 0 },
  );
  const value = (name: string, fallback: string) => (state.ok ? fallback : (state.values?.[name] ?? fallback));

  return (
    <form action={formAction} className="grid gap-4" noValidate>
      {state.message && !state.fieldErrors && (
        <p role="alert" className="text-sm text-destructive">
          {state.message}
        </p>
      )}
      <div key={state.round} className="grid gap-4 sm:grid-cols-[11rem_1fr]">
        <Field label="Follow up on" error={fieldError(state, "dueOn")}>
          <Input type="date" name="dueOn" defaultValue={value("dueOn", defaultDueOn)} required />
        </Field>
        <Field label="Next step" error={fieldError(state, "note")}>
          <Input name="note" defaultValue={value("note", defaultNote)} maxLength={NOTE_MAX} placeholder="Send the article we talked about" autoComplete="off" required />
        </Field>
      </div>
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        {secondary}
        <Button type="submit" pending={pending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
