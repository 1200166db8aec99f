"use client";
// The next actions on an invitation that has waited three weeks: they accepted after all ("Mark as accepted", on the
// day they did, which moves them to "Needs a thank-you"), or withdraw it, which sends them back to "Ready to send".
import { useState } from "react";
import { moveContactAction } from "@/lib/pipeline/actions";
import { MarkAcceptedDialog } from "@/components/pipeline/mark-accepted-dialog";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { toast } from "@/components/ui/toast";

export function WaitingActions({ contactId, name, today }: { contactId: string; name: string; today: string }) {
  const [withdrawing, setWithdrawing] = useState(false);

  async function accept(day: string) {
    const result = await moveContactAction(contactId, "CONNECTED", day);
    if (!result.ok) return result.message;
    toast({ title: `${name} accepted. Time for a thank-you.` });
  }

  return (
    <div className="grid grid-cols-2 gap-2 sm:flex sm:justify-end">
      <MarkAcceptedDialog name={name} today={today} onAccept={accept} trigger={<Button aria-label={`Mark as accepted: ${name}`}>Mark as accepted</Button>} />
      <ConfirmDialog
        open={withdrawing}
        onOpenChange={setWithdrawing}
        trigger={
          <Button variant="outline" aria-label={`Withdraw: ${name}`}>
            Withdraw
          </Button>
        }
        title={`Withdraw the invitation to ${name}?`}
        description="Withdraw it on LinkedIn too. LinkedIn lets you invite them again only three weeks later; Rapport keeps them in “Ready to send” for then."
        cancelLabel="Keep waiting"
        confirmLabel="Withdraw"
        onConfirm={async () => {
          const result = await moveContactAction(contactId, "READY");
          if (!result.ok) return result.message;
          setWithdrawing(false);
          toast({ title: `Invitation to ${name} withdrawn.` });
        }}
      />
    </div>
  );
}
