"use client";
// Email + password sign-in through next-auth's credentials provider.
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { parseSignInLimitedCode, tooManySignInsMessage } from "@/lib/auth/limits";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  function submit(formData: FormData) {
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
    <form action={submit} className="grid gap-4" noValidate={false}>
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
      <Button type="submit" pending={pending}>
        Sign in
      </Button>
    </form>
  );
}
