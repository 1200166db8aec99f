// A note on a contact's timeline.
import { z } from "zod";
import { storableText } from "@/lib/forms";

/** What the timeline's form logs: a note to remember, or an interaction (which restarts a stay-in-touch cadence). */
export const LOGGED_KINDS = ["NOTE", "MEETING", "MESSAGE"] as const;
export type LoggedKind = (typeof LOGGED_KINDS)[number];
export const LOGGED_KIND_LABELS: Record<LoggedKind, string> = {
  NOTE: "A note to remember",
  MEETING: "We met",
  MESSAGE: "We exchanged messages",
};

export const noteInput = z.object({
  body: storableText("The note").trim().min(1, "Write something first.").max(5_000, "A note must be at most 5,000 characters."),
  kind: z.enum(LOGGED_KINDS, { error: "Pick what happened." }).default("NOTE"),
});

export const ACTIVITY_LABELS = {
  NOTE: "Note",
  INVITE_SENT: "Invitation sent",
  INVITE_ACCEPTED: "Invitation accepted",
  THANK_YOU_SENT: "Thank-you sent",
  FOLLOW_UP_DONE: "Follow-up done",
  MESSAGE: "Message",
  MEETING: "Meeting",
  STAGE_CHANGED: "Stage changed",
  IMPORTED: "Imported",
  MERGED: "Merged",
} as const;
