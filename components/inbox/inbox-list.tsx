// The received invitations, newest first: who (linking to their page), when, the class, the message, what Rapport
// knows about them, and what to do.
import Link from "next/link";
import { contactName } from "@/lib/contacts/display";
import { formatAbsolute, formatRelative } from "@/lib/dates/format";
import type { InboxItem } from "@/lib/inbox/queries";
import { ReceivedBadges } from "@/components/inbox/received-badges";
import { InvitationActions } from "@/components/inbox/invitation-actions";
import { SenderContext } from "@/components/inbox/sender-context";

export function InboxList({ items, timeZone, now }: { items: InboxItem[]; timeZone: string; now: Date }) {
  return (
    <ul aria-label="Invitations received" className="grid gap-3">
      {items.map((item) => {
        const name = contactName(item.sender) || "(no name)";
        return (
          <li key={item.id} className="grid min-w-0 gap-3 rounded-lg border border-border bg-card p-4">
            <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
              <p className="min-w-0 font-medium break-words">
                <Link href={`/contacts/${item.sender.id}`} className="hover:underline">
                  {name}
                </Link>
              </p>
              <p className="text-sm text-muted-foreground">
                <time dateTime={item.receivedAt.toISOString()} title={formatAbsolute(item.receivedAt, timeZone)}>
                  {formatRelative(item.receivedAt, now)}
                </time>
              </p>
            </div>
            <ReceivedBadges kind={item.kind} status={item.status} />
            {item.message ? (
              <p className="text-sm break-words whitespace-pre-line">{item.message}</p>
            ) : (
              <p className="text-sm text-muted-foreground italic">No message — LinkedIn&apos;s default</p>
            )}
            <SenderContext sender={item.sender} timeZone={timeZone} />
            <InvitationActions invitationId={item.id} status={item.status} name={name} />
          </li>
        );
      })}
    </ul>
  );
}
