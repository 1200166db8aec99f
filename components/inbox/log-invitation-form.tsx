"use client";
// "Log an invitation": one received outside an import. The person is found among your contacts (by LinkedIn URL,
// then by name) or added. Errors appear beside their fields; a refused save keeps what was typed.
import { useActionState } from "react";
import { fieldError, initialFormState, type FormState } from "@/lib/forms";
import { MAX_FROM_LENGTH } from "@/lib/inbox/schema";
import { MAX_MESSAGE_LENGTH } from "@/lib/invitations/schema";
import { FormActions } from "@/components/ui/form-actions";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** The user's today ("YYYY-MM-DD"): "Received on" starts there and goes no later. */
  today: string;
};

export function LogInvitationForm({ action, today }: Props) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const value = (name: string, fallback = "") => state.values?.[name] ?? fallback;
  const error = (name: string) => fieldError(state, name);

  return (
    <form action={formAction} className="grid gap-6" noValidate>
      {state.message && (
        <p role="alert" className="rounded-md border border-destructive/40 bg-destructive/10 px-4 py-3 text-sm">
          {state.message}
        </p>
      )}
      <Field label="From" error={error("from")} description="Their name, as LinkedIn shows it.">
        <Input name="from" autoComplete="off" autoCapitalize="words" defaultValue={value("from")} maxLength={MAX_FROM_LENGTH} required autoFocus />
      </Field>
      <Field label="Message" error={error("message")} description="Leave it empty if they sent LinkedIn's default invitation, with no note.">
        <Textarea name="message" rows={5} defaultValue={value("message")} maxLength={MAX_MESSAGE_LENGTH} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Received on" error={error("receivedOn")}>
          <Input name="receivedOn" type="date" defaultValue={value("receivedOn", today)} max={today} required />
        </Field>
        <Field label="LinkedIn URL" error={error("linkedinUrl")}>
          <Input name="linkedinUrl" type="url" inputMode="url" autoComplete="off" placeholder="linkedin.com/in/…" defaultValue={value("linkedinUrl")} />
        </Field>
      </div>
      <FormActions cancelHref="/inbox" submitLabel="Save invitation" pending={pending} />
    </form>
  );
}
