"use client";
// One person on the board: who, how you met, how long they have waited (a thanked person: their next step and its
// day), the next steps as buttons, and a handle to drag them to another column (with the mouse, a finger, or the
// keyboard: Space, arrows, Space).
import Link from "next/link";
import { useDraggable } from "@dnd-kit/core";
import { GripVertical } from "lucide-react";
import type { Stage } from "@/lib/generated/prisma/enums";
import type { BoardCard } from "@/lib/pipeline/queries";
import { cardActions, cardWaiting, nextStepText } from "@/lib/pipeline/board";
import { STAGE_LABELS } from "@/lib/contacts/display";
import { formatDay, toDayString } from "@/lib/dates/calendar";
import { dueLabel } from "@/lib/today/wording";
import { MarkAcceptedDialog } from "@/components/pipeline/mark-accepted-dialog";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { cn } from "@/components/ui/cn";

export type ShownCard = BoardCard & { name: string; pending?: boolean };

type Props = {
  card: ShownCard;
  /** Columns holding two stages say which one the card is in. */
  showStage: boolean;
  now: Date;
  timeZone: string;
  /** The user's today, "YYYY-MM-DD". */
  today: string;
  /** `acceptedOn`: the day they accepted, for "Mark as accepted". */
  onMove: (card: ShownCard, to: Stage, acceptedOn?: string) => void;
};

export function PipelineCard({ card, showStage, now, timeZone, today, onMove }: Props) {
  const waiting = cardWaiting(card, now, timeZone);
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({ id: card.id, disabled: card.pending });
  const nameId = `card-${card.id}-name`;

  return (
    <article
      ref={setNodeRef}
      aria-labelledby={nameId}
      aria-busy={card.pending || undefined}
      className={cn("grid gap-2 rounded-lg border bg-card p-3 shadow-xs", isDragging && "border-dashed border-accent bg-accent/5")}
    >
      <div className="flex items-start gap-2">
        <div className="min-w-0 flex-1">
          <h3 id={nameId} className="font-medium leading-snug">
            <Link href={`/contacts/${card.id}`} className="break-words underline-offset-4 hover:underline">
              {card.name}
            </Link>
          </h3>
          {card.company && <p className="truncate text-sm text-muted-foreground">{card.company}</p>}
        </div>
        {card.pending && <Spinner className="mt-3" label={`Saving ${card.name}`} />}
        <button
          ref={setActivatorNodeRef}
          type="button"
          {...attributes}
          {...listeners}
          aria-label={`Move ${card.name}`}
          className="-mt-1 -mr-1 inline-flex size-11 shrink-0 cursor-grab touch-none items-center justify-center rounded-md text-muted-foreground hover:bg-muted hover:text-foreground active:cursor-grabbing aria-disabled:opacity-50"
        >
          <GripVertical aria-hidden="true" className="size-5" />
        </button>
      </div>

      {showStage && (
        <p>
          <Badge variant={card.stage === "CONNECTED" ? "warning" : card.stage === "THANKED" ? "success" : card.stage === "SENT" ? "accent" : "default"}>
            {STAGE_LABELS[card.stage]}
          </Badge>
        </p>
      )}

      {card.howMet && (
        <div className="text-sm">
          <p className="text-foreground">{card.howMet.summary}</p>
          {card.howMet.context && <p className="line-clamp-2 text-muted-foreground">“{card.howMet.context}”</p>}
        </div>
      )}

      {card.stage === "THANKED" ? (
        <p className="text-sm">
          {card.next ? (
            <time dateTime={toDayString(card.next.on)} title={`${dueLabel(card.next.on, today)}: ${formatDay(card.next.on)}`}>
              {nextStepText(card.next, today)}
            </time>
          ) : (
            <span className="text-muted-foreground">{nextStepText(null, today)}</span>
          )}
        </p>
      ) : (
        <p className="text-xs text-muted-foreground">
          <time dateTime={waiting.dateTime} title={waiting.title}>
            {waiting.text}
          </time>
        </p>
      )}

      <div className="flex flex-wrap gap-2">
        {cardActions(card).map((action) =>
          action.kind === "link" ? (
            <Button key={action.label} asChild variant="outline" className="grow">
              <Link href={action.href}>{action.label}</Link>
            </Button>
          ) : action.to === "CONNECTED" && card.stage === "SENT" ? (
            <MarkAcceptedDialog
              key={action.label}
              name={card.name}
              today={today}
              onAccept={(day) => onMove(card, action.to, day)}
              trigger={
                <Button type="button" variant="outline" className="grow" disabled={card.pending}>
                  {action.label}
                </Button>
              }
            />
          ) : (
            <Button
              key={action.label}
              type="button"
              variant={action.to === "CONNECTED" && card.stage === "THANKED" ? "ghost" : "outline"}
              className="grow"
              disabled={card.pending}
              onClick={() => onMove(card, action.to)}
            >
              {action.label}
            </Button>
          ),
        )}
      </div>
    </article>
  );
}

/** What follows the pointer or the keyboard while a card is dragged. */
export function CardPreview({ card }: { card: ShownCard }) {
  return (
    <div className="grid gap-1 rounded-lg border bg-card p-3 shadow-lg ring-2 ring-accent">
      <p className="font-medium">{card.name}</p>
      {card.company && <p className="truncate text-sm text-muted-foreground">{card.company}</p>}
    </div>
  );
}
