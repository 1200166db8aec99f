"use client";
// What can be done with one received invitation: "Reply" (its own page), "Accept" (they land in "Needs a
// thank-you") and "Ignore" (out of the inbox, with "Undo" in the toast that says so).
import { useTransition } from "react";
import Link from "next/link";
import { Check, EyeOff, MessageSquareReply } from "lucide-react";
import { acceptInvitationAction, ignoreInvitationAction, undoIgnoreInvitationAction } from "@/lib/inbox/actions";
import type { InboxStatus, RestorableStatus } from "@/lib/inbox/schema";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";

const OFFLINE = "Could not reach Rapport. Check your connection and try again.";

type Props = { invitationId: string; status: InboxStatus; name: string };

async function undoIgnore(invitationId: string, previous: RestorableStatus, name: string) {
  try {
    const result = await undoIgnoreInvitationAction(invitationId, previous);
    toast(result.ok ? { title: `${name}'s invitation is back in your inbox.` } : { title: result.message, variant: "destructive" });
  } catch {
    toast({ title: OFFLINE, variant: "destructive" });
  }
}

export function InvitationActions({ invitationId, status, name }: Props) {
  const [accepting, startAccepting] = useTransition();
  const [ignoring, startIgnoring] = useTransition();
  const busy = accepting || ignoring;

  function accept() {
    startAccepting(async () => {
      try {
        const result = await acceptInvitationAction(invitationId);
        if (!result.ok) toast({ title: result.message, variant: "destructive" });
        else toast({ title: result.owesThankYou ? `Accepted: ${result.name || name} is in “Needs a thank-you”.` : `Accepted ${result.name || name}'s invitation.` });
      } catch {
        toast({ title: OFFLINE, variant: "destructive" });
      }
    });
  }

  function ignore() {
    startIgnoring(async () => {
      try {
        const result = await ignoreInvitationAction(invitationId);
        if (!result.ok) {
          toast({ title: result.message, variant: "destructive" });
          return;
        }
        toast({ title: `Ignored ${name}'s invitation.`, action: { label: "Undo", onClick: () => void undoIgnore(invitationId, result.previous, name) } });
      } catch {
        toast({ title: OFFLINE, variant: "destructive" });
      }
    });
  }

  const open = status === "NEW" || status === "REPLIED";
  return (
    <div className="grid grid-cols-3 gap-2 sm:flex sm:flex-wrap sm:justify-end">
      {status !== "ACCEPTED" && (
        <Button asChild variant="outline" className="px-2 sm:px-4">
          <Link href={`/inbox/${invitationId}/reply`}>
            <MessageSquareReply aria-hidden="true" />
            Reply<span className="sr-only"> to {name}</span>
          </Link>
        </Button>
      )}
      {status !== "ACCEPTED" && (
        <Button onClick={accept} pending={accepting} disabled={busy} className="px-2 sm:px-4">
          {!accepting && <Check aria-hidden="true" />}
          Accept<span className="sr-only"> {name}&apos;s invitation</span>
        </Button>
      )}
      {open && (
        <Button variant="outline" onClick={ignore} pending={ignoring} disabled={busy} className="px-2 sm:px-4">
          {!ignoring && <EyeOff aria-hidden="true" />}
          Ignore<span className="sr-only"> {name}&apos;s invitation</span>
        </Button>
      )}
    </div>
  );
}
