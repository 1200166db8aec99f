// What "Mark thank-you sent" takes: the message as sent and the next step (a day and what to do), or no follow-up.
// Shared by the composer's step (for comfort) and the action (for safety); "today" is the user's, so it is passed in.
import { z } from "zod";
import { storableText } from "@/lib/forms";
import { addDays, parseDay } from "@/lib/dates/calendar";

/** LinkedIn's limit for a message to a connection (a connection note's 200/300 does not apply). */
export const MAX_THANK_YOU_LENGTH = 8_000;
export const MAX_NEXT_STEP_LENGTH = 500;
/** How far ahead "Follow up on" is suggested: two weeks is soon enough to be remembered, late enough not to push. */
export const FOLLOW_UP_AFTER_DAYS = 14;

/** The day "Follow up on" starts with: two weeks after the user's today ("YYYY-MM-DD"). */
export function suggestFollowUpDay(today: string): string {
  return addDays(today, FOLLOW_UP_AFTER_DAYS);
}

/** A draft is kept exactly as typed: the writer is in the middle of it. */
export const thankYouDraftInput = z.object({
  message: storableText("The message", { notText: "Write the thank-you as text." })
    .max(MAX_THANK_YOU_LENGTH, `A message must be at most ${MAX_THANK_YOU_LENGTH.toLocaleString("en")} characters.`),
});

export type ThankYouValues = { message: string; noFollowUp: boolean; followUpOn: string; nextStep: string };

/** The input of "Mark thank-you sent", for a user whose today is `today` ("YYYY-MM-DD"). */
export function thankYouInput(today: string) {
  return z
    .object({
      message: storableText("The message", { notText: "Write the thank-you first." })
        .trim()
        .min(1, "Write the thank-you first.")
        .max(MAX_THANK_YOU_LENGTH, `A message must be at most ${MAX_THANK_YOU_LENGTH.toLocaleString("en")} characters.`),
      noFollowUp: z.boolean({ error: "Say whether to follow up." }).prefault(false),
      followUpOn: z.string({ error: "Pick a day to follow up." }).trim().prefault(""),
      nextStep: storableText("The next step", { notText: "Write the next step as text." })
        .trim()
        .max(MAX_NEXT_STEP_LENGTH, `The next step must be at most ${MAX_NEXT_STEP_LENGTH} characters.`)
        .prefault(""),
    })
    .transform(({ message, noFollowUp, followUpOn, nextStep }, context) => {
      if (noFollowUp) return { message, followUp: null };
      const dueOn = parseDay(followUpOn);
      const problem = !followUpOn
        ? "Pick a day to follow up, or tick “No follow-up”."
        : !dueOn
          ? "Enter a valid date."
          : followUpOn < today
            ? "Pick today or a later day."
            : null;
      if (problem || !dueOn) {
        context.addIssue({ code: "custom", path: ["followUpOn"], message: problem ?? "Enter a valid date.", input: followUpOn });
        return z.NEVER;
      }
      return { message, followUp: { dueOn, note: nextStep } };
    });
}

export type ThankYouInput = z.output<ReturnType<typeof thankYouInput>>;
