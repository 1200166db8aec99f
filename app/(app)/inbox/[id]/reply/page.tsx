// Replying to an invitation received, before (or instead of) accepting it: the invitation as received, then the
// composer with REPLY templates and "Mark reply sent", which goes back to the inbox (or where the user came from).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArrowLeft } from "lucide-react";
import { requireUser } from "@/lib/auth/session";
import { contactName } from "@/lib/contacts/display";
import { getReplyComposer } from "@/lib/inbox/reply-queries";
import { templateValues } from "@/lib/invitations/facts";
import { safeReturnPath } from "@/lib/navigation/return-path";
import { listTemplates } from "@/lib/templates/queries";
import { ReplyComposer } from "@/components/inbox/reply-composer";
import { ReplyInvitation } from "@/components/inbox/reply-invitation";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ from?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requireUser();
  const composer = await getReplyComposer(user.id, (await params).id);
  return { title: composer ? `Reply to ${contactName(composer.invitation.contact)}` : "Invitation not found" };
}

export default async function ReplyPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const { id } = await params;
  const [composer, templates] = await Promise.all([getReplyComposer(user.id, id), listTemplates(user.id, "REPLY")]);
  if (!composer) notFound();
  const { invitation, encounters } = composer;
  const { contact } = invitation;
  const name = contactName(contact);
  const returnTo = safeReturnPath((await searchParams).from, "/inbox");

  return (
    <div className="grid gap-6">
      <header className="grid gap-2">
        <Link href={returnTo} className="inline-flex items-center gap-1 justify-self-start text-sm text-accent underline-offset-4 hover:underline">
          <ArrowLeft aria-hidden="true" className="size-4" />
          {returnTo === "/inbox" ? "Inbox" : "Back"}
        </Link>
        <h1 className="text-2xl font-semibold tracking-tight break-words">Reply to {name}</h1>
        <p className="text-sm text-muted-foreground">
          Not sure who they are? Ask before you accept: a reply that asks where you met keeps your network personal.
        </p>
      </header>

      <ReplyInvitation invitation={invitation} contact={contact} timezone={user.timezone} />

      <ReplyComposer
        userId={user.id}
        invitationId={invitation.id}
        contact={{ id: contact.id, firstName: contact.firstName, lastName: contact.lastName, company: contact.company, linkedinUrl: contact.linkedinUrl }}
        encounters={encounters}
        templates={templates.map((template) => ({ id: template.id, name: template.name, body: template.body }))}
        templateValues={templateValues({ contact, encounters, myName: user.name })}
        returnTo={returnTo}
      />
    </div>
  );
}
