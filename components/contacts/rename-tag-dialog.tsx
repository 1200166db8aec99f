"use client";
// "Rename tag": changes a tag on every contact that has it.
import { useActionState } from "react";
import { renameTagAction } from "@/lib/contacts/actions";
import { fieldError, initialFormState } from "@/lib/forms";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

export function RenameTagDialog({ tag }: { tag: string }) {
  const [state, action, pending] = useActionState(renameTagAction, initialFormState);
  return (
    <Dialog>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm">
          Rename tag
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Rename “{tag}”</DialogTitle>
          <DialogDescription>Every contact tagged “{tag}” gets the new name.</DialogDescription>
        </DialogHeader>
        <form action={action} className="grid gap-4">
          <input type="hidden" name="from" value={tag} />
          <Field label="New name" error={fieldError(state, "to")}>
            <Input name="to" defaultValue={state.values?.to ?? tag} maxLength={50} autoComplete="off" required />
          </Field>
          {state.message && !state.fieldErrors && (
            <p role="alert" className="text-sm text-destructive">
              {state.message}
            </p>
          )}
          <DialogFooter>
            <Button type="submit" pending={pending}>
              Rename tag
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
