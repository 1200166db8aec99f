// The board's own rules, pure so they are unit-tested: its three columns, what a drop into a column means, which
// buttons a card offers, how long a card has waited and the board's filters in the URL. Whether a move is allowed
// is still decided by canMove (lib/pipeline/stage.ts) alone.
import type { Stage } from "@/lib/generated/prisma/enums";
import { contactSearchInput, type ContactSearch } from "@/lib/contacts/search";
import { STAGE_LABELS } from "@/lib/contacts/display";
import { daysBetween, formatDay, toDayString, todayIn } from "@/lib/dates/calendar";
import { formatAbsolute } from "@/lib/dates/format";
import { waitingLabel } from "@/lib/today/wording";
import { ENCOUNTER_KIND_LABELS } from "@/lib/encounters/schema";
import type { EncounterKind } from "@/lib/generated/prisma/enums";
import { canMove, STAGE_ACTIVITY, STAGES } from "@/lib/pipeline/stage";

export type ColumnId = "personalize" | "send" | "thank";

export type BoardColumn = { id: ColumnId; title: string; short: string; stages: readonly Stage[] };

/**
 * The three steps of DESIGN.md, in order; a column's first stage is where a card dropped into it lands. `short` is
 * the phone's column switcher's word, a part of the title so that the switcher's name contains what it shows.
 */
export const COLUMNS: readonly BoardColumn[] = [
  { id: "personalize", title: "1 · Personalize", short: "Personalize", stages: ["PERSONALIZE"] },
  { id: "send", title: "2 · Send with context", short: "Send", stages: ["READY", "SENT"] },
  { id: "thank", title: "3 · Thank & follow up", short: "Thank", stages: ["CONNECTED", "THANKED"] },
];

export function columnOf(stage: Stage): BoardColumn {
  const column = COLUMNS.find((candidate) => candidate.stages.includes(stage));
  if (!column) throw new Error(`No column for stage ${stage}`);
  return column;
}

export function isColumnId(value: unknown): value is ColumnId {
  return COLUMNS.some((column) => column.id === value);
}

export type DropOutcome = { kind: "none" } | { kind: "move"; to: Stage } | { kind: "refuse"; message: string };

/**
 * What dropping a card of stage `from` into a column means. Within its own column nothing happens (sending and
 * thanking need their buttons: they record more than a stage). Elsewhere the card goes to the column's first stage —
 * Personalize, Ready to send, Needs a thank-you — if canMove allows it, so THANKED is never reached by a drag.
 */
export function dropOutcome(from: Stage, column: ColumnId): DropOutcome {
  const target = COLUMNS.find((candidate) => candidate.id === column);
  if (!target || target.stages.includes(from)) return { kind: "none" };
  const to = target.stages[0]!;
  const check = canMove(from, to);
  return check.ok ? { kind: "move", to } : { kind: "refuse", message: check.message };
}

export type CardAction =
  | { kind: "move"; to: Stage; label: string }
  | { kind: "link"; href: string; label: string };

/**
 * The next steps a card offers as buttons. "Mark as sent" only when there is a draft with text to send (the server
 * would refuse it otherwise); the thank-you needs its own composer, so it is a link.
 */
export function cardActions(card: { id: string; stage: Stage; hasDraft: boolean }): CardAction[] {
  const invite: CardAction = { kind: "link", href: `/contacts/${card.id}/invite`, label: "Write invitation" };
  switch (card.stage) {
    case "PERSONALIZE":
      return [{ kind: "move", to: "READY", label: "Ready to send" }, invite];
    case "READY":
      return [card.hasDraft ? { kind: "move", to: "SENT", label: "Mark as sent" } : invite, { kind: "move", to: "PERSONALIZE", label: "Back to Personalize" }];
    case "SENT":
      return [
        { kind: "move", to: "CONNECTED", label: "Mark as accepted" },
        { kind: "move", to: "READY", label: "Withdraw" },
      ];
    case "CONNECTED":
      return [{ kind: "link", href: `/contacts/${card.id}/thank`, label: "Write thank-you" }];
    case "THANKED":
      return [{ kind: "move", to: "CONNECTED", label: "Undo thank-you" }];
  }
}

/**
 * The move that undoes `from → to` with one click, or null. Only plain stage changes qualify: undoing a send or an
 * acceptance would not restore the invitation as it was, and a thank-you cannot be recorded without its text.
 */
export function undoMove(from: Stage, to: Stage): Stage | null {
  const plain = (a: Stage, b: Stage) => STAGE_ACTIVITY[`${a}->${b}`]?.kind === "STAGE_CHANGED";
  return plain(from, to) && plain(to, from) ? from : null;
}

const SNIPPET_LENGTH = 80;

/**
 * How you met, in a few words, from the latest encounter: "Health Tech Meetup · 12 Nov 2026" or "Colleague ·
 * 3 Mar 2026", and what you talked about cut to a line. Null when no encounter is recorded.
 */
export function howYouMet(encounter: { eventName: string | null; kind: EncounterKind; metOn: Date; context: string } | null) {
  if (!encounter) return null;
  const where = encounter.eventName ?? ENCOUNTER_KIND_LABELS[encounter.kind];
  const context = encounter.context.replace(/\s+/g, " ").trim();
  return {
    summary: `${where} · ${formatDay(encounter.metOn)}`,
    context: context.length > SNIPPET_LENGTH ? `${context.slice(0, SNIPPET_LENGTH - 1).trimEnd()}…` : context || null,
  };
}

/**
 * "Waiting since today", "Waiting 1 day", "Waiting 12 days": calendar days where the user is since `since`, counted as
 * /today counts them, so a contact waits as long on both.
 */
export function waitingText(since: Date, now: Date, timeZone: string): string {
  return capitalize(waitingLabel(daysBetween(todayIn(timeZone, since), todayIn(timeZone, now))));
}

/** What a card knows about its timing: when it entered its stage, was created, accepted, and last met (a day). */
export type CardTimes = { stage: Stage; stageChangedAt: Date; createdAt: Date; connectedAt: Date | null; metOn: Date | null };

/**
 * How long the card has waited, and since what. Before the invitation is sent it waits since you met (the moment an
 * invitation is for; a capture two weeks after the meeting has waited two weeks, not since today), or, never met,
 * since it reached its stage, "Added today" on its first day. A card waiting for a thank-you counts from the
 * acceptance, which may be earlier than the day it was marked.
 */
export function cardWaiting(card: CardTimes, now: Date, timeZone: string): { text: string; dateTime: string; title: string } {
  const today = todayIn(timeZone, now);
  if ((card.stage === "PERSONALIZE" || card.stage === "READY") && card.metOn) {
    const days = Math.max(0, daysBetween(toDayString(card.metOn), today));
    return { text: capitalize(waitingLabel(days)), dateTime: toDayString(card.metOn), title: `Since you met on ${formatDay(card.metOn)}` };
  }
  const accepted = card.stage === "CONNECTED" && card.connectedAt;
  const since = accepted || card.stageChangedAt;
  const title = accepted ? `Accepted on ${formatAbsolute(since, timeZone)}` : `In “${STAGE_LABELS[card.stage]}” since ${formatAbsolute(since, timeZone)}`;
  const addedToday = card.stage === "PERSONALIZE" && todayIn(timeZone, card.createdAt) === today && todayIn(timeZone, since) === today;
  return { text: addedToday ? "Added today" : waitingText(since, now, timeZone), dateTime: since.toISOString(), title };
}

/** A day as short as it can be said: "11 Dec" this year, "11 Dec 2027" in another. */
export function shortDay(day: Date, today: string): string {
  const sameYear = toDayString(day).slice(0, 4) === today.slice(0, 4);
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", ...(sameYear ? {} : { year: "numeric" }), timeZone: "UTC" }).format(day);
}

/** A thanked card's next step: "Next: Short call · 11 Dec", or that there is none. */
export function nextStepText(next: { on: Date; note: string | null } | null, today: string): string {
  if (!next) return "No follow-up scheduled";
  return `Next: ${next.note?.trim() || "Follow up"} · ${shortDay(next.on, today)}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The card's stage as said on screen, e.g. after a move: "Moved Ada Lovelace to Ready to send." */
export function movedText(name: string, to: Stage): string {
  return `Moved ${name} to ${STAGE_LABELS[to]}.`;
}

/** Compares cards in a column: stages in pipeline order, then the most recent arrival first. */
export function compareCards(a: { stage: Stage; stageChangedAt: Date; id: string }, b: { stage: Stage; stageChangedAt: Date; id: string }): number {
  return (
    STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage) ||
    b.stageChangedAt.getTime() - a.stageChangedAt.getTime() ||
    (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)
  );
}

// The board filters by tag and event with the same URL parameters (and parsing) as the contact list.
const boardFiltersInput = contactSearchInput.pick({ tag: true, event: true });
export type BoardFilters = Pick<ContactSearch, "tag" | "event">;

export function parseBoardFilters(params: Record<string, string | string[] | undefined>): BoardFilters {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  return boardFiltersInput.parse({ tag: first(params.tag), event: first(params.event) });
}

export function boardHref(filters: BoardFilters): string {
  const params = new URLSearchParams();
  if (filters.tag) params.set("tag", filters.tag);
  if (filters.event) params.set("event", filters.event);
  const query = params.toString();
  return query ? `/pipeline?${query}` : "/pipeline";
}

type Rect = { left: number; top: number; width: number; height: number };

/**
 * Where a card picked up with the keyboard goes on ArrowRight (+1) or ArrowLeft (-1): centred in the next column,
 * at the same height if the column reaches it. Columns are taken in step order, not by position on screen, so this
 * also works when they are stacked on a phone. Undefined at either end of the board or off any column.
 */
export function columnJump(card: Rect, columns: Map<ColumnId, Rect>, current: ColumnId | null, step: 1 | -1): { x: number; y: number } | undefined {
  const from = current ?? COLUMNS.find(({ id }) => contains(columns.get(id), card.left + card.width / 2, card.top + card.height / 2))?.id;
  if (!from) return undefined;
  const next = COLUMNS[COLUMNS.findIndex(({ id }) => id === from) + step];
  const target = next && columns.get(next.id);
  if (!target) return undefined;
  const lowest = Math.max(target.top, target.top + target.height - card.height);
  return { x: target.left + (target.width - card.width) / 2, y: Math.min(Math.max(card.top, target.top), lowest) };
}

function contains(rect: Rect | undefined, x: number, y: number): boolean {
  return Boolean(rect && x >= rect.left && x <= rect.left + rect.width && y >= rect.top && y <= rect.top + rect.height);
}
