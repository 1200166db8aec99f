// Writing the invitation to one contact, or (once it is sent) what was sent.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArrowLeft } from "lucide-react";
import { requireUser } from "@/lib/auth/session";
import { contactName, STAGE_LABELS } from "@/lib/contacts/display";
import { formatAbsolute, formatRelative } from "@/lib/dates/format";
import { templateValues } from "@/lib/invitations/facts";
import { getComposer, listInvitations } from "@/lib/invitations/queries";
import { canMove } from "@/lib/pipeline/stage";
import { listTemplates } from "@/lib/templates/queries";
import { InvitationHistory } from "@/components/invitations/invitation-history";
import { InviteComposer } from "@/components/invitations/invite-composer";
import { Badge } from "@/components/ui/badge";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requireUser();
  const composer = await getComposer(user.id, (await params).id);
  return { title: composer ? `Invitation to ${contactName(composer.contact)}` : "Contact not found" };
}

export default async function InvitePage({ params }: Props) {
  const user = await requireUser();
  const { id } = await params;
  const composer = await getComposer(user.id, id);
  if (!composer) notFound();
  const { contact, encounters, draft, lastSentAt } = composer;
  const name = contactName(contact);
  const canSend = canMove(contact.stage, "SENT", { hasInvitation: true }).ok;
  const [invitations, templates] = await Promise.all([
    listInvitations(user.id, id),
    canSend ? listTemplates(user.id, "INVITATION") : Promise.resolve([]),
  ]);

  return (
    <div className="grid gap-6">
      <header className="grid gap-2">
        <Link href={`/contacts/${contact.id}`} className="inline-flex items-center gap-1 justify-self-start text-sm text-accent underline-offset-4 hover:underline">
          <ArrowLeft aria-hidden="true" className="size-4" />
          {name}
        </Link>
        <h1 className="text-2xl font-semibold tracking-tight break-words">Invitation to {name}</h1>
        <div>
          <Badge variant="accent">{STAGE_LABELS[contact.stage]}</Badge>
        </div>
      </header>

      {canSend ? (
        <InviteComposer
          userId={user.id}
          contact={{ id: contact.id, firstName: contact.firstName, lastName: contact.lastName, company: contact.company, linkedinUrl: contact.linkedinUrl }}
          encounters={encounters}
          noteLimit={user.inviteNoteLimit}
          draft={draft && { message: draft.message, claim: draft.relationshipClaim, updatedAt: draft.updatedAt }}
          templates={templates.map((template) => ({ id: template.id, name: template.name, body: template.body }))}
          templateValues={templateValues({ contact, encounters, myName: user.name })}
        />
      ) : (
        <p className="rounded-lg border border-border bg-card p-4">
          {lastSentAt ? (
            <>
              You marked your invitation to {name} as sent{" "}
              <time dateTime={lastSentAt.toISOString()} title={formatAbsolute(lastSentAt, user.timezone)}>
                {formatRelative(lastSentAt)}
              </time>
              . There is nothing more to send: what you sent is below.
            </>
          ) : (
            <>
              {name} is already at “{STAGE_LABELS[contact.stage]}”: there is no invitation left to send.
            </>
          )}
        </p>
      )}

      {(!canSend || invitations.length > 0) && (
        <section aria-labelledby="history-heading" className="grid gap-3">
          <h2 id="history-heading" className="text-sm font-semibold text-muted-foreground">
            Invitations
          </h2>
          <InvitationHistory invitations={invitations} timeZone={user.timezone} />
        </section>
      )}
    </div>
  );
}
