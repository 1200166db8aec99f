"use client";
// "Mark as accepted" on the contact page, /today and the board: asks on which day they accepted ("Accepted on",
// today where the user is unless changed), since people often notice an acceptance days later and "Needs a
// thank-you" lists the oldest acceptance first. Whether the day makes sense is the server's call (canMove); its
// refusal shows here, beside the field.
import { useState, useTransition, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

type Props = {
  name: string;
  /** The user's today ("YYYY-MM-DD"), from the server's clock: the default day and the latest one. */
  today: string;
  /** The button that opens the dialog. */
  trigger: ReactNode;
  /** Records the acceptance on `day`; resolves to a refusal to show, or nothing when it is done (the dialog closes). */
  onAccept: (day: string) => Promise<string | void> | string | void;
};

export function MarkAcceptedDialog({ name, today, trigger, onAccept }: Props) {
  const [open, setOpen] = useState(false);
  const [day, setDay] = useState(today);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!day) {
      setError(`Choose the day they accepted, such as ${today}.`);
      return;
    }
    setError(undefined);
    startTransition(async () => {
      try {
        const refusal = await onAccept(day);
        if (refusal) setError(refusal);
        else setOpen(false);
      } catch {
        setError("Could not reach Rapport. Check your connection and try again.");
      }
    });
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) {
          setDay(today);
          setError(undefined);
        }
      }}
    >
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>When did {name} accept?</DialogTitle>
          <DialogDescription>Noticed it late? Choose the day they accepted: whoever has waited longest is thanked first.</DialogDescription>
        </DialogHeader>
        <form onSubmit={submit} className="grid gap-4" noValidate>
          <Field label="Accepted on" error={error}>
            <Input type="date" name="acceptedOn" value={day} max={today} onChange={(event) => setDay(event.target.value)} required />
          </Field>
          <DialogFooter>
            <DialogClose asChild>
              <Button type="button" variant="outline">
                Cancel
              </Button>
            </DialogClose>
            <Button type="submit" pending={pending}>
              Mark as accepted
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
