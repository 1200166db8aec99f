// The settings form's schema, shared by the form (for comfort) and the action (for safety), and the timezone list.
import { z } from "zod";
import { storableText } from "@/lib/forms";

export const NOTE_LIMITS = [300, 200] as const;
export type NoteLimit = (typeof NOTE_LIMITS)[number];

/** How each note limit is offered on screen. */
export const NOTE_LIMIT_LABELS: Record<NoteLimit, string> = {
  300: "300 characters (LinkedIn Premium)",
  200: "200 characters (free accounts)",
};

/** Whether the runtime knows this IANA timezone ("Europe/Berlin", "UTC", and aliases such as "Asia/Calcutta"). */
export function isTimeZone(value: string): boolean {
  // Offsets such as "+02:00" are accepted by Intl but are not places: they ignore daylight saving time.
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(value)) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** Every timezone to choose from: UTC first (Intl's list leaves it out), then the runtime's zones, plus `current`. */
export function timeZoneOptions(current?: string): string[] {
  const zones = ["UTC", ...Intl.supportedValuesOf("timeZone").filter((zone) => zone !== "UTC")];
  if (current && !zones.includes(current) && isTimeZone(current)) zones.push(current);
  return zones;
}

// A field missing from the form data (a hand-made request) counts as left empty.
export const settingsInput = z.object({
  name: storableText("Your name").trim().min(1, "Enter your name.").max(100, "Keep your name under 100 characters.").prefault(""),
  inviteNoteLimit: z
    .string()
    .prefault("")
    .transform((value, ctx) => {
      const limit = NOTE_LIMITS.find((allowed) => String(allowed) === value.trim());
      if (!limit) {
        ctx.addIssue({ code: "custom", message: "Choose 300 or 200 characters." });
        return z.NEVER;
      }
      return limit;
    }),
  timezone: z
    .string()
    .trim()
    .prefault("")
    .refine((value) => value !== "", "Choose your timezone.")
    .refine((value) => value === "" || isTimeZone(value), "Choose a timezone from the list, like Europe/Berlin."),
});

export type SettingsInput = z.output<typeof settingsInput>;
