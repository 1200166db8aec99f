// What "Mark reply sent" takes: the reply to an invitation received, as sent on LinkedIn. Shared by the composer (for
// an answer before the round trip) and the action (for safety); and where this device keeps the reply being written.
import { z } from "zod";
import { storableText } from "@/lib/forms";

/** LinkedIn's limit for a message (a connection note's 200/300 does not apply to a reply). */
export const MAX_REPLY_LENGTH = 8_000;

export const EMPTY_REPLY = "Write your reply first: the message is empty.";

export const replyInput = z.object({
  message: storableText("The message", { notText: "Write the reply as text." })
    .trim()
    .min(1, EMPTY_REPLY)
    .max(MAX_REPLY_LENGTH, `A reply must be at most ${MAX_REPLY_LENGTH.toLocaleString("en")} characters.`),
});

export type ReplyValues = { message: string };
export type ReplyInput = z.output<typeof replyInput>;

/** How the reply reads on the contact's timeline. */
export function replyActivityBody(message: string): string {
  return `You replied to their invitation:\n${message}`;
}

/**
 * This device's copy of a reply being written (lib/invitations/local-draft.ts's format): one entry per user and
 * invitation, so a reload keeps the text; replies have no server draft, and the entry goes once the reply is marked sent.
 */
export function replyDraftKey(userId: string, invitationId: string): string {
  return `rapport:reply-draft:${userId}:${invitationId}`;
}
