"use client";
// The contact page's follow-ups: the open next steps (Done, Snooze, Reschedule), a form to add one, and the
// "Stay in touch" cadence, a reminder every N weeks after the last interaction that every new interaction moves.
import { useId, useOptimistic, useState, useTransition } from "react";
import { CalendarClock } from "lucide-react";
import { setStayInTouchAction } from "@/lib/followups/actions";
import type { OpenFollowUp } from "@/lib/followups/queries";
import { NEXT_STEP_AFTER_DAYS, STAY_IN_TOUCH_OPTIONS } from "@/lib/followups/schema";
import { addDays, formatDay, parseDay, toDayString } from "@/lib/dates/calendar";
import { dueLabel } from "@/lib/today/wording";
import { FollowUpActions } from "@/components/followups/follow-up-actions";
import { FollowUpForm } from "@/components/followups/follow-up-form";
import { NextStepDialog, type NextStep } from "@/components/followups/next-step-dialog";
import { Badge } from "@/components/ui/badge";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { toast } from "@/components/ui/toast";

type Props = {
  contactId: string;
  /** The contact's name as shown on the page. */
  name: string;
  followUps: OpenFollowUp[];
  stayInTouchWeeks: number | null;
  /** The user's today ("YYYY-MM-DD"), from the server's clock. */
  today: string;
};

export function ContactFollowUps({ contactId, name, followUps, stayInTouchWeeks, today }: Props) {
  const headingId = useId();
  const [next, setNext] = useState<NextStep | null>(null);
  // The add form remounts after a save, so it closes and starts again from its defaults.
  const [added, setAdded] = useState(0);

  return (
    <section aria-labelledby={headingId} className="grid gap-4 rounded-lg border border-border bg-card p-4 sm:p-6">
      <h2 id={headingId} className="text-sm font-semibold text-muted-foreground">
        Follow-ups
      </h2>
      {followUps.length === 0 ? (
        <p className="text-sm text-muted-foreground">No next step planned. Add one below, or choose how often to stay in touch.</p>
      ) : (
        <ul aria-label={`Follow-ups with ${name}`} className="grid gap-3">
          {followUps.map((followUp) => {
            const overdue = toDayString(followUp.dueOn) < today;
            return (
              <li key={followUp.id} className="grid gap-3 rounded-lg border border-border p-4 sm:grid-cols-[1fr_auto] sm:items-center">
                <div className="min-w-0">
                  <p className="flex flex-wrap items-center gap-2 text-sm">
                    <time dateTime={toDayString(followUp.dueOn)} title={formatDay(followUp.dueOn)} className={overdue ? "font-medium text-destructive" : "text-muted-foreground"}>
                      {dueLabel(followUp.dueOn, today)}
                    </time>
                    {followUp.fromCadence && <Badge>Stay in touch</Badge>}
                  </p>
                  <p className="break-words">{followUp.note || "Follow up"}</p>
                </div>
                <FollowUpActions followUp={followUp} contact={{ id: contactId, name }} onDone={setNext} />
              </li>
            );
          })}
        </ul>
      )}
      <details key={added} className="rounded-md border border-border p-3 open:pb-4">
        <summary className="cursor-pointer text-sm font-medium text-accent">Add a follow-up</summary>
        <div className="mt-4">
          <FollowUpForm
            contactId={contactId}
            defaultDueOn={addDays(today, NEXT_STEP_AFTER_DAYS)}
            submitLabel="Add follow-up"
            onSaved={() => {
              toast({ title: `Follow-up with ${name} added.` });
              setAdded((count) => count + 1);
            }}
          />
        </div>
      </details>
      <StayInTouch contactId={contactId} name={name} weeks={stayInTouchWeeks} />
      <NextStepDialog next={next} onClose={() => setNext(null)} />
    </section>
  );
}

function StayInTouch({ contactId, name, weeks }: { contactId: string; name: string; weeks: number | null }) {
  const [pending, startTransition] = useTransition();
  // Shows the choice at once; the saved value comes back with the page once the action is done.
  const [value, setValue] = useOptimistic(weeks === null ? "" : String(weeks));

  function change(choice: string) {
    startTransition(async () => {
      setValue(choice);
      try {
        const result = await setStayInTouchAction(contactId, choice);
        if (!result.ok) toast({ title: result.message, variant: "destructive" });
        else if (result.dueOn) toast({ title: `You’ll be reminded to get in touch with ${name} on ${formatDay(parseDay(result.dueOn)!)}.` });
        else toast({ title: "Stay in touch is off." });
      } catch {
        toast({ title: "Could not reach Rapport. Check your connection and try again.", variant: "destructive" });
      }
    });
  }

  return (
    <div className="grid gap-2 sm:max-w-sm">
      <Field label="Stay in touch" description="A reminder that many weeks after you were last in touch; every interaction moves it.">
        <Select value={value} onChange={(event) => change(event.target.value)} aria-busy={pending || undefined}>
          {STAY_IN_TOUCH_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </Select>
      </Field>
      {pending && (
        <p role="status" className="flex items-center gap-1.5 text-sm text-muted-foreground">
          <CalendarClock aria-hidden="true" className="size-4" />
          Saving…
        </p>
      )}
    </div>
  );
}
