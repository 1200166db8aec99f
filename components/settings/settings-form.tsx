"use client";
// The account's settings: name, LinkedIn's note limit for the coach, and the timezone dates are shown in.
// Errors appear beside their fields; a refused save keeps what was chosen.
import { useActionState, useEffect, useId, useRef, useState } from "react";
import { CircleAlert } from "lucide-react";
import { fieldError, initialFormState, type FormState } from "@/lib/forms";
import { updateSettingsAction } from "@/lib/settings/actions";
import { NOTE_LIMITS, NOTE_LIMIT_LABELS } from "@/lib/settings/schema";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { toast } from "@/components/ui/toast";

export type SettingsFormValues = { name: string; inviteNoteLimit: number; timezone: string };

type Props = {
  settings: SettingsFormValues;
  /** Every timezone to offer, from the server so that the page renders the same list it validates against. */
  timeZones: string[];
};

type SettingsFormState = FormState & { round: number };

export function SettingsForm({ settings, timeZones }: Props) {
  // Each submission remounts the fields (`round`): React resets a form after its action, and native controls
  // would otherwise fall back to the values they were first rendered with.
  const [state, formAction, pending] = useActionState(
    async (previous: SettingsFormState, formData: FormData): Promise<SettingsFormState> => {
      const next = await updateSettingsAction(initialFormState, formData);
      if (next.ok) toast({ title: "Settings saved" });
      return { ...next, round: previous.round + 1 };
    },
    { ...initialFormState, round: 0 },
  );
  const value = (name: keyof SettingsFormValues) => state.values?.[name] ?? String(settings[name]);
  const error = (name: string) => fieldError(state, name);

  return (
    <form action={formAction} className="grid gap-8" noValidate>
      {state.message && (
        <p role="alert" className="rounded-md border border-destructive/40 bg-destructive/10 px-4 py-3 text-sm">
          {state.message}
        </p>
      )}
      <div key={state.round} className="grid gap-8">
        <Field label="Name" error={error("name")}>
          <Input name="name" autoComplete="name" autoCapitalize="words" defaultValue={value("name")} maxLength={100} required />
        </Field>
        <NoteLimitField defaultValue={value("inviteNoteLimit")} error={error("inviteNoteLimit")} />
        <TimeZoneField defaultValue={value("timezone")} timeZones={timeZones} error={error("timezone")} />
      </div>
      <div className="flex justify-end">
        <Button type="submit" pending={pending} className="w-full sm:w-auto">
          Save settings
        </Button>
      </div>
    </form>
  );
}

function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={id} className="flex items-start gap-1.5 text-sm text-destructive">
      <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      <span>{error}</span>
    </p>
  );
}

function NoteLimitField({ defaultValue, error }: { defaultValue: string; error?: string }) {
  const id = useId();
  return (
    <fieldset className="grid gap-2" aria-describedby={[`${id}-description`, error ? `${id}-error` : ""].filter(Boolean).join(" ")}>
      <legend className="text-sm leading-snug font-medium text-foreground">Note limit</legend>
      <p id={`${id}-description`} className="text-sm text-muted-foreground">
        LinkedIn limits the note you add to an invitation: 300 characters with Premium, 200 on a free account. Rapport
        counts your invitations against this limit.
      </p>
      <div className="grid gap-2">
        {NOTE_LIMITS.map((limit) => (
          <label
            key={limit}
            className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md border border-input bg-card px-3 py-2 text-sm has-checked:border-accent has-checked:bg-accent/5"
          >
            <input
              type="radio"
              name="inviteNoteLimit"
              value={limit}
              defaultChecked={defaultValue === String(limit)}
              className="size-4 accent-(--color-accent)"
            />
            {NOTE_LIMIT_LABELS[limit]}
          </label>
        ))}
      </div>
      <FieldError id={`${id}-error`} error={error} />
    </fieldset>
  );
}

function TimeZoneField({ defaultValue, timeZones, error }: { defaultValue: string; timeZones: string[]; error?: string }) {
  const select = useRef<HTMLSelectElement>(null);
  // A zone the list does not hold (an alias the device named) stays on offer after a refused save.
  const [extra, setExtra] = useState(() => (defaultValue && !timeZones.includes(defaultValue) ? defaultValue : undefined));
  const [notice, setNotice] = useState<string>();
  const options = extra && !timeZones.includes(extra) ? [...timeZones, extra] : timeZones;

  // Uncontrolled on purpose: React resets the form after its action, and a controlled select has no default option
  // to go back to, so it would jump to the first zone.
  useEffect(() => {
    if (extra && select.current) select.current.value = extra;
  }, [extra]);

  function applyDeviceTimeZone() {
    const device = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!device) {
      setNotice("This device does not say which timezone it is in: choose yours from the list.");
      return;
    }
    // A device may name its zone by an alias the list does not hold ("Asia/Calcutta"); offer it as it is.
    if (timeZones.includes(device)) {
      if (select.current) select.current.value = device;
    } else {
      setExtra(device);
    }
    setNotice(`Set to ${device}. Save settings to keep it.`);
  }

  return (
    <div className="grid gap-2">
      <Field label="Timezone" error={error} description="Dates and follow-ups are shown in this timezone.">
        <Select ref={select} name="timezone" defaultValue={defaultValue} autoComplete="off">
          {options.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll("_", " ")}
            </option>
          ))}
        </Select>
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="button" variant="outline" size="sm" onClick={applyDeviceTimeZone}>
          Use this device&apos;s timezone
        </Button>
        <p role="status" className="text-sm text-muted-foreground">
          {notice}
        </p>
      </div>
    </div>
  );
}
