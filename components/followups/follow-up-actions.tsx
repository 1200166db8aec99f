"use client";
// The buttons of one open follow-up, on /today and on the contact page: "Done" (the parent then asks for the next
// step, and offers Undo), "Snooze" (1 day, 1 week, 2 weeks, undoable from the toast)
// and "Reschedule…" (pick a date).
import { useActionState, useState, useTransition } from "react";
import { Check, ChevronDown } from "lucide-react";
import { completeFollowUpAction, rescheduleFollowUpAction, snoozeFollowUpAction, undoCompleteFollowUpAction } from "@/lib/followups/actions";
import type { CompletionReceiptValues } from "@/lib/followups/schema";
import { SNOOZES, type Snooze } from "@/lib/followups/schema";
import { formatDay, parseDay, toDayString } from "@/lib/dates/calendar";
import { fieldError, initialFormState, type FormState } from "@/lib/forms";
import type { NextStep } from "@/components/followups/next-step-dialog";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuSeparator, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toast";

type Props = {
  /** `version`: what it was read at; "Reschedule…" is refused if someone changed the follow-up since. */
  followUp: { id: string; dueOn: Date; note: string; version: number };
  contact: { id: string; name: string };
  /** Called once it is done, to ask for the next step. */
  onDone: (next: NextStep) => void;
};

const OFFLINE = "Could not reach Rapport. Check your connection and try again.";

/** Puts a snoozed follow-up back on the day it had, unless it changed again since the snooze (`version`). */
async function undoSnooze(followUpId: string, dueOn: string, version: number) {
  const data = new FormData();
  data.set("dueOn", dueOn);
  data.set("version", String(version));
  try {
    const result = await rescheduleFollowUpAction(followUpId, initialFormState, data);
    toast(result.ok ? { title: "Snooze undone." } : { title: result.message ?? "Could not undo the snooze.", variant: "destructive" });
  } catch {
    toast({ title: OFFLINE, variant: "destructive" });
  }
}

/** Opens a completed follow-up again; the toast says how it went. */
async function undoDone(followUpId: string, receipt: CompletionReceiptValues, name: string) {
  try {
    const result = await undoCompleteFollowUpAction(followUpId, receipt);
    toast(result.ok ? { title: `Follow-up with ${name} is open again.` } : { title: result.message, variant: "destructive" });
  } catch {
    toast({ title: OFFLINE, variant: "destructive" });
  }
}

export function FollowUpActions({ followUp, contact, onDone }: Props) {
  const [completing, startCompleting] = useTransition();
  const [snoozing, startSnoozing] = useTransition();
  const [rescheduling, setRescheduling] = useState(false);
  const about = `follow-up with ${contact.name}${followUp.note ? `: ${followUp.note}` : ""}`;

  function complete() {
    startCompleting(async () => {
      try {
        const result = await completeFollowUpAction(followUp.id);
        if (!result.ok) {
          toast({ title: result.message, variant: "destructive" });
          return;
        }
        // Once only, whether from the next-step question or from the toast that follows it.
        let undone = false;
        const undo = () => {
          if (undone) return;
          undone = true;
          void undoDone(followUp.id, result.receipt, contact.name);
        };
        onDone({ contactId: contact.id, name: contact.name, suggestedOn: result.suggestedOn, cadenceDueOn: result.cadenceDueOn, undo });
      } catch {
        toast({ title: OFFLINE, variant: "destructive" });
      }
    });
  }

  function snooze(choice: Snooze) {
    startSnoozing(async () => {
      try {
        const result = await snoozeFollowUpAction(followUp.id, choice);
        if (!result.ok) {
          toast({ title: result.message, variant: "destructive" });
          return;
        }
        toast({
          title: `Snoozed until ${formatDay(parseDay(result.dueOn)!)}.`,
          action: { label: "Undo", onClick: () => void undoSnooze(followUp.id, result.previousDueOn, result.version) },
        });
      } catch {
        toast({ title: OFFLINE, variant: "destructive" });
      }
    });
  }

  return (
    <div className="grid grid-cols-2 gap-2 sm:flex sm:justify-end">
      <Button onClick={complete} pending={completing} aria-label={`Done: ${about}`}>
        {!completing && <Check aria-hidden="true" />}
        Done
      </Button>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="outline" pending={snoozing} aria-label={`Snooze: ${about}`}>
            Snooze
            <ChevronDown aria-hidden="true" />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent>
          {(Object.keys(SNOOZES) as Snooze[]).map((choice) => (
            <DropdownMenuItem key={choice} onSelect={() => snooze(choice)}>
              {SNOOZES[choice].label}
            </DropdownMenuItem>
          ))}
          <DropdownMenuSeparator />
          <DropdownMenuItem onSelect={() => setRescheduling(true)}>Reschedule…</DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      <RescheduleDialog
        open={rescheduling}
        onClose={() => setRescheduling(false)}
        followUpId={followUp.id}
        dueOn={toDayString(followUp.dueOn)}
        version={followUp.version}
        name={contact.name}
      />
    </div>
  );
}

type RescheduleProps = { open: boolean; onClose: () => void; followUpId: string; dueOn: string; version: number; name: string };

function RescheduleDialog({ open, onClose, followUpId, dueOn, version, name }: RescheduleProps) {
  const [state, formAction, pending] = useActionState(async (_previous: FormState, formData: FormData) => {
    const next = await rescheduleFollowUpAction(followUpId, initialFormState, formData);
    if (next.ok) {
      toast({ title: `Rescheduled to ${formatDay(parseDay(String(formData.get("dueOn")))!)}.` });
      onClose();
    }
    return next;
  }, initialFormState);

  return (
    <Dialog open={open} onOpenChange={(next) => !next && onClose()}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Reschedule the follow-up with {name}</DialogTitle>
          <DialogDescription>Pick the day you want to be reminded.</DialogDescription>
        </DialogHeader>
        <form action={formAction} className="grid gap-4" noValidate>
          <input type="hidden" name="version" value={version} />
          {state.message && !state.fieldErrors && (
            <p role="alert" className="text-sm text-destructive">
              {state.message}
            </p>
          )}
          <Field label="Follow up on" error={fieldError(state, "dueOn")}>
            <Input type="date" name="dueOn" defaultValue={state.values?.dueOn ?? dueOn} required />
          </Field>
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <Button type="button" variant="outline" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" pending={pending}>
              Reschedule
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
