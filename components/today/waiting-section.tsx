// "Waiting for acceptance": invitations sent more than three weeks ago that are still unanswered, oldest first.
import { contactName } from "@/lib/contacts/display";
import { formatAbsolute } from "@/lib/dates/format";
import { WAITING_AFTER_DAYS, type WaitingForAcceptance } from "@/lib/today/queries";
import { sentLabel } from "@/lib/today/wording";
import { TodayItem } from "@/components/today/today-item";
import { TodayEmpty, TodaySection } from "@/components/today/today-section";
import { WaitingActions } from "@/components/today/waiting-actions";

export function WaitingSection({ contacts, timeZone, today }: { contacts: WaitingForAcceptance[]; timeZone: string; today: string }) {
  return (
    <TodaySection
      id="waiting-heading"
      title="Waiting for acceptance"
      count={contacts.length}
      hint={
        contacts.length > 0 &&
        "Invitations unanswered for more than three weeks. LinkedIn lets you send a withdrawn invitation again only after three weeks, so withdraw one now to try again later with a fresh note."
      }
    >
      {contacts.length === 0 ? (
        <TodayEmpty>No invitation has waited more than {WAITING_AFTER_DAYS / 7} weeks. Give the others time.</TodayEmpty>
      ) : (
        <ul aria-label="Waiting for acceptance" className="grid gap-3">
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
                    <time dateTime={contact.sentAt.toISOString()} title={formatAbsolute(contact.sentAt, timeZone)}>
                      {sentLabel(contact.daysWaiting)}
                    </time>
                  </>
                }
                actions={<WaitingActions contactId={contact.id} name={name} today={today} />}
              />
            );
          })}
        </ul>
      )}
    </TodaySection>
  );
}
