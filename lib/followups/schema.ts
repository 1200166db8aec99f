// Follow-up inputs shared by the forms (for comfort) and the actions (for safety): a next step with its day, a snooze,
// a new day, and the stay-in-touch cadence.
import { z } from "zod";
import { storableText } from "@/lib/forms";
import { parseDay } from "@/lib/dates/calendar";
import { editVersion } from "@/lib/forms";

export const NOTE_MAX = 500;

/** A follow-up day as "YYYY-MM-DD": a real day, in the past (it is then overdue) or within ten years. */
export function followUpDay() {
  return z
    .string()
    .trim()
    .prefault("")
    .refine((value) => value !== "", "Choose the day to follow up on.")
    .refine((value) => value === "" || isPlausibleDay(value), "Choose a date such as 2026-12-10.");
}

function isPlausibleDay(value: string): boolean {
  const day = parseDay(value);
  return day !== null && day.getUTCFullYear() >= 2000 && day.getUTCFullYear() <= 2100;
}

/** "Follow up on" + "Next step". */
export const followUpInput = z.object({
  dueOn: followUpDay(),
  note: storableText("The next step").trim().min(1, "Write the next step, e.g. “Send the article we talked about”.").max(NOTE_MAX, `Keep the next step under ${NOTE_MAX} characters.`).prefault(""),
});
export type FollowUpInput = z.output<typeof followUpInput>;

/** "Reschedule": the new day, and the version the follow-up was shown at. */
export const rescheduleInput = z.object({ dueOn: followUpDay(), version: editVersion() });

export const SNOOZES = {
  "1d": { days: 1, label: "1 day" },
  "1w": { days: 7, label: "1 week" },
  "2w": { days: 14, label: "2 weeks" },
} as const;
export type Snooze = keyof typeof SNOOZES;
export const snoozeInput = z.enum(Object.keys(SNOOZES) as [Snooze, ...Snooze[]], { error: "Choose how long to snooze it." });

/** What "Done" suggests for the next step: two weeks after today. */
export const NEXT_STEP_AFTER_DAYS = 14;

/** The stay-in-touch choices, in weeks; "" is off. */
export const STAY_IN_TOUCH_OPTIONS: { value: string; label: string }[] = [
  { value: "", label: "Off" },
  { value: "2", label: "Every 2 weeks" },
  { value: "4", label: "Every 4 weeks" },
  { value: "8", label: "Every 8 weeks" },
  { value: "12", label: "Every 12 weeks" },
  { value: "26", label: "Every 6 months" },
  { value: "52", label: "Every year" },
];

/** "" (Off) → null, else one of the offered week counts. */
export const stayInTouchInput = z
  .string()
  .trim()
  .refine((value) => STAY_IN_TOUCH_OPTIONS.some((option) => option.value === value), "Choose how often to stay in touch.")
  .transform((value) => (value === "" ? null : Number(value)));

/**
 * What "Undo" after "Done" sends back: the receipt the completion returned, as plain text. It only ever restores the
 * user's own contact to a state it had, and is checked like any other input.
 */
export const completionReceiptInput = z.object({
  lastInteractionAt: z.iso.datetime().nullable(),
  cadence: z.object({ id: storableText("The id").min(1).max(64), dueOn: z.string().refine(isPlausibleDay) }).nullable(),
});
export type CompletionReceiptValues = z.input<typeof completionReceiptInput>;
