// The inbox's inputs and words, shared by the "Log an invitation" form (for comfort), the actions (for safety) and
// the list: the classes and statuses of a received invitation as the screen names them.
import { z } from "zod";
import { storableText } from "@/lib/forms";
import { linkedinUrlField } from "@/lib/contacts/schema";
import { MAX_MESSAGE_LENGTH } from "@/lib/invitations/schema";
import { formatDay, parseDay } from "@/lib/dates/calendar";
import type { ReceivedKind } from "@/lib/invitations/assess";

/** A received invitation's class, kept as its one flag (lib/invitations/assess.ts's classifyReceived). */
export const RECEIVED_CLASSES: readonly ReceivedKind[] = ["default", "greeting_only", "customized"];
export const CLASS_LABELS: Record<ReceivedKind, string> = { default: "Default", greeting_only: "Greeting only", customized: "Personal" };

export type InboxStatus = "NEW" | "REPLIED" | "ACCEPTED" | "IGNORED";
export const INBOX_STATUSES: readonly InboxStatus[] = ["NEW", "REPLIED", "ACCEPTED", "IGNORED"];
export const STATUS_LABELS: Record<InboxStatus, string> = { NEW: "New", REPLIED: "Replied", ACCEPTED: "Accepted", IGNORED: "Ignored" };

/** What "Ignore" can be undone to: the status it had before. */
export const RESTORABLE_STATUSES = ["NEW", "REPLIED"] as const;
export const restorableStatus = z.enum(RESTORABLE_STATUSES, { error: "This invitation cannot be put back." });
export type RestorableStatus = z.output<typeof restorableStatus>;

export const MAX_FROM_LENGTH = 200;

/**
 * "Log an invitation". `today` is the user's day where they are ("YYYY-MM-DD"): the page hands it to the form, the
 * action works it out again, so a received day after it is refused on both sides. An empty message is allowed: it is
 * LinkedIn's default invitation, the most common one of all.
 */
export function logInvitationInput(today: string) {
  return z.object({
    from: storableText("From")
      .trim()
      .transform((value) => value.replace(/\s+/g, " "))
      .pipe(z.string().min(1, "Enter the name of who sent it, as LinkedIn shows it.").max(MAX_FROM_LENGTH, `From must be at most ${MAX_FROM_LENGTH} characters.`))
      .default(""),
    message: storableText("Message")
      .trim()
      .max(MAX_MESSAGE_LENGTH, `A message must be at most ${MAX_MESSAGE_LENGTH.toLocaleString("en")} characters.`)
      .default(""),
    receivedOn: z
      .string()
      .trim()
      .default("")
      .transform((value, ctx) => {
        const day = parseDay(value);
        if (!value) ctx.addIssue({ code: "custom", message: "Enter the day you received it." });
        else if (!day || day.getUTCFullYear() < 1900) ctx.addIssue({ code: "custom", message: `Enter a real date, like ${today}.` });
        else if (value > today) ctx.addIssue({ code: "custom", message: `Received on cannot be after today (${formatDay(parseDay(today)!)}): choose today or an earlier day.` });
        else return value;
        return z.NEVER;
      }),
    linkedinUrl: linkedinUrlField(),
  });
}
export type LogInvitationInput = z.output<ReturnType<typeof logInvitationInput>>;

/** "Jane van Dam" → Jane / van Dam: how a new contact made from "From" is named. */
export function splitName(from: string): { firstName: string; lastName: string } {
  const [firstName = "", ...rest] = from.trim().split(/\s+/);
  return { firstName, lastName: rest.join(" ") };
}

/** Every way a contact could hold this name in first and last name ("Mary Ann Smith": Mary + Ann Smith, Mary Ann + Smith…). */
export function nameSplits(from: string): { firstName: string; lastName: string }[] {
  const words = from.trim().split(/\s+/).filter(Boolean);
  const splits = [{ firstName: "", lastName: words.join(" ") }];
  for (let index = 1; index <= words.length; index += 1) splits.push({ firstName: words.slice(0, index).join(" "), lastName: words.slice(index).join(" ") });
  return splits;
}
