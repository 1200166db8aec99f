"use client";
// The step after sending the thank-you: when to follow up and what the next step is (or no follow-up), then the
// contact moves to "Thanked" and the user goes back where they came from.
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { markThankYouSentAction, type ThankYouResult } from "@/lib/thank-you/actions";
import { MAX_NEXT_STEP_LENGTH, thankYouInput, type ThankYouValues } from "@/lib/thank-you/schema";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toast";

type FieldErrors = NonNullable<Extract<ThankYouResult, { ok: false }>["fieldErrors"]>;

type Props = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  contactId: string;
  firstName: string;
  message: string;
  /** What the coach still flags as errors (an unfilled placeholder): shown, but the user may go ahead. */
  problems: string[];
  today: string;
  suggestedFollowUpOn: string;
  returnTo: string;
  onSent: () => void;
};

const UNREACHABLE = "Could not reach Rapport. Check your connection and try again.";

export function MarkThankedDialog({ open, onOpenChange, contactId, firstName, message, problems, today, suggestedFollowUpOn, returnTo, onSent }: Props) {
  const router = useRouter();
  const [followUpOn, setFollowUpOn] = useState(suggestedFollowUpOn);
  const [nextStep, setNextStep] = useState("");
  const [noFollowUp, setNoFollowUp] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values: ThankYouValues = { message, noFollowUp, followUpOn, nextStep };
    // The same rules as the server, for an answer before the round trip.
    const checked = thankYouInput(today).safeParse(values);
    if (!checked.success) {
      const fieldErrors: FieldErrors = {};
      for (const issue of checked.error.issues) {
        const key = issue.path[0] as keyof ThankYouValues;
        fieldErrors[key] = [...(fieldErrors[key] ?? []), issue.message];
      }
      setErrors(fieldErrors);
      setFailure(fieldErrors.message?.[0] ?? null);
      return;
    }
    setErrors({});
    setFailure(null);
    startTransition(async () => {
      let result: ThankYouResult;
      try {
        result = await markThankYouSentAction(contactId, values);
      } catch {
        result = { ok: false, message: UNREACHABLE };
      }
      if (result.ok) {
        onSent();
        toast({ title: "Thank-you sent" });
        router.push(returnTo);
        return;
      }
      setErrors(result.fieldErrors ?? {});
      setFailure(result.fieldErrors?.followUpOn || result.fieldErrors?.nextStep ? null : result.message);
    });
  }

  return (
    <Dialog open={open} onOpenChange={(next) => !pending && onOpenChange(next)}>
      <DialogContent>
        <form onSubmit={submit} noValidate className="grid gap-4">
          <DialogHeader>
            <DialogTitle>Mark thank-you sent</DialogTitle>
            <DialogDescription>
              {firstName ? `${firstName} moves to “Thanked”.` : "They move to “Thanked”."} When should you get back in touch, and about what?
            </DialogDescription>
          </DialogHeader>
          {problems.length > 0 && (
            <div className="rounded-md border border-warning/40 bg-warning/10 px-3 py-2 text-sm">
              <p className="font-medium">The coach still sees:</p>
              <ul className="list-disc pl-5">
                {problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </div>
          )}
          <Field label="Follow up on" error={noFollowUp ? undefined : errors.followUpOn?.[0]} description="Suggested: two weeks from today.">
            <Input type="date" name="followUpOn" min={today} value={followUpOn} disabled={noFollowUp} onChange={(event) => setFollowUpOn(event.target.value)} />
          </Field>
          <Field label="Next step" error={noFollowUp ? undefined : errors.nextStep?.[0]}>
            <Input
              name="nextStep"
              maxLength={MAX_NEXT_STEP_LENGTH}
              value={nextStep}
              disabled={noFollowUp}
              placeholder="Coffee to talk about their hiring"
              onChange={(event) => setNextStep(event.target.value)}
            />
          </Field>
          <label className="flex min-h-11 items-center gap-2 text-sm">
            <input type="checkbox" name="noFollowUp" className="size-4 accent-accent" checked={noFollowUp} onChange={(event) => setNoFollowUp(event.target.checked)} />
            No follow-up: nothing is scheduled
          </label>
          {failure && (
            <p role="alert" className="text-sm text-destructive">
              {failure}
            </p>
          )}
          <DialogFooter>
            <DialogClose asChild>
              <Button type="button" variant="outline" disabled={pending}>
                Keep editing
              </Button>
            </DialogClose>
            <Button type="submit" pending={pending}>
              Mark thank-you sent
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
