// The "how you met" form's schema, shared by the form (for comfort) and the actions (for safety).
import { z } from "zod";
import { editVersion, optionalText, storableText } from "@/lib/forms";
import { EncounterKind } from "@/lib/generated/prisma/enums";
import { addDays, parseDay, todayIn } from "@/lib/dates/calendar";

export const ENCOUNTER_KIND_LABELS: Record<EncounterKind, string> = {
  EVENT: "Event",
  MUTUAL_CONNECTION: "Mutual connection",
  COLLEAGUE: "Colleague",
  CLASSMATE: "Classmate",
  DID_BUSINESS: "Did business",
  FRIEND: "Friend",
  ONLINE_GROUP: "Online group",
  OTHER: "Other",
};

export const ENCOUNTER_KINDS = Object.keys(ENCOUNTER_KIND_LABELS) as EncounterKind[];

// A topic is a phrase to say in a message ("your talk on design tokens"), not a note: kept short.
export const ENCOUNTER_LIMITS = { where: 200, context: 2_000, topic: 150, help: 1_000 } as const;

/** "Topic to mention": optional, shared by the encounter form and quick capture. */
export function topicField() {
  return optionalText(ENCOUNTER_LIMITS.topic, "Topic to mention");
}


/** An id picked from a select: "" (the "none" option) is null; the owner is checked when writing. */
export function optionalId() {
  return storableText("An id", { message: "Pick one from the list." })
    .trim()
    .max(64, "Pick one from the list.")
    .transform((value) => value || null)
    .default(null);
}

/**
 * A past day as "YYYY-MM-DD". One day ahead of UTC's today is allowed: somewhere (UTC+14 at most)
 * it is already tomorrow, and the schema runs in the browser and on the server without the user's
 * timezone.
 */
export function pastDay(label: string, missing: string) {
  return z
    .string()
    .trim()
    .transform((value, ctx) => {
      if (!value) {
        ctx.addIssue({ code: "custom", message: missing });
        return z.NEVER;
      }
      const day = parseDay(value);
      if (!day || day.getUTCFullYear() < 1900) {
        ctx.addIssue({ code: "custom", message: `Enter a real date, like ${todayIn("UTC")}.` });
        return z.NEVER;
      }
      if (value > addDays(todayIn("UTC"), 1)) {
        ctx.addIssue({ code: "custom", message: `${label} cannot be in the future.` });
        return z.NEVER;
      }
      return day;
    });
}

/**
 * "Met on" where it may be left empty (quick capture, a new contact): null then, and the server
 * puts the user's today, which only it knows (their timezone, the test clock).
 */
export function optionalPastDay(label: string) {
  const day = pastDay(label, "");
  return z
    .string()
    .trim()
    .default("")
    .transform((value, ctx) => {
      if (!value) return null;
      const parsed = day.safeParse(value);
      if (parsed.success) return parsed.data;
      for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", message: issue.message });
      return z.NEVER;
    });
}

// A field missing from the form data (a hand-made request) counts as left empty.
export const encounterInput = z.object({
  kind: z.enum(ENCOUNTER_KINDS, "Choose how you met."),
  eventId: optionalId(),
  metOn: z.string().default("").pipe(pastDay("Met on", "Enter the date you met.")),
  where: optionalText(ENCOUNTER_LIMITS.where, "Where"),
  throughContactId: optionalId(),
  context: storableText("What you talked about")
    .trim()
    .max(ENCOUNTER_LIMITS.context, `What you talked about must be at most ${ENCOUNTER_LIMITS.context} characters.`)
    .default(""),
  topic: topicField(),
  theyCanHelpWith: optionalText(ENCOUNTER_LIMITS.help, "They can help with"),
  iCanHelpWith: optionalText(ENCOUNTER_LIMITS.help, "I can help with"),
});

export type EncounterInput = z.output<typeof encounterInput>;

/** Editing an encounter also posts the version the form was opened at. */
export const encounterUpdateInput = encounterInput.extend({ version: editVersion() });
