// "Met recently, not invited yet": people met in the last two weeks who are still in Personalize or Ready to send.
import Link from "next/link";
import { Send } from "lucide-react";
import { contactName } from "@/lib/contacts/display";
import { formatDay, formatDayRelative, toDayString } from "@/lib/dates/calendar";
import { ENCOUNTER_KIND_LABELS } from "@/lib/encounters/schema";
import type { MetRecently } from "@/lib/today/queries";
import { TodayItem } from "@/components/today/today-item";
import { TodayEmpty, TodaySection } from "@/components/today/today-section";
import { Button } from "@/components/ui/button";

export function MetRecentlySection({ contacts, today }: { contacts: MetRecently[]; today: string }) {
  return (
    <TodaySection id="met-recently-heading" title="Met recently, not invited yet" count={contacts.length}>
      {contacts.length === 0 ? (
        <TodayEmpty
          action={
            <Button asChild variant="outline" size="sm">
              <Link href="/capture">Capture someone</Link>
            </Button>
          }
        >
          Everyone you met in the last two weeks has an invitation. Met someone? Capture them in ten seconds.
        </TodayEmpty>
      ) : (
        <ul aria-label="Met recently, not invited yet" className="grid gap-3">
          {contacts.map((contact) => {
            const name = contactName(contact) || "(no name)";
            const { encounter } = contact;
            const where = encounter.eventName ?? encounter.where ?? ENCOUNTER_KIND_LABELS[encounter.kind];
            return (
              <TodayItem
                key={contact.id}
                contactId={contact.id}
                name={name}
                details={
                  <>
                    Met{" "}
                    <time dateTime={toDayString(encounter.metOn)} title={formatDay(encounter.metOn)}>
                      {formatDayRelative(encounter.metOn, today)}
                    </time>{" "}
                    · {where}
                    {contact.company && <span> · {contact.company}</span>}
                  </>
                }
                actions={
                  <Button asChild variant="outline" className="w-full sm:w-auto">
                    <Link href={`/contacts/${contact.id}/invite`}>
                      <Send aria-hidden="true" />
                      Write invitation<span className="sr-only"> to {name}</span>
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
