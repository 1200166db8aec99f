"use client";
// "Add follow-up" where a thanked person has nothing scheduled (their page, /today's "Keep in touch"): a button that
// asks for "Follow up on" (two weeks from today by default) and "Next step", so nobody is left without a next step.
import { useState } from "react";
import { CalendarPlus } from "lucide-react";
import { addDays } from "@/lib/dates/calendar";
import { NEXT_STEP_AFTER_DAYS } from "@/lib/followups/schema";
import { FollowUpForm } from "@/components/followups/follow-up-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { toast } from "@/components/ui/toast";

type Props = {
  contactId: string;
  name: string;
  /** The user's today ("YYYY-MM-DD"), from the server's clock. */
  today: string;
  /** Lists name the person in the button for screen readers; a contact's own page does not need to. */
  nameInLabel?: boolean;
  className?: string;
};

export function AddFollowUpButton({ contactId, name, today, nameInLabel = false, className }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button type="button" variant="outline" className={className}>
          <CalendarPlus aria-hidden="true" />
          Add follow-up{nameInLabel && <span className="sr-only"> with {name}</span>}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Next step with {name}</DialogTitle>
          <DialogDescription>Choose when to get back in touch and what to do then.</DialogDescription>
        </DialogHeader>
        <FollowUpForm
          contactId={contactId}
          defaultDueOn={addDays(today, NEXT_STEP_AFTER_DAYS)}
          submitLabel="Add follow-up"
          onSaved={() => {
            toast({ title: `Follow-up with ${name} added.` });
            setOpen(false);
          }}
        />
      </DialogContent>
    </Dialog>
  );
}
