// "Thanked, nothing scheduled": people you thanked who have no next step, so that closing the "What's next?"
// question does not drop them off every list. Shown only when there is someone in it.
import { formatDay, formatDayRelative, parseDay, todayIn } from "@/lib/dates/calendar";
import { contactName } from "@/lib/contacts/display";
import { formatAbsolute } from "@/lib/dates/format";
import type { KeepInTouchList } from "@/lib/today/queries";
import { keepInTouchLabel } from "@/lib/today/wording";
import { AddFollowUpButton } from "@/components/followups/add-follow-up-button";
import { TodayItem } from "@/components/today/today-item";
import { TodaySection } from "@/components/today/today-section";

type Props = KeepInTouchList & { today: string; timeZone: string };

export function KeepInTouchSection({ total, people, today, timeZone }: Props) {
  if (total === 0) return null;
  const more = total - people.length;
  return (
    <TodaySection id="keep-in-touch-heading" title="Thanked, nothing scheduled" count={total} hint={`${keepInTouchLabel(total)}: plan a next step before they drift away.`}>
      <ul aria-label="Thanked, nothing scheduled" className="grid gap-3">
        {people.map((person) => {
          const name = contactName(person) || "(no name)";
          const thankedDay = parseDay(todayIn(timeZone, person.thankedAt))!;
          return (
            <TodayItem
              key={person.id}
              contactId={person.id}
              name={name}
              details={
                <>
                  {person.company && <span>{person.company} · </span>}
                  Thanked{" "}
                  <time dateTime={person.thankedAt.toISOString()} title={formatAbsolute(person.thankedAt, timeZone)}>
                    {formatDay(thankedDay)}
                  </time>
                  {person.lastInteractionAt && person.lastInteractionAt > person.thankedAt && (
                    <> · last in touch {formatDayRelative(parseDay(todayIn(timeZone, person.lastInteractionAt))!, today)}</>
                  )}
                </>
              }
              actions={<AddFollowUpButton contactId={person.id} name={name} today={today} nameInLabel className="w-full sm:w-auto" />}
            />
          );
        })}
      </ul>
      {more > 0 && <p className="text-sm text-muted-foreground">And {more} more: find them in Contacts, in “Thanked”.</p>}
    </TodaySection>
  );
}
