"use client";
// Email + password sign-in through next-auth's credentials provider.
import { useState, useTransition, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useHydrated } from "@/components/ui/use-hydrated";
import { parseSignInLimitedCode, tooManySignInsMessage } from "@/lib/auth/limits";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const hydrated = useHydrated();

  // A submit handler rather than a form action: React resets a form after its action, and a refused sign-in would
  // make the user type their email again.
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    setError(undefined);
    startTransition(async () => {
      const result = await signIn("credentials", {
        email: String(formData.get("email") ?? ""),
        password: String(formData.get("password") ?? ""),
        redirect: false,
      });
      if (!result || result.error) {
        const retryMinutes = parseSignInLimitedCode(result?.error);
        setError(retryMinutes !== null
          ? tooManySignInsMessage(retryMinutes)
          : result?.status === 401 || result?.error === "CredentialsSignin"
            ? "That email and password do not match an account."
            : "Could not sign in right now. Check your connection and try again.");
        return;
      }
      router.replace(callbackUrl);
      router.refresh();
    });
  }

  return (
    // Until the page is interactive the button is disabled and the form would post, never put the password in a URL.
    <form onSubmit={submit} method="post" className="grid gap-4" noValidate={false}>
      <Field label="Email">
        <Input name="email" type="email" autoComplete="email" inputMode="email" required autoFocus />
      </Field>
      <Field label="Password">
        <Input name="password" type="password" autoComplete="current-password" required />
      </Field>
      {error && (
        <p role="alert" className="text-sm text-destructive">
          {error}
        </p>
      )}
      <Button type="submit" pending={pending} disabled={!hydrated}>
        Sign in
      </Button>
    </form>
  );
}
