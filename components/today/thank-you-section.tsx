// "Needs a thank-you": everyone who accepted and has not been thanked yet, oldest acceptance first.
import Link from "next/link";
import { Heart } from "lucide-react";
import { contactName } from "@/lib/contacts/display";
import { formatDay, parseDay, todayIn } from "@/lib/dates/calendar";
import { formatAbsolute } from "@/lib/dates/format";
import type { ThankYouOwed } from "@/lib/today/queries";
import { waitingLabel } from "@/lib/today/wording";
import { TodayItem } from "@/components/today/today-item";
import { TodayEmpty, TodaySection } from "@/components/today/today-section";
import { Button } from "@/components/ui/button";

export function ThankYouSection({ contacts, timeZone }: { contacts: ThankYouOwed[]; timeZone: string }) {
  return (
    <TodaySection id="thank-you-heading" title="Needs a thank-you" count={contacts.length}>
      {contacts.length === 0 ? (
        <TodayEmpty
          action={
            <Button asChild variant="outline" size="sm">
              <Link href="/pipeline">Open the pipeline</Link>
            </Button>
          }
        >
          No thank-yous owed. When someone accepts your invitation, they appear here so you can thank them while it is fresh.
        </TodayEmpty>
      ) : (
        <ul aria-label="Needs a thank-you" className="grid gap-3">
          {contacts.map((contact) => {
            const name = contactName(contact) || "(no name)";
            return (
              <TodayItem
                key={contact.id}
                contactId={contact.id}
                name={name}
                details={
                  <>
                    {contact.company && <span>{contact.company} · </span>}
                    Accepted{" "}
                    <time dateTime={contact.acceptedAt.toISOString()} title={formatAbsolute(contact.acceptedAt, timeZone)}>
                      {formatDay(parseDay(todayIn(timeZone, contact.acceptedAt))!)}
                    </time>{" "}
                    · {waitingLabel(contact.daysWaiting)}
                  </>
                }
                actions={
                  <Button asChild className="w-full sm:w-auto">
                    <Link href={`/contacts/${contact.id}/thank?from=/today`}>
                      <Heart aria-hidden="true" />
                      Write thank-you<span className="sr-only"> to {name}</span>
                    </Link>
                  </Button>
                }
              />
            );
          })}
        </ul>
      )}
    </TodaySection>
  );
}
