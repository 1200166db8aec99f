"use client";
// Create or edit a contact. Errors appear beside their fields; a refused save keeps what was typed.
import { useActionState } from "react";
import Link from "next/link";
import { fieldError, initialFormState, type FormState } from "@/lib/forms";
import { Button } from "@/components/ui/button";
import { FormActions } from "@/components/ui/form-actions";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import type { ContactFields } from "@/lib/contacts/schema";
import { HowYouMetFields } from "@/components/encounters/how-you-met-fields";
import type { EventOption } from "@/components/encounters/encounter-form";

export type ContactFormValues = ContactFields & { version?: number };

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  contact?: ContactFormValues;
  cancelHref: string;
  /** A new contact: also ask how you met (optional), with these events and "Met on" starting at `today`. */
  howYouMet?: { events: EventOption[]; today: string };
};

export function ContactForm({ action, contact, cancelHref, howYouMet }: Props) {
  // `round` remounts the native event select after each submission (see HowYouMetFields).
  const [state, formAction, pending] = useActionState(
    async (previous: FormState & { round: number }, formData: FormData) => ({ ...(await action(previous, formData)), round: previous.round + 1 }),
    { ...initialFormState, round: 0 },
  );
  // After a refused save, show what was typed; otherwise what is stored.
  const value = (name: keyof ContactFormValues) => {
    if (state.values) return state.values[name] ?? "";
    const stored = contact?.[name];
    return Array.isArray(stored) ? stored.join(", ") : (stored?.toString() ?? "");
  };
  const error = (name: string) => fieldError(state, name);

  return (
    <form action={formAction} className="grid gap-6" noValidate>
      {contact?.version !== undefined && <input type="hidden" name="version" value={contact.version} />}
      {state.message && (
        <div role="alert" className="rounded-md border border-destructive/40 bg-destructive/10 px-4 py-3 text-sm">
          <p>{state.message}</p>
          {(state.links?.length || state.confirm) && (
            <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-2">
              {state.links?.map((link) => (
                <Link key={link.href} href={link.href} className="font-medium text-accent underline-offset-4 hover:underline">
                  {link.label}
                </Link>
              ))}
              {state.confirm && (
                <Button type="submit" name="confirmed" value="1" size="sm" variant="outline" pending={pending}>
                  {state.confirm}
                </Button>
              )}
            </div>
          )}
        </div>
      )}

      <fieldset className="grid items-start gap-4 sm:grid-cols-2">
        <legend className="sr-only">Name</legend>
        <Field label="First name" error={error("firstName")}>
          <Input name="firstName" autoComplete="off" defaultValue={value("firstName")} maxLength={100} autoFocus />
        </Field>
        <Field label="Last name" error={error("lastName")}>
          <Input name="lastName" autoComplete="off" defaultValue={value("lastName")} maxLength={100} />
        </Field>
      </fieldset>

      <fieldset className="grid items-start gap-4 sm:grid-cols-2">
        <legend className="sr-only">Work</legend>
        <Field label="Company" error={error("company")}>
          <Input name="company" autoComplete="off" defaultValue={value("company")} maxLength={200} />
        </Field>
        <Field label="Title" error={error("title")}>
          <Input name="title" autoComplete="off" defaultValue={value("title")} maxLength={200} />
        </Field>
      </fieldset>

      <fieldset className="grid items-start gap-4 sm:grid-cols-2">
        <legend className="sr-only">Reach them</legend>
        <Field label="Email" error={error("email")}>
          <Input name="email" type="email" inputMode="email" autoComplete="off" defaultValue={value("email")} maxLength={254} />
        </Field>
        <Field label="Phone" error={error("phone")}>
          <Input name="phone" type="tel" inputMode="tel" autoComplete="off" defaultValue={value("phone")} maxLength={40} />
        </Field>
        <Field label="LinkedIn URL" error={error("linkedinUrl")} description="Their profile, like linkedin.com/in/jane-doe">
          <Input name="linkedinUrl" type="url" inputMode="url" autoComplete="off" defaultValue={value("linkedinUrl")} maxLength={500} />
        </Field>
        <Field label="Location" error={error("location")}>
          <Input name="location" autoComplete="off" defaultValue={value("location")} maxLength={200} />
        </Field>
      </fieldset>

      {howYouMet && (
        <HowYouMetFields events={howYouMet.events} today={howYouMet.today} value={(name) => state.values?.[name] ?? ""} error={error} round={state.round} />
      )}

      <Field label="Tags" error={error("tags")} description="Separate tags with commas, like: design, berlin">
        <Input name="tags" autoComplete="off" defaultValue={value("tags")} />
      </Field>
      <Field label="Notes" error={error("notes")}>
        <Textarea name="notes" rows={5} defaultValue={value("notes")} maxLength={10_000} />
      </Field>

      <FormActions cancelHref={cancelHref} submitLabel="Save contact" pending={pending} />
    </form>
  );
}
