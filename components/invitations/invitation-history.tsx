// A contact's invitations, newest first: each with its status, when, the message as sent and the coach's score.
import Link from "next/link";
import { Mail } from "lucide-react";
import { scoreLabel } from "@/lib/invitations/assess";
import { formatAbsolute, formatRelative } from "@/lib/dates/format";
import type { InvitationStatus } from "@/lib/generated/prisma/enums";
import { Badge, type BadgeProps } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export type InvitationHistoryEntry = {
  id: string;
  direction: "OUTGOING" | "INCOMING";
  status: InvitationStatus;
  message: string;
  score: number;
  sentAt: Date | null;
  createdAt: Date;
};

const STATUS: Record<InvitationStatus, { label: string; variant: BadgeProps["variant"] }> = {
  DRAFT: { label: "Draft", variant: "default" },
  SENT: { label: "Sent", variant: "accent" },
  ACCEPTED: { label: "Accepted", variant: "success" },
  DECLINED: { label: "Declined", variant: "warning" },
  WITHDRAWN: { label: "Withdrawn", variant: "default" },
  NEW: { label: "New", variant: "accent" },
  REPLIED: { label: "Replied", variant: "success" },
  IGNORED: { label: "Ignored", variant: "default" },
};

type Props = {
  invitations: InvitationHistoryEntry[];
  timeZone: string;
  /** Where "Write invitation" leads from the empty state; left out where the composer is already on screen. */
  composeHref?: string;
};

export function InvitationHistory({ invitations, timeZone, composeHref }: Props) {
  if (invitations.length === 0) {
    return (
      <EmptyState
        icon={<Mail aria-hidden="true" />}
        title="No invitations yet"
        description="Write one that says where you met and why you’d like to connect: the coach checks it as you type."
        action={
          composeHref && (
            <Button asChild variant="outline">
              <Link href={composeHref}>Write invitation</Link>
            </Button>
          )
        }
      />
    );
  }
  return (
    <ol className="grid gap-3">
      {invitations.map((invitation) => {
        const status = STATUS[invitation.status];
        const when = invitation.sentAt ?? invitation.createdAt;
        return (
          <li key={invitation.id} className="grid gap-2 rounded-lg border border-border p-4">
            <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
              <span className="font-medium">{invitation.direction === "INCOMING" ? "Received" : "Sent by you"}</span>
              <Badge variant={status.variant}>{status.label}</Badge>
              <time className="text-muted-foreground" dateTime={when.toISOString()} title={formatAbsolute(when, timeZone)}>
                {formatRelative(when)}
              </time>
            </p>
            {invitation.message ? (
              <p className="text-sm break-words whitespace-pre-wrap">{invitation.message}</p>
            ) : (
              <p className="text-sm text-muted-foreground">No note.</p>
            )}
            <p className="text-sm text-muted-foreground">
              Coach score: {invitation.score}/100 · {scoreLabel(invitation.score)}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
