// The one place that decides which pipeline moves make sense and what each records on the timeline.
// Pure: the composer, the board and the server all ask it, so a move refused here is refused everywhere.
import type { ActivityKind, Stage } from "@/lib/generated/prisma/enums";
import { STAGE_LABELS } from "@/lib/contacts/display";
import { formatDay, parseDay } from "@/lib/dates/calendar";

/** The pipeline, in order. */
export const STAGES: readonly Stage[] = ["PERSONALIZE", "READY", "SENT", "CONNECTED", "THANKED"];

/**
 * The day an acceptance is recorded for ("YYYY-MM-DD"), with the user's today and the day the invitation was sent
 * (null when Rapport does not know it), all where the user is.
 */
export type Acceptance = { on: string; today: string; sentOn: string | null };

/** What the caller knows that some moves need: an invitation to send, a thank-you to record, an acceptance's day. */
export type MoveContext = { hasInvitation?: boolean; hasThankYou?: boolean; acceptance?: Acceptance };

export type MoveCheck = { ok: true } | { ok: false; message: string };

export type StageMove = `${Stage}->${Stage}`;

/** What each allowed move writes on the timeline; a move missing here is not allowed. */
export const STAGE_ACTIVITY: Partial<Record<StageMove, { kind: ActivityKind; body: string }>> = {
  "PERSONALIZE->READY": { kind: "STAGE_CHANGED", body: "Ready to send." },
  "READY->PERSONALIZE": { kind: "STAGE_CHANGED", body: "Back to Personalize." },
  "PERSONALIZE->SENT": { kind: "INVITE_SENT", body: "Invitation sent." },
  "READY->SENT": { kind: "INVITE_SENT", body: "Invitation sent." },
  "SENT->CONNECTED": { kind: "INVITE_ACCEPTED", body: "Invitation accepted." },
  "SENT->READY": { kind: "STAGE_CHANGED", body: "Invitation withdrawn: ready to send again." },
  "SENT->PERSONALIZE": { kind: "STAGE_CHANGED", body: "Invitation withdrawn: back to Personalize." },
  "CONNECTED->THANKED": { kind: "THANK_YOU_SENT", body: "Thank-you sent." },
  "THANKED->CONNECTED": { kind: "STAGE_CHANGED", body: "Thank-you undone: a thank-you is owed again." },
};

/**
 * Accepting an invitation they sent you (the inbox's "Accept"): you are connected, and a thank-you is owed, from
 * whichever step they were at. Someone already connected stays where they are (a thank-you sent is not undone).
 * Returns the move to make, or null when none is needed.
 */
export function acceptingReceived(from: Stage): { to: Stage; kind: ActivityKind; body: string } | null {
  if (from === "CONNECTED" || from === "THANKED") return null;
  return { to: "CONNECTED", kind: "INVITE_ACCEPTED", body: "You accepted their invitation." };
}

/** Whether a contact may move from one stage to another, and if not, a sentence saying why. */
export function canMove(from: Stage, to: Stage, context: MoveContext = {}): MoveCheck {
  if (from === to) return { ok: false, message: `This contact is already in “${STAGE_LABELS[to]}”.` };
  if (STAGE_ACTIVITY[`${from}->${to}`]) {
    if (to === "SENT" && !context.hasInvitation) return { ok: false, message: "Write the invitation before marking it as sent." };
    if (to === "THANKED" && !context.hasThankYou) return { ok: false, message: "Write the thank-you before marking it as sent." };
    if (to === "CONNECTED" && from === "SENT" && context.acceptance) return checkAcceptance(context.acceptance);
    return { ok: true };
  }
  switch (to) {
    case "CONNECTED":
      return { ok: false, message: "Only someone you sent an invitation to can accept it." };
    case "THANKED":
      return { ok: false, message: "Only someone who has accepted can be thanked." };
    case "SENT":
      return { ok: false, message: "They have already accepted: the invitation cannot be sent again." };
    default:
      return { ok: false, message: "They have already accepted your invitation: there is nothing left to write or send." };
  }
}

/** An acceptance happens after the invitation went out and no later than today: people notice one days late. */
function checkAcceptance({ on, today, sentOn }: Acceptance): MoveCheck {
  const day = parseDay(on);
  if (!day) return { ok: false, message: "Choose the day they accepted, such as 2026-12-10." };
  if (on > today) return { ok: false, message: `They cannot have accepted after today (${formatDay(parseDay(today)!)}): choose today or an earlier day.` };
  if (sentOn && on < sentOn) {
    return { ok: false, message: `You sent the invitation on ${formatDay(parseDay(sentOn)!)}: choose that day or a later one.` };
  }
  return { ok: true };
}
