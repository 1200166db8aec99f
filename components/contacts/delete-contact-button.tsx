"use client";
// "Delete contact" behind a confirmation: deleting cannot be undone.
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { deleteContactAction } from "@/lib/contacts/actions";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";

export function DeleteContactButton({ contactId, name }: { contactId: string; name: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();

  function confirm() {
    setError(undefined);
    startTransition(async () => {
      try {
        const result = await deleteContactAction(contactId);
        if (!result.ok) {
          setError(result.message);
          return;
        }
        toast({ title: `${name} was deleted.` });
        router.replace("/contacts");
      } catch {
        setError("Could not delete this contact. Check your connection and try again.");
      }
    });
  }

  return (
    <Dialog>
      <DialogTrigger asChild>
        <Button variant="outline" className="text-destructive">
          Delete contact
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Delete {name}?</DialogTitle>
          <DialogDescription>Everything Rapport knows about {name} will be deleted. This cannot be undone.</DialogDescription>
        </DialogHeader>
        {error && (
          <p role="alert" className="text-sm text-destructive">
            {error}
          </p>
        )}
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="outline">Keep contact</Button>
          </DialogClose>
          <Button variant="destructive" pending={pending} onClick={confirm}>
            Delete contact
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
