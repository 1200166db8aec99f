// Quick capture's schema (one person met, at an event or not), shared by the form and the action.
import { z } from "zod";
import { aNameIsRequired, linkedinUrlField, nameFields } from "@/lib/contacts/schema";
import { ENCOUNTER_LIMITS, optionalId, optionalPastDay, topicField } from "@/lib/encounters/schema";
import { optionalText, storableText, type FormState } from "@/lib/forms";

// A field missing from the form data (a hand-made request) counts as left empty.
export const captureInput = z
  .object({
    eventId: optionalId(),
    // Empty (or missing) is the user's today; the form starts with it filled in.
    metOn: optionalPastDay("Met on"),
    ...nameFields,
    // The one line that makes the invitation personal later: asked for while it is fresh.
    context: storableText("What you talked about")
      .trim()
      .min(1, "Write a few words about what you talked about.")
      .max(ENCOUNTER_LIMITS.context, `What you talked about must be at most ${ENCOUNTER_LIMITS.context} characters.`)
      // prefault, not default: a missing line must still be refused as empty.
      .prefault(""),
    topic: topicField(),
    company: optionalText(200, "Company"),
    linkedinUrl: linkedinUrlField(),
    // The answers to a duplicate question: "Save anyway" (a new person after all), or
    // "Add to the existing one" (this meeting goes on the contact already there).
    confirmed: z.literal("1").optional().transform(Boolean),
    addToContactId: optionalId(),
  })
  .refine(aNameIsRequired.check, aNameIsRequired.params);

export type CaptureInput = z.output<typeof captureInput>;

/**
 * The capture form's state: after a save, the person just captured (or the existing contact the
 * meeting was added to); after a duplicate question, the contact it may be, for "Add to the existing one".
 */
export type CaptureState = FormState & { captured?: { id: string; name: string }; existing?: { id: string; name: string } };
