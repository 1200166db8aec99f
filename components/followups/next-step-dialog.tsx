"use client";
// After "Done": asks for the next step with that person, "Follow up on" two weeks later, or "No next step". "Undo"
// takes the "Done" back from here; closed without a next step, the toast saying it is done offers "Undo" too, shown
// then rather than at "Done" so that it has not timed out behind the dialog.
import { formatDay, parseDay } from "@/lib/dates/calendar";
import { FollowUpForm } from "@/components/followups/follow-up-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { toast } from "@/components/ui/toast";

/** What a completed follow-up leaves to ask: whose, the suggested day ("YYYY-MM-DD"), and the cadence's next day. */
export type NextStep = { contactId: string; name: string; suggestedOn: string; cadenceDueOn: string | null; undo: () => void };

export function NextStepDialog({ next, onClose }: { next: NextStep | null; onClose: () => void }) {
  return (
    <Dialog
      open={next !== null}
      onOpenChange={(open) => {
        if (open || !next) return;
        toast({ title: `Follow-up with ${next.name} done.`, action: { label: "Undo", onClick: next.undo }, duration: 8000 });
        onClose();
      }}
    >
      <DialogContent>
        {next && (
          <>
            <DialogHeader>
              <DialogTitle>What’s next with {next.name}?</DialogTitle>
              <DialogDescription>
                {next.cadenceDueOn
                  ? `You stay in touch on a schedule: the next reminder is on ${formatDay(parseDay(next.cadenceDueOn)!)}. Add another step if there is one.`
                  : "Plan the next step while it is fresh, or leave it for now."}
              </DialogDescription>
            </DialogHeader>
            <FollowUpForm
              contactId={next.contactId}
              defaultDueOn={next.suggestedOn}
              submitLabel="Save next step"
              onSaved={() => {
                toast({ title: `Next step with ${next.name} saved.` });
                onClose();
              }}
              secondary={
                <>
                  <Button
                    type="button"
                    variant="ghost"
                    aria-label={`Undo: the follow-up with ${next.name} is not done`}
                    onClick={() => {
                      next.undo();
                      onClose();
                    }}
                  >
                    Undo
                  </Button>
                  <DialogClose asChild>
                    <Button type="button" variant="outline">
                      No next step
                    </Button>
                  </DialogClose>
                </>
              }
            />
          </>
        )}
      </DialogContent>
    </Dialog>
  );
}
