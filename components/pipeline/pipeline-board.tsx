"use client";
// The pipeline board: three columns of cards that move by their buttons or by drag and drop (pointer, touch or
// keyboard). A move shows at once; the server (moveContactAction → canMove) has the last word, and a refused move
// puts the card back with the reason.
import { useMemo, useOptimistic, useState, useTransition } from "react";
import Link from "next/link";
import {
  DndContext,
  DragOverlay,
  KeyboardCode,
  KeyboardSensor,
  MeasuringStrategy,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type KeyboardCoordinateGetter,
  type ScreenReaderInstructions,
} from "@dnd-kit/core";
import type { Stage } from "@/lib/generated/prisma/enums";
import type { Board } from "@/lib/pipeline/queries";
import { moveContactAction } from "@/lib/pipeline/actions";
import { columnJump, columnOf, COLUMNS, compareCards, dropOutcome, isColumnId, movedText, undoMove, type BoardColumn, type BoardFilters, type ColumnId } from "@/lib/pipeline/board";
import { contactName, STAGE_LABELS } from "@/lib/contacts/display";
import { contactSearchHref } from "@/lib/contacts/search";
import { todayIn } from "@/lib/dates/calendar";
import { toast } from "@/components/ui/toast";
import { cn } from "@/components/ui/cn";
import { CardPreview, PipelineCard, type ShownCard } from "./pipeline-card";

type Props = { board: Board; filters: BoardFilters; now: Date; timeZone: string };

type Move = { id: string; to: Stage; at: Date };

const COLUMN_EMPTY: Record<ColumnId, string> = {
  personalize: "Nobody waiting for a personal invitation. Met someone? Capture them and they start here.",
  send: "Nothing to send. A card comes here when its invitation is ready.",
  thank: "Nobody to thank yet. When someone accepts, “Mark as accepted” brings them here.",
};

const screenReaderInstructions: ScreenReaderInstructions = {
  draggable:
    "To move this person to another step, press Space or Enter. Then use the left and right arrow keys to choose a column, and press Space or Enter to drop, or Escape to cancel.",
};

/** Keyboard moves jump a whole column per arrow press, so a drop always lands in a column rather than between. */
const jumpColumns: KeyboardCoordinateGetter = (event, { context }) => {
  const step = event.code === KeyboardCode.Right ? 1 : event.code === KeyboardCode.Left ? -1 : 0;
  if (!step || !context.collisionRect) return undefined;
  event.preventDefault();
  const columns = new Map<ColumnId, { left: number; top: number; width: number; height: number }>();
  for (const [id, rect] of context.droppableRects) if (isColumnId(id)) columns.set(id, rect);
  const over = context.over?.id;
  return columnJump(context.collisionRect, columns, isColumnId(over) ? over : null, step);
};

// A pointer picks the column it is in; the keyboard has no pointer, so the card's rectangle decides.
const collisionDetection: CollisionDetection = (args) => {
  const within = pointerWithin(args);
  return within.length > 0 ? within : rectIntersection(args);
};

function titleOf(id: unknown): string {
  return COLUMNS.find((column) => column.id === id)?.title ?? "no column";
}

export function PipelineBoard({ board, filters, now, timeZone }: Props) {
  const saved = useMemo(() => board.cards.map((card): ShownCard => ({ ...card, name: contactName(card) || "Unnamed contact" })), [board.cards]);
  const [cards, applyMove] = useOptimistic(saved, (current: ShownCard[], move: Move) =>
    current.map((card) =>
      card.id === move.id ? { ...card, stage: move.to, stageChangedAt: move.at, ...(move.to === "CONNECTED" ? { connectedAt: move.at } : {}), pending: true } : card,
    ),
  );
  const [, startTransition] = useTransition();
  const [activeId, setActiveId] = useState<string | null>(null);
  const byId = useMemo(() => new Map(cards.map((card) => [card.id, card])), [cards]);
  const active = activeId ? byId.get(activeId) : undefined;
  const columnCards = (column: BoardColumn) => cards.filter((card) => column.stages.includes(card.stage)).sort(compareCards);
  const countOf = (column: BoardColumn) => columnCards(column).length + column.stages.reduce((sum, stage) => sum + board.more[stage], 0);
  // On a phone one column shows at a time (the switcher above it): first the first one with anybody in it.
  const [shown, setShown] = useState<ColumnId>(() => COLUMNS.find((column) => countOf(column) > 0)?.id ?? "personalize");
  const today = todayIn(timeZone, now);

  const sensors = useSensors(
    // A few pixels of travel before a drag starts, so a tap on the handle or a scroll is not a drag.
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: jumpColumns }),
  );

  function move(card: ShownCard, to: Stage, acceptedOn?: string) {
    const from = card.stage;
    startTransition(async () => {
      applyMove({ id: card.id, to, at: new Date() });
      let result: Awaited<ReturnType<typeof moveContactAction>>;
      try {
        result = await moveContactAction(card.id, to, acceptedOn);
      } catch {
        result = { ok: false, message: "Could not save the move. Check your connection and try again." };
      }
      if (!result.ok) {
        toast({ title: result.message, variant: "destructive", duration: 8000 });
        return;
      }
      const back = undoMove(from, to);
      toast({
        title: movedText(card.name, to),
        action: back ? { label: "Undo", onClick: () => move({ ...card, stage: to }, back) } : undefined,
      });
    });
  }

  function dropped({ active: dragged, over }: DragEndEvent) {
    setActiveId(null);
    const card = byId.get(String(dragged.id));
    if (!card || !over || !isColumnId(over.id)) return;
    const outcome = dropOutcome(card.stage, over.id);
    if (outcome.kind === "move") move(card, outcome.to);
    else if (outcome.kind === "refuse") toast({ title: outcome.message, variant: "destructive", duration: 8000 });
  }

  const nameOf = (id: unknown) => byId.get(String(id))?.name ?? "This person";
  const announcements: Announcements = {
    onDragStart: ({ active: dragged }) => `Picked up ${nameOf(dragged.id)} in ${titleOf(columnOf(byId.get(String(dragged.id))?.stage ?? "PERSONALIZE").id)}.`,
    onDragOver: ({ active: dragged, over }) => (over ? `${nameOf(dragged.id)} is over ${titleOf(over.id)}.` : `${nameOf(dragged.id)} is not over a column.`),
    onDragEnd: ({ active: dragged, over }) => {
      const card = byId.get(String(dragged.id));
      if (!card || !over || !isColumnId(over.id)) return `${nameOf(dragged.id)} was dropped outside the board and stays where it was.`;
      const outcome = dropOutcome(card.stage, over.id);
      if (outcome.kind === "move") return `${card.name} dropped in ${titleOf(over.id)}: ${STAGE_LABELS[outcome.to]}.`;
      if (outcome.kind === "refuse") return `${card.name} stays in ${titleOf(columnOf(card.stage).id)}. ${outcome.message}`;
      return `${card.name} stays in ${titleOf(over.id)}.`;
    },
    onDragCancel: ({ active: dragged }) => `Moving ${nameOf(dragged.id)} was cancelled.`,
  };

  return (
    <DndContext
      id="pipeline-board"
      sensors={sensors}
      collisionDetection={collisionDetection}
      // The phone shows the hidden columns once a drag starts: measure them as they appear.
      measuring={{ droppable: { strategy: MeasuringStrategy.Always } }}
      accessibility={{ announcements, screenReaderInstructions }}
      onDragStart={({ active: dragged }) => setActiveId(String(dragged.id))}
      onDragCancel={() => setActiveId(null)}
      onDragEnd={dropped}
    >
      <ColumnSwitcher shown={shown} onShow={setShown} counts={Object.fromEntries(COLUMNS.map((column) => [column.id, countOf(column)])) as Record<ColumnId, number>} />
      <div className="grid items-start gap-4 md:grid-cols-3">
        {COLUMNS.map((column) => (
          <Column
            key={column.id}
            column={column}
            cards={columnCards(column)}
            more={board.more}
            filters={filters}
            now={now}
            timeZone={timeZone}
            today={today}
            // While a card is dragged every column is a place to drop it, on a phone too.
            hiddenOnPhone={column.id !== shown && activeId === null}
            onMove={move}
          />
        ))}
      </div>
      <DragOverlay dropAnimation={null}>{active ? <CardPreview card={active} /> : null}</DragOverlay>
    </DndContext>
  );
}

/**
 * On a phone the three columns stacked took three screens of scrolling: this switcher shows one at a time. Plain
 * toggle buttons (Tab, then Enter or Space), each saying how many people its column holds; hidden from md up, where
 * the columns stand side by side.
 */
function ColumnSwitcher({ shown, onShow, counts }: { shown: ColumnId; onShow: (id: ColumnId) => void; counts: Record<ColumnId, number> }) {
  return (
    <div role="group" aria-label="Show column" className="grid grid-cols-3 gap-1 rounded-xl border bg-card p-1 shadow-xs md:hidden">
      {COLUMNS.map((column) => {
        const pressed = column.id === shown;
        // Named by its content, "1 · Personalize (8 people)", of which the short word is what shows (so that the
        // name contains the visible text, as speech input needs). Hidden parts meet the word at a space.
        const at = column.title.indexOf(column.short);
        const people = `${counts[column.id]} ${counts[column.id] === 1 ? "person" : "people"}`;
        return (
          <button
            key={column.id}
            type="button"
            aria-pressed={pressed}
            onClick={() => onShow(column.id)}
            className={cn(
              "flex min-h-11 items-center justify-center gap-1.5 rounded-lg px-2 text-sm font-medium transition-colors",
              pressed ? "bg-accent text-accent-foreground" : "text-muted-foreground hover:bg-muted hover:text-foreground",
            )}
          >
            <span>
              <span className="sr-only">{column.title.slice(0, at)}</span>
              {column.short}
              <span className="sr-only">{`${column.title.slice(at + column.short.length)} (${people})`}</span>
            </span>
            <span aria-hidden="true" className={cn("rounded-full px-1.5 text-xs tabular-nums", pressed ? "bg-accent-foreground/20" : "bg-muted")}>
              {counts[column.id]}
            </span>
          </button>
        );
      })}
    </div>
  );
}

type ColumnProps = {
  column: BoardColumn;
  cards: ShownCard[];
  more: Board["more"];
  filters: BoardFilters;
  now: Date;
  timeZone: string;
  today: string;
  /** Not the column the phone's switcher shows: hidden below md. */
  hiddenOnPhone: boolean;
  onMove: (card: ShownCard, to: Stage, acceptedOn?: string) => void;
};

function Column({ column, cards, more, filters, now, timeZone, today, hiddenOnPhone, onMove }: ColumnProps) {
  const { setNodeRef, isOver } = useDroppable({ id: column.id });
  const headingId = `column-${column.id}`;
  const count = cards.length + column.stages.reduce((sum, stage) => sum + more[stage], 0);
  const twoStages = column.stages.length > 1;

  return (
    <section
      ref={setNodeRef}
      aria-labelledby={headingId}
      className={cn("grid min-w-0 gap-3 rounded-xl border bg-muted/40 p-3 transition-colors", hiddenOnPhone && "max-md:hidden", isOver && "border-accent bg-accent/5")}
    >
      <div className="flex items-center justify-between gap-2">
        <h2 id={headingId} className="font-semibold">
          {column.title}
        </h2>
        <span className="rounded-full bg-card px-2 py-0.5 text-sm font-medium tabular-nums text-muted-foreground">
          {count}
          <span className="sr-only">{count === 1 ? " person" : " people"}</span>
        </span>
      </div>
      {cards.length === 0 && !column.stages.some((stage) => more[stage] > 0) ? (
        <p className="rounded-lg border border-dashed px-3 py-6 text-center text-sm text-muted-foreground">{COLUMN_EMPTY[column.id]}</p>
      ) : (
        <ul className="grid gap-3">
          {cards.map((card) => (
            <li key={card.id}>
              <PipelineCard card={card} showStage={twoStages} now={now} timeZone={timeZone} today={today} onMove={onMove} />
            </li>
          ))}
        </ul>
      )}
      {column.stages
        .filter((stage) => more[stage] > 0)
        .map((stage) => (
          <p key={stage} className="text-sm">
            <Link href={contactSearchHref({ stage, tag: filters.tag, event: filters.event })} className="inline-flex min-h-11 items-center font-medium text-accent underline-offset-4 hover:underline">
              And {more[stage]} more in “{STAGE_LABELS[stage]}”: see them in Contacts
            </Link>
          </p>
        ))}
    </section>
  );
}
