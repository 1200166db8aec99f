// The invitation being replied to, as received: who sent it, when, how personal it was and what it said.
import { contactName } from "@/lib/contacts/display";
import { formatAbsolute, formatRelative } from "@/lib/dates/format";
import type { InvitationStatus } from "@/lib/generated/prisma/enums";
import { ReceivedBadges } from "@/components/inbox/received-badges";

type Props = {
  invitation: { message: string; status: InvitationStatus; sentAt: Date | null; flags: string[] };
  contact: { firstName: string; lastName: string; title: string | null; company: string | null };
  timezone: string;
};

export function ReplyInvitation({ invitation, contact, timezone }: Props) {
  const role = [contact.title, contact.company].map((part) => part?.trim()).filter(Boolean).join(" at ");
  const text = invitation.message.trim();
  return (
    <section aria-labelledby="their-invitation-heading" className="grid gap-3 rounded-lg border border-border bg-card p-4">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="their-invitation-heading" className="text-sm font-semibold">
          Their invitation
        </h2>
        {/* flags[0] is the class the coach gave the message when it was received (classifyReceived). */}
        <ReceivedBadges kind={invitation.flags[0]} status={invitation.status} />
      </div>
      <dl className="grid gap-1 text-sm sm:grid-cols-[auto_1fr] sm:gap-x-4">
        <dt className="text-muted-foreground">From</dt>
        <dd className="break-words">
          {contactName(contact)}
          {role && <span className="text-muted-foreground"> · {role}</span>}
        </dd>
        <dt className="text-muted-foreground">Received on</dt>
        <dd>
          {invitation.sentAt ? (
            <time dateTime={invitation.sentAt.toISOString()} title={formatAbsolute(invitation.sentAt, timezone)}>
              {formatAbsolute(invitation.sentAt, timezone)} ({formatRelative(invitation.sentAt)})
            </time>
          ) : (
            "Not known"
          )}
        </dd>
      </dl>
      {text ? (
        <blockquote className="border-l-2 border-border pl-3 text-sm whitespace-pre-wrap break-words">{text}</blockquote>
      ) : (
        <p className="text-sm text-muted-foreground">No message: LinkedIn’s invitation without a note. Asking where you met is a good start.</p>
      )}
    </section>
  );
}
