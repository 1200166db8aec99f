// The event form's schema, shared by the form (for comfort) and the actions (for safety).
import { z } from "zod";
import { parseDay, todayIn } from "@/lib/dates/calendar";
import { editVersion, optionalText, storableText } from "@/lib/forms";

export const EVENT_LIMITS = { name: 200, location: 200, url: 2_000, notes: 10_000 } as const;

/** A web address; "example.com/summit" gets https:// in front, other schemes than http(s) are refused. */
function webAddress(value: string): string | null {
  const text = /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (!["http:", "https:"].includes(url.protocol) || !url.hostname.includes(".")) return null;
  return url.toString();
}

// A field missing from the form data (a hand-made request) counts as left empty.
export const eventInput = z.object({
  name: storableText("Event name")
    .trim()
    .min(1, "Enter the event's name.")
    .max(EVENT_LIMITS.name, `Event name must be at most ${EVENT_LIMITS.name} characters.`)
    // prefault, not default: a missing name must still be refused as empty.
    .prefault(""),
  // Future dates are fine: people add an event before they go.
  startsOn: z
    .string()
    .trim()
    .default("")
    .transform((value, ctx) => {
      const day = parseDay(value);
      if (!day || day.getUTCFullYear() < 1900 || day.getUTCFullYear() > 2999) {
        ctx.addIssue({ code: "custom", message: value ? `Enter a real date, like ${todayIn("UTC")}.` : "Enter the date of the event." });
        return z.NEVER;
      }
      return day;
    }),
  location: optionalText(EVENT_LIMITS.location, "Location"),
  url: storableText("Link")
    .trim()
    .max(EVENT_LIMITS.url, `Link must be at most ${EVENT_LIMITS.url} characters.`)
    .transform((value, ctx) => {
      if (!value) return null;
      const url = webAddress(value);
      if (!url) {
        ctx.addIssue({ code: "custom", message: "Enter a web address, like https://example.com/summit." });
        return z.NEVER;
      }
      return url;
    })
    .default(null),
  notes: optionalText(EVENT_LIMITS.notes, "Notes"),
});

export type EventInput = z.output<typeof eventInput>;

/** Editing an event also posts the version the form was opened at. */
export const eventUpdateInput = eventInput.extend({ version: editVersion() });
