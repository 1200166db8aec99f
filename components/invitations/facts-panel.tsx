"use client";
// "What you know": everything Rapport knows about the person, each fact a button that inserts it into the message.
import { useEffect, useRef, useState } from "react";
import { ChevronDown, Plus } from "lucide-react";
import { ENCOUNTER_KIND_LABELS } from "@/lib/encounters/schema";
import { formatDay } from "@/lib/dates/calendar";
import { contactName } from "@/lib/contacts/display";
import { formatMetOn, type FactContact, type FactEncounter } from "@/lib/invitations/facts";
import type { EncounterKind } from "@/lib/generated/prisma/enums";
import { cn } from "@/components/ui/cn";
import { useHydrated } from "@/components/ui/use-hydrated";

export type PanelEncounter = FactEncounter & { id: string; kind: EncounterKind };

type Props = {
  contact: FactContact;
  encounters: PanelEncounter[];
  contactHref: string;
  onInsert: (fact: string) => void;
  /** Open from the start on a phone too: with nothing written yet, what you know is what you need first. */
  startOpen?: boolean;
  className?: string;
};

const DESKTOP = "(min-width: 1024px)";

export function FactsPanel({ contact, encounters, contactHref, onInsert, startOpen = false, className }: Props) {
  // A fact clicked before the page is interactive would go nowhere: the buttons wait for it.
  const ready = useHydrated();
  const details = useRef<HTMLDetailsElement>(null);
  // Only the first render decides: typing must not fold the panel the user is reading.
  const [openAtFirst] = useState(startOpen);
  // Open beside the editor on a desktop; on a phone it starts open while the message is empty, and folded above the
  // editor (one tap away) when there is a message to get on with.
  useEffect(() => {
    if (details.current && window.matchMedia(DESKTOP).matches) details.current.open = true;
  }, []);

  const fact = (label: string, value: string | null | undefined) =>
    value?.trim() ? <FactRow key={label} label={label} value={value.trim()} ready={ready} onInsert={() => onInsert(value.trim())} /> : null;

  return (
    <details ref={details} open={openAtFirst || undefined} className={cn("group rounded-lg border border-border bg-card", className)}>
      <summary className="flex min-h-11 cursor-pointer list-none items-center justify-between gap-2 px-4 py-2 [&::-webkit-details-marker]:hidden">
        <h2 className="text-sm font-semibold">What you know</h2>
        <ChevronDown aria-hidden="true" className="size-4 text-muted-foreground transition-transform group-open:rotate-180" />
      </summary>
      <div className="grid gap-4 border-t border-border px-4 pt-3 pb-4">
        <p className="text-sm text-muted-foreground">Click a fact to put it in your message at the cursor.</p>
        <dl className="grid gap-2">
          {fact("First name", contact.firstName)}
          {contact.lastName.trim() && fact("Full name", contactName(contact))}
          {fact("Company", contact.company)}
        </dl>
        {encounters.length === 0 ? (
          <p className="text-sm text-muted-foreground">
            Nothing logged about how you met yet.{" "}
            <a href={contactHref} className="font-medium text-accent underline-offset-4 hover:underline">
              Add how you met
            </a>{" "}
            so you can mention it.
          </p>
        ) : (
          <ul className="grid gap-4">
            {encounters.map((encounter) => (
              <li key={encounter.id} className="grid gap-2 border-t border-border pt-3">
                <h3 className="text-sm font-medium">
                  {ENCOUNTER_KIND_LABELS[encounter.kind]} · {formatDay(encounter.metOn)}
                </h3>
                <dl className="grid gap-2">
                  {fact("Event", encounter.event?.name)}
                  {fact("Met on", formatMetOn(encounter.metOn))}
                  {fact("Where", encounter.where)}
                  {fact("Event location", encounter.event?.location)}
                  {fact("Topic to mention", encounter.topic)}
                  {fact("What you talked about", encounter.context)}
                  {fact("They can help with", encounter.theyCanHelpWith)}
                  {fact("I can help with", encounter.iCanHelpWith)}
                  {fact("Mutual connection", encounter.mutualConnection && contactName(encounter.mutualConnection))}
                </dl>
              </li>
            ))}
          </ul>
        )}
      </div>
    </details>
  );
}

function FactRow({ label, value, ready, onInsert }: { label: string; value: string; ready: boolean; onInsert: () => void }) {
  return (
    <div className="grid gap-0.5">
      <dt className="text-xs text-muted-foreground">{label}</dt>
      <dd className="min-w-0">
        <button
          type="button"
          disabled={!ready}
          onClick={onInsert}
          className="flex w-full items-start gap-2 rounded-md border border-border bg-background px-2 py-1.5 text-left text-sm break-words transition-colors hover:bg-muted disabled:cursor-wait pointer-coarse:min-h-11"
        >
          <Plus aria-hidden="true" className="mt-0.5 size-3.5 shrink-0 text-accent" />
          <span className="min-w-0">{value}</span>
        </button>
      </dd>
    </div>
  );
}
