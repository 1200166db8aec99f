// Everything Rapport knows about one person.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Download, ExternalLink, GitMerge, Pencil } from "lucide-react";
import { requireUser } from "@/lib/auth/session";
import { getContact, type ContactDetail } from "@/lib/contacts/queries";
import { listActivities } from "@/lib/activities/queries";
import { listContactOptions, listEncounters } from "@/lib/encounters/queries";
import { listEventOptions } from "@/lib/events/queries";
import { listInvitations } from "@/lib/invitations/queries";
import { contactName, STAGE_LABELS } from "@/lib/contacts/display";
import { formatDay, formatDayRelative, todayIn } from "@/lib/dates/calendar";
import { now } from "@/lib/dates/clock";
import { formatAbsolute, formatRelative } from "@/lib/dates/format";
import { STAGES } from "@/lib/pipeline/stage";
import { getContactFollowUps } from "@/lib/followups/queries";
import { ArchiveButton } from "@/components/contacts/archive-button";
import { DeleteContactButton } from "@/components/contacts/delete-contact-button";
import { TagEditor } from "@/components/contacts/tag-editor";
import { Timeline } from "@/components/contacts/timeline";
import { EncounterForm } from "@/components/encounters/encounter-form";
import { EncounterList } from "@/components/encounters/encounter-list";
import { InvitationHistory } from "@/components/invitations/invitation-history";
import { StageActions } from "@/components/pipeline/stage-actions";
import { AddFollowUpButton } from "@/components/followups/add-follow-up-button";
import { ContactFollowUps } from "@/components/followups/contact-follow-ups";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requireUser();
  const contact = await getContact(user.id, (await params).id);
  return { title: contact ? contactName(contact) : "Contact not found" };
}

export default async function ContactPage({ params }: Props) {
  const user = await requireUser();
  const { id } = await params;
  const contact = await getContact(user.id, id);
  if (!contact) notFound();
  const [activities, encounters, eventOptions, contactOptions, invitations, followUps] = await Promise.all([
    listActivities(user.id, id),
    listEncounters(user.id, id),
    listEventOptions(user.id),
    listContactOptions(user.id, id),
    listInvitations(user.id, id),
    getContactFollowUps(user.id, id, user.timezone),
  ]);
  const name = contactName(contact);
  const today = todayIn(user.timezone, await now());
  const work = [contact.title, contact.company].filter(Boolean).join(" at ");

  const details: { label: string; value: React.ReactNode }[] = [
    { label: "Email", value: contact.email && <a href={`mailto:${contact.email}`} className="text-accent hover:underline">{contact.email}</a> },
    { label: "Phone", value: contact.phone && <a href={`tel:${contact.phone}`} className="text-accent hover:underline">{contact.phone}</a> },
    { label: "Company", value: contact.company },
    { label: "Title", value: contact.title },
    {
      label: "LinkedIn URL",
      value: contact.linkedinUrl && (
        <a href={contact.linkedinUrl} target="_blank" rel="noopener noreferrer" className="inline-flex items-center gap-1 break-all text-accent hover:underline">
          {contact.linkedinUrl.replace("https://www.", "")}
          <ExternalLink aria-hidden="true" className="size-3.5 shrink-0" />
          <span className="sr-only">(opens in a new tab)</span>
        </a>
      ),
    },
    { label: "Location", value: contact.location },
  ];

  return (
    <article className="mx-auto grid max-w-3xl gap-6">
      {/* Name above the actions: five buttons beside a long name left the name a word per line. */}
      <header className="flex flex-col gap-4">
        <div className="min-w-0">
          <h1 className="text-2xl font-semibold tracking-tight break-words">{name}</h1>
          {work && <p className="text-muted-foreground">{work}</p>}
          <div className="mt-2 flex flex-wrap items-center gap-2">
            <Badge variant="accent">{STAGE_LABELS[contact.stage]}</Badge>
            {contact.archivedAt && <Badge variant="warning">Archived</Badge>}
          </div>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button asChild variant="outline">
            <Link href={`/contacts/${contact.id}/edit`}>
              <Pencil aria-hidden="true" />
              Edit
            </Link>
          </Button>
          <Button asChild variant="outline">
            <Link href={`/contacts/${contact.id}/merge`}>
              <GitMerge aria-hidden="true" />
              Merge with…
            </Link>
          </Button>
          <Button asChild variant="outline">
            {/* A download, not a page: a plain anchor so Next does not try to route to it. */}
            <a href={`/contacts/${contact.id}/vcard`} download>
              <Download aria-hidden="true" />
              Export vCard
            </a>
          </Button>
          <ArchiveButton contactId={contact.id} name={name} archived={Boolean(contact.archivedAt)} />
          <DeleteContactButton contactId={contact.id} name={name} />
        </div>
      </header>

      <section aria-labelledby="pipeline-heading" className="grid gap-3 rounded-lg border border-border bg-card p-4 sm:p-6">
        <h2 id="pipeline-heading" className="text-sm font-semibold text-muted-foreground">
          Pipeline
        </h2>
        <ol aria-label="Stages" className="flex flex-wrap gap-x-1 gap-y-1 text-sm">
          {STAGES.map((stage, index) => (
            <li key={stage} className="flex items-center gap-1">
              {index > 0 && <span aria-hidden="true" className="text-muted-foreground">→</span>}
              <span
                aria-current={stage === contact.stage ? "step" : undefined}
                className={stage === contact.stage ? "rounded-full bg-accent px-2 py-0.5 font-medium text-accent-foreground" : "px-1 text-muted-foreground"}
              >
                {STAGE_LABELS[stage]}
              </span>
            </li>
          ))}
        </ol>
        <PipelineStatusLine contactId={contact.id} name={name} status={contact} timeZone={user.timezone} today={today} />
        <StageActions contactId={contact.id} stage={contact.stage} firstName={contact.firstName} name={name} today={today} />
      </section>

      <section aria-labelledby="met-heading" className="grid gap-4 rounded-lg border border-border bg-card p-4 sm:p-6">
        <h2 id="met-heading" className="text-sm font-semibold text-muted-foreground">
          How you met
        </h2>
        <EncounterList contactId={contact.id} encounters={encounters} eventOptions={eventOptions} contactOptions={contactOptions} timeZone={user.timezone} />
        <details className="group rounded-md border border-border p-3 open:pb-4">
          <summary className="cursor-pointer text-sm font-medium text-accent">Add how you met</summary>
          <div className="mt-4">
            <EncounterForm contactId={contact.id} eventOptions={eventOptions} contactOptions={contactOptions} timeZone={user.timezone} />
          </div>
        </details>
      </section>

      <section aria-labelledby="invitations-heading" className="rounded-lg border border-border bg-card p-4 sm:p-6">
        <h2 id="invitations-heading" className="mb-3 text-sm font-semibold text-muted-foreground">
          Invitations
        </h2>
        <InvitationHistory invitations={invitations} timeZone={user.timezone} />
      </section>

      <ContactFollowUps contactId={contact.id} name={name} {...followUps} />

      <section aria-labelledby="tags-heading" className="rounded-lg border border-border bg-card p-4 sm:p-6">
        <h2 id="tags-heading" className="mb-3 text-sm font-semibold text-muted-foreground">
          Tags
        </h2>
        <TagEditor contactId={contact.id} tags={contact.tags} />
      </section>

      <section aria-labelledby="details-heading" className="rounded-lg border border-border bg-card p-4 sm:p-6">
        <h2 id="details-heading" className="mb-3 text-sm font-semibold text-muted-foreground">
          Details
        </h2>
        <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[10rem_1fr]">
          {details.map((detail) => (
            <div key={detail.label} className="contents">
              <dt className="text-sm text-muted-foreground">{detail.label}</dt>
              <dd className="min-w-0">{detail.value || <span className="text-muted-foreground">—</span>}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="notes-heading" className="rounded-lg border border-border bg-card p-4 sm:p-6">
        <h2 id="notes-heading" className="mb-3 text-sm font-semibold text-muted-foreground">
          Notes
        </h2>
        {contact.notes ? (
          <p className="whitespace-pre-wrap">{contact.notes}</p>
        ) : (
          <p className="text-muted-foreground">No notes yet. Add what you talked about, so you remember it next time.</p>
        )}
      </section>

      <section aria-labelledby="timeline-heading" className="rounded-lg border border-border bg-card p-4 sm:p-6">
        <h2 id="timeline-heading" className="mb-3 text-sm font-semibold text-muted-foreground">
          Timeline
        </h2>
        <Timeline contactId={contact.id} entries={activities} timeZone={user.timezone} />
      </section>

      <p className="text-sm text-muted-foreground">
        Added <time dateTime={contact.createdAt.toISOString()} title={formatAbsolute(contact.createdAt, user.timezone)}>{formatRelative(contact.createdAt)}</time>
      </p>
    </article>
  );
}

type PipelineStatus = Pick<ContactDetail, "stage" | "stageChangedAt" | "connectedAt" | "nextFollowUpOn" | "followUpNote">;

/** Where the contact stands and since when; for "Thanked", the next follow-up. */
function PipelineStatusLine({ contactId, name, status, timeZone, today }: { contactId: string; name: string; status: PipelineStatus; timeZone: string; today: string }) {
  const since = (date: Date) => (
    <time dateTime={date.toISOString()} title={formatAbsolute(date, timeZone)}>
      {formatRelative(date)}
    </time>
  );
  switch (status.stage) {
    case "PERSONALIZE":
      return <p>Next: write an invitation that says where you met and why you’d like to connect.</p>;
    case "READY":
      return <p>Ready to send: copy the invitation into LinkedIn, then mark it as sent.</p>;
    case "SENT":
      return <p>Invitation sent {since(status.stageChangedAt)}. When they accept it on LinkedIn, mark it as accepted here.</p>;
    case "CONNECTED":
      return <p>Accepted {since(status.connectedAt ?? status.stageChangedAt)}: a thank-you is owed.</p>;
    case "THANKED": {
      const next = status.nextFollowUpOn;
      return (
        <div className="grid gap-1">
          <p>Thanked {since(status.stageChangedAt)}.</p>
          {next ? (
            <p>
              Next follow-up:{" "}
              <time dateTime={next.toISOString().slice(0, 10)} className="font-medium">
                {formatDay(next)}
              </time>{" "}
              <span className="text-muted-foreground">({formatDayRelative(next, today)})</span>
              {status.followUpNote && <> · {status.followUpNote}</>}
            </p>
          ) : (
            <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
              <p className="text-muted-foreground">No follow-up scheduled.</p>
              <AddFollowUpButton contactId={contactId} name={name} today={today} />
            </div>
          )}
        </div>
      );
    }
  }
}
