// A note on a contact's timeline.
import { z } from "zod";

export const noteInput = z.object({
  body: z.string().trim().min(1, "Write something first.").max(5_000, "A note must be at most 5,000 characters."),
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
