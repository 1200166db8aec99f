// Everything Rapport knows about one person.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ExternalLink, Pencil } from "lucide-react";
import { requireUser } from "@/lib/auth/session";
import { getContact } from "@/lib/contacts/queries";
import { contactName, STAGE_LABELS } from "@/lib/contacts/display";
import { formatAbsolute, formatRelative } from "@/lib/dates/format";
import { DeleteContactButton } from "@/components/contacts/delete-contact-button";
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
  const name = contactName(contact);
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
      <header className="flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <h1 className="text-2xl font-semibold tracking-tight break-words">{name}</h1>
          {work && <p className="text-muted-foreground">{work}</p>}
          <div className="mt-2 flex flex-wrap items-center gap-2">
            <Badge variant="accent">{STAGE_LABELS[contact.stage]}</Badge>
            {contact.tags.map((tag) => (
              <Badge key={tag}>
                {tag}
              </Badge>
            ))}
          </div>
        </div>
        <div className="flex shrink-0 gap-2">
          <Button asChild variant="outline">
            <Link href={`/contacts/${contact.id}/edit`}>
              <Pencil aria-hidden="true" />
              Edit
            </Link>
          </Button>
          <DeleteContactButton contactId={contact.id} name={name} />
        </div>
      </header>

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

      <p className="text-sm text-muted-foreground">
        Added <time dateTime={contact.createdAt.toISOString()} title={formatAbsolute(contact.createdAt, user.timezone)}>{formatRelative(contact.createdAt)}</time>
      </p>
    </article>
  );
}
