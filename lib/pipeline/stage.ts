// The one place that decides which pipeline moves make sense and what each records on the timeline.
// Pure: the composer, the board and the server all ask it, so a move refused here is refused everywhere.
import type { ActivityKind, Stage } from "@/lib/generated/prisma/enums";
import { STAGE_LABELS } from "@/lib/contacts/display";

/** The pipeline, in order. */
export const STAGES: readonly Stage[] = ["PERSONALIZE", "READY", "SENT", "CONNECTED", "THANKED"];

/** What the caller knows that some moves need: an invitation to send, a thank-you to record. */
export type MoveContext = { hasInvitation?: boolean; hasThankYou?: boolean };

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

/** Whether a contact may move from one stage to another, and if not, a sentence saying why. */
export function canMove(from: Stage, to: Stage, context: MoveContext = {}): MoveCheck {
  if (from === to) return { ok: false, message: `This contact is already in “${STAGE_LABELS[to]}”.` };
  if (STAGE_ACTIVITY[`${from}->${to}`]) {
    if (to === "SENT" && !context.hasInvitation) return { ok: false, message: "Write the invitation before marking it as sent." };
    if (to === "THANKED" && !context.hasThankYou) return { ok: false, message: "Write the thank-you before marking it as sent." };
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
