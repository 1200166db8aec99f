// How a received invitation is shown at a glance: its class ("Default", "Greeting only", "Personal") and, once
// answered, its status. The inbox list and the reply page show the same badges.
import type { ReceivedKind } from "@/lib/invitations/assess";
import type { InvitationStatus } from "@/lib/generated/prisma/enums";
import { CLASS_LABELS, INBOX_STATUSES, RECEIVED_CLASSES, STATUS_LABELS } from "@/lib/inbox/schema";
import { Badge, type BadgeProps } from "@/components/ui/badge";

const CLASS_VARIANTS: Record<ReceivedKind, BadgeProps["variant"]> = { default: "warning", greeting_only: "default", customized: "success" };

/** `kind` is the invitation's stored flag; anything else (an unclassified row) shows no class badge. */
export function ReceivedBadges({ kind, status }: { kind: string | undefined; status: InvitationStatus }) {
  const known = RECEIVED_CLASSES.find((value) => value === kind);
  const answered = INBOX_STATUSES.find((value) => value === status && value !== "NEW");
  return (
    <div className="flex flex-wrap gap-2">
      {known && <Badge variant={CLASS_VARIANTS[known]}>{CLASS_LABELS[known]}</Badge>}
      {answered && <Badge variant="outline">{STATUS_LABELS[answered]}</Badge>}
    </div>
  );
}
