"use client";
// Account creation: the server action creates the account, then we sign in with the same password.
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { signUpAction } from "@/lib/auth/actions";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/schema";
import { fieldError, initialFormState, type FormState } from "@/lib/forms";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useHydrated } from "@/components/ui/use-hydrated";

export function SignUpForm() {
  const router = useRouter();
  const [state, setState] = useState<FormState>(initialFormState);
  const [pending, startTransition] = useTransition();
  const hydrated = useHydrated();

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(async () => {
      const result = await signUpAction(initialFormState, formData);
      if (!result.ok) {
        setState(result);
        return;
      }
      const signedIn = await signIn("credentials", {
        email: String(formData.get("email")),
        password: String(formData.get("password")),
        redirect: false,
      });
      if (!signedIn?.ok) {
        setState({ ok: false, message: "Your account was created, but signing in failed. Sign in to continue." });
        return;
      }
      router.replace("/today");
      router.refresh();
    });
  }

  return (
    // Until the page is interactive the button is disabled and the form would post, never put the password in a URL.
    <form onSubmit={submit} method="post" className="grid gap-4" noValidate>
      <Field label="Name" error={fieldError(state, "name")}>
        <Input name="name" autoComplete="name" required defaultValue={state.values?.name} autoFocus />
      </Field>
      <Field label="Email" error={fieldError(state, "email")}>
        <Input name="email" type="email" autoComplete="email" inputMode="email" required defaultValue={state.values?.email} />
      </Field>
      <Field
        label="Password"
        error={fieldError(state, "password")}
        description={`At least ${MIN_PASSWORD_LENGTH} characters.`}
      >
        <Input name="password" type="password" autoComplete="new-password" required minLength={MIN_PASSWORD_LENGTH} />
      </Field>
      {state.message && !state.fieldErrors && (
        <p role="alert" className="text-sm text-destructive">
          {state.message}
        </p>
      )}
      <Button type="submit" pending={pending} disabled={!hydrated}>
        Sign up
      </Button>
    </form>
  );
}
