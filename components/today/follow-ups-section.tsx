"use client";
// "Follow-ups due": today's and overdue follow-ups (overdue first), then "Next 7 days", each with Done and Snooze.
// A client component so that the "What's next?" question asked after "Done" outlives the item it came from.
import { useState } from "react";
import Link from "next/link";
import { contactName } from "@/lib/contacts/display";
import { formatDay, toDayString } from "@/lib/dates/calendar";
import type { FollowUpItem } from "@/lib/today/queries";
import { dueLabel } from "@/lib/today/wording";
import { FollowUpActions } from "@/components/followups/follow-up-actions";
import { NextStepDialog, type NextStep } from "@/components/followups/next-step-dialog";
import { TodayItem } from "@/components/today/today-item";
import { TodayEmpty, TodaySection } from "@/components/today/today-section";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";

type Props = { today: string; due: FollowUpItem[]; upcoming: FollowUpItem[] };

export function FollowUpsSection({ today, due, upcoming }: Props) {
  const [next, setNext] = useState<NextStep | null>(null);

  return (
    <TodaySection id="follow-ups-heading" title="Follow-ups due" count={due.length}>
      {due.length === 0 ? (
        <TodayEmpty
          action={
            upcoming.length === 0 && (
              <Button asChild variant="outline" size="sm">
                <Link href="/contacts">Open your contacts</Link>
              </Button>
            )
          }
        >
          {upcoming.length === 0
            ? "Nothing due. Plan a next step on a contact’s page, or choose how often to stay in touch with them."
            : "Nothing due today. The next ones are below."}
        </TodayEmpty>
      ) : (
        <FollowUpList label="Due today and overdue" items={due} today={today} onDone={setNext} />
      )}
      <section aria-labelledby="next-week-heading" className="mt-2 grid gap-3">
        <h3 id="next-week-heading" className="text-sm font-semibold text-muted-foreground">
          Next 7 days
        </h3>
        {upcoming.length === 0 ? (
          <p className="text-sm text-muted-foreground">Nothing planned for the next 7 days.</p>
        ) : (
          <FollowUpList label="Next 7 days" items={upcoming} today={today} onDone={setNext} />
        )}
      </section>
      <NextStepDialog next={next} onClose={() => setNext(null)} />
    </TodaySection>
  );
}

function FollowUpList({ label, items, today, onDone }: { label: string; items: FollowUpItem[]; today: string; onDone: (next: NextStep) => void }) {
  return (
    <ul aria-label={label} className="grid gap-3">
      {items.map((followUp) => {
        const name = contactName(followUp.contact) || "(no name)";
        const overdue = toDayString(followUp.dueOn) < today;
        return (
          <TodayItem
            key={followUp.id}
            contactId={followUp.contact.id}
            name={name}
            details={
              <>
                <p className="flex flex-wrap items-center gap-2">
                  <time dateTime={toDayString(followUp.dueOn)} title={formatDay(followUp.dueOn)} className={overdue ? "font-medium text-destructive" : undefined}>
                    {dueLabel(followUp.dueOn, today)}
                  </time>
                  {followUp.contact.company && <span>· {followUp.contact.company}</span>}
                  {followUp.fromCadence && <Badge>Stay in touch</Badge>}
                </p>
                {followUp.note && <p className="text-foreground">{followUp.note}</p>}
              </>
            }
            actions={<FollowUpActions followUp={followUp} contact={{ id: followUp.contact.id, name }} onDone={onDone} />}
          />
        );
      })}
    </ul>
  );
}
