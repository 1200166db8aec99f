// Writing the thank-you to someone who accepted, and marking it sent with the next step; or, when the contact is not
// at "Needs a thank-you", why not and what to do instead.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArrowLeft } from "lucide-react";
import { requireUser } from "@/lib/auth/session";
import { contactName, STAGE_LABELS } from "@/lib/contacts/display";
import { todayIn } from "@/lib/dates/calendar";
import { now } from "@/lib/dates/clock";
import { formatAbsolute, formatRelative } from "@/lib/dates/format";
import { templateValues } from "@/lib/invitations/facts";
import { safeReturnPath } from "@/lib/navigation/return-path";
import { canMove } from "@/lib/pipeline/stage";
import { listTemplates } from "@/lib/templates/queries";
import { getThankYouComposer } from "@/lib/thank-you/queries";
import { suggestFollowUpDay } from "@/lib/thank-you/schema";
import { ThankYouComposer } from "@/components/thank-you/thank-you-composer";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ from?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requireUser();
  const composer = await getThankYouComposer(user.id, (await params).id);
  return { title: composer ? `Thank-you to ${contactName(composer.contact)}` : "Contact not found" };
}

export default async function ThankYouPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const { id } = await params;
  const composer = await getThankYouComposer(user.id, id);
  if (!composer) notFound();
  const { contact, encounters, draft } = composer;
  const name = contactName(contact);
  const contactHref = `/contacts/${contact.id}`;
  const check = canMove(contact.stage, "THANKED", { hasThankYou: true });
  const templates = check.ok ? await listTemplates(user.id, "THANK_YOU") : [];
  const today = todayIn(user.timezone, await now());

  return (
    <div className="grid gap-6">
      <header className="grid gap-2">
        <Link href={contactHref} className="inline-flex items-center gap-1 justify-self-start text-sm text-accent underline-offset-4 hover:underline">
          <ArrowLeft aria-hidden="true" className="size-4" />
          {name}
        </Link>
        <h1 className="text-2xl font-semibold tracking-tight break-words">Thank-you to {name}</h1>
        <p className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
          <Badge variant="accent">{STAGE_LABELS[contact.stage]}</Badge>
          {contact.stage === "CONNECTED" && contact.connectedAt && (
            <span>
              Accepted{" "}
              <time dateTime={contact.connectedAt.toISOString()} title={formatAbsolute(contact.connectedAt, user.timezone)}>
                {formatRelative(contact.connectedAt)}
              </time>
            </span>
          )}
        </p>
      </header>

      {check.ok ? (
        <ThankYouComposer
          userId={user.id}
          contact={{ id: contact.id, firstName: contact.firstName, lastName: contact.lastName, company: contact.company, linkedinUrl: contact.linkedinUrl }}
          encounters={encounters}
          draft={draft}
          templates={templates.map((template) => ({ id: template.id, name: template.name, body: template.body }))}
          templateValues={templateValues({ contact, encounters, myName: user.name })}
          today={today}
          suggestedFollowUpOn={suggestFollowUpDay(today)}
          returnTo={safeReturnPath((await searchParams).from, contactHref)}
        />
      ) : (
        <section aria-labelledby="not-yet-heading" className="grid gap-3 rounded-lg border border-border bg-card p-4">
          <h2 id="not-yet-heading" className="font-semibold">
            No thank-you to write yet
          </h2>
          <p>{check.message}</p>
          <div>
            {contact.stage === "PERSONALIZE" || contact.stage === "READY" ? (
              <Button asChild>
                <Link href={`${contactHref}/invite`}>Write invitation</Link>
              </Button>
            ) : (
              <Button asChild variant="outline">
                <Link href={contactHref}>{contact.stage === "SENT" ? `Mark as accepted on ${name}’s page` : `Back to ${name}`}</Link>
              </Button>
            )}
          </div>
        </section>
      )}
    </div>
  );
}
