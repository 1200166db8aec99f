// The composer's input rules, shared by the composer (for comfort) and the actions (for safety).
import { z } from "zod";
import { storableText } from "@/lib/forms";
import type { Claim } from "@/lib/invitations/facts";

/** A draft may run long while it is written; the coach's TOO_LONG finding says when it is over the note limit. */
export const MAX_MESSAGE_LENGTH = 2_000;

export const CLAIMS: readonly Claim[] = ["COLLEAGUE", "CLASSMATE", "DID_BUSINESS", "FRIEND", "OTHER"];

/** "How you know them": the choices LinkedIn offers, in its words. */
export const CLAIM_LABELS: Record<Claim, string> = {
  COLLEAGUE: "Colleague",
  CLASSMATE: "Classmate",
  DID_BUSINESS: "Did business",
  FRIEND: "Friend",
  OTHER: "Other",
};

export const messageField = storableText("The message", { notText: "Write a message first." })
  .max(MAX_MESSAGE_LENGTH, `A message must be at most ${MAX_MESSAGE_LENGTH.toLocaleString("en")} characters.`);

/** "" (not said) or missing is null. */
export const claimField = z
  .union([z.enum(CLAIMS as [Claim, ...Claim[]]), z.literal(""), z.null(), z.undefined()], { error: "Pick how you know them from the list." })
  .transform((value) => value || null);

/** A draft is kept exactly as typed, trailing space and all: the writer is in the middle of it. */
export const draftInput = z.object({ message: messageField, claim: claimField });
export type DraftInput = z.output<typeof draftInput>;

/** What is sent is what LinkedIn will show: without the blank lines around it. */
export const sendInput = z.object({ message: messageField.transform((message) => message.trim()), claim: claimField });
export type SendInput = z.output<typeof sendInput>;

export const contactIdField = storableText("The contact", { message: "This contact no longer exists." }).min(1).max(64);
