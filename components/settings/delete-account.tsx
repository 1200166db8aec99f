"use client";
// Settings → "Delete account": asks for the password in a dialog that says what is lost, then deletes the account and
// everything in it and signs out. A wrong password keeps the dialog open and deletes nothing.
import { useActionState, useState } from "react";
import { deleteAccountAction } from "@/lib/account/actions";
import { signedOutUrl } from "@/lib/account/schema";
import { fieldError, initialFormState, type FormState } from "@/lib/forms";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

export function DeleteAccount() {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button type="button" variant="destructive" className="w-full sm:w-auto">
          Delete account
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Delete your account?</DialogTitle>
          <DialogDescription>
            Your contacts, events, how you met, invitations, templates, timelines, follow-ups and import history are
            deleted for good, and every browser is signed out. This cannot be undone: download everything first if you
            may want it back.
          </DialogDescription>
        </DialogHeader>
        {/* Mounted only while the dialog is open: closing it forgets the password and any refusal. */}
        <DeleteAccountForm />
      </DialogContent>
    </Dialog>
  );
}

function DeleteAccountForm() {
  const [state, formAction, pending] = useActionState(async (previous: FormState, formData: FormData) => {
    const next = await deleteAccountAction(previous, formData);
    // A full load of the sign-in page: nothing of the deleted account stays in this tab.
    if (next.ok) window.location.assign(signedOutUrl("account-deleted"));
    return next;
  }, initialFormState);
  return (
    <form action={formAction} className="grid gap-4" noValidate>
      {state.message && (
        <p role="alert" className="text-sm text-destructive">
          {state.message}
        </p>
      )}
      <Field label="Password" error={fieldError(state, "password")} description="Enter your password to confirm.">
        <Input name="password" type="password" autoComplete="current-password" required autoFocus />
      </Field>
      <DialogFooter>
        <DialogClose asChild>
          <Button type="button" variant="outline">
            Keep my account
          </Button>
        </DialogClose>
        <Button type="submit" variant="destructive" pending={pending}>
          Delete account
        </Button>
      </DialogFooter>
    </form>
  );
}
