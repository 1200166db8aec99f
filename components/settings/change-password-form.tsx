"use client";
// Settings → "Change password": the current password, then the new one (sign-up's rules). Every other browser and
// device is signed out; this one stays signed in. A wrong current password changes nothing and says so.
import { useActionState } from "react";
import { changePasswordAction } from "@/lib/account/actions";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/schema";
import { fieldError, initialFormState, type FormState } from "@/lib/forms";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toast";

type ChangePasswordState = FormState & { round: number };

export function ChangePasswordForm() {
  // Each submission remounts the fields (`round`), so that a saved form is empty again and a refused one is too:
  // passwords are never sent back to the page.
  const [state, formAction, pending] = useActionState(
    async (previous: ChangePasswordState, formData: FormData): Promise<ChangePasswordState> => {
      const next = await changePasswordAction(initialFormState, formData);
      if (next.ok) toast({ title: "Password changed. Every other browser and device is signed out." });
      return { ...next, round: previous.round + 1 };
    },
    { ...initialFormState, round: 0 },
  );

  return (
    <form action={formAction} className="grid gap-4" noValidate>
      {state.message && (
        <p role="alert" className="rounded-md border border-destructive/40 bg-destructive/10 px-4 py-3 text-sm">
          {state.message}
        </p>
      )}
      <div key={state.round} className="grid gap-4">
        <Field label="Current password" error={fieldError(state, "currentPassword")}>
          <Input name="currentPassword" type="password" autoComplete="current-password" required />
        </Field>
        <Field label="New password" error={fieldError(state, "newPassword")} description={`At least ${MIN_PASSWORD_LENGTH} characters.`}>
          <Input name="newPassword" type="password" autoComplete="new-password" minLength={MIN_PASSWORD_LENGTH} required />
        </Field>
      </div>
      <div className="flex justify-end">
        <Button type="submit" pending={pending} className="w-full sm:w-auto">
          Change password
        </Button>
      </div>
    </form>
  );
}
