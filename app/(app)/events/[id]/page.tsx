// One event: its details, everyone met there, and who of them has not been sent an invitation yet.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ExternalLink, Pencil, UserPlus, UsersRound } from "lucide-react";
import { requireUser } from "@/lib/auth/session";
import { getEvent, listEventPeople } from "@/lib/events/queries";
import { formatDay, formatDayRelative, todayIn, toDayString } from "@/lib/dates/calendar";
import { DeleteEventButton } from "@/components/events/delete-event-button";
import { EventPeople } from "@/components/events/event-people";
import { peopleLabel } from "@/components/events/event-list";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requireUser();
  const event = await getEvent(user.id, (await params).id);
  return { title: event ? event.name : "Event not found" };
}

export default async function EventPage({ params }: Props) {
  const user = await requireUser();
  const { id } = await params;
  const event = await getEvent(user.id, id);
  if (!event) notFound();
  const people = await listEventPeople(user.id, event.id);
  const notInvited = people.filter((person) => person.notInvitedYet);
  const captureHref = `/capture?event=${event.id}`;

  return (
    <article className="mx-auto grid max-w-3xl gap-6">
      <header className="flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <h1 className="text-2xl font-semibold tracking-tight break-words">{event.name}</h1>
          <p className="text-muted-foreground">
            <time dateTime={toDayString(event.startsOn)} title={formatDayRelative(event.startsOn, todayIn(user.timezone))}>
              {formatDay(event.startsOn)}
            </time>
            {event.location && ` · ${event.location}`}
          </p>
        </div>
        <div className="flex shrink-0 flex-wrap gap-2">
          <Button asChild variant="outline">
            <Link href={`/events/${event.id}/edit`}>
              <Pencil aria-hidden="true" />
              Edit
            </Link>
          </Button>
          <DeleteEventButton eventId={event.id} name={event.name} peopleCount={people.length} />
        </div>
      </header>

      {(event.url || event.notes) && (
        <section aria-labelledby="about-heading" className="grid gap-3 rounded-lg border border-border bg-card p-4 sm:p-6">
          <h2 id="about-heading" className="text-sm font-semibold text-muted-foreground">
            About
          </h2>
          {event.url && (
            <a href={event.url} target="_blank" rel="noopener noreferrer" className="inline-flex items-center gap-1 break-all text-accent hover:underline">
              {event.url.replace(/^https?:\/\//, "")}
              <ExternalLink aria-hidden="true" className="size-3.5 shrink-0" />
              <span className="sr-only">(opens in a new tab)</span>
            </a>
          )}
          {event.notes && <p className="break-words whitespace-pre-wrap">{event.notes}</p>}
        </section>
      )}

      {people.length === 0 ? (
        <EmptyState
          icon={<UsersRound aria-hidden="true" />}
          title="No one met here yet"
          description="Met someone here? Capture them in ten seconds: a name and a line about what you talked about."
          action={
            <Button asChild>
              <Link href={captureHref}>Capture people</Link>
            </Button>
          }
        />
      ) : (
        <>
          <section aria-labelledby="not-invited-heading" className="grid gap-3">
            <div>
              <h2 id="not-invited-heading" className="text-lg font-semibold">
                Not invited yet
              </h2>
              <p className="text-sm text-muted-foreground">People you met here who have not been sent an invitation.</p>
            </div>
            {notInvited.length > 0 ? (
              <EventPeople people={notInvited} />
            ) : (
              <p className="text-sm text-muted-foreground">Everyone you met here has been sent an invitation.</p>
            )}
          </section>

          <section aria-labelledby="people-heading" className="grid gap-3">
            <div className="flex items-center justify-between gap-4">
              <div>
                <h2 id="people-heading" className="text-lg font-semibold">
                  People you met
                </h2>
                <p className="text-sm text-muted-foreground">{peopleLabel(people.length)}</p>
              </div>
              <Button asChild variant="outline">
                <Link href={captureHref}>
                  <UserPlus aria-hidden="true" />
                  Capture people
                </Link>
              </Button>
            </div>
            <EventPeople people={people} />
          </section>
        </>
      )}
    </article>
  );
}
