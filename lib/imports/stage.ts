// Which pipeline stage an imported person starts in. A LinkedIn connection is connected already, so it never
// enters step 1: recent ones still owe a thank-you ("Needs a thank-you"), older ones are an existing relationship
// with nothing owed ("Thanked"). Everyone else (an address book, a CSV) is someone to invite: "Personalize".
import type { Stage } from "@/lib/generated/prisma/enums";
import { daysBetween, toDayString } from "@/lib/dates/calendar";
import type { ContactOrigin } from "@/lib/imports/rows";

/**
 * `today` is the user's calendar day at midnight UTC; `connectedOn` is LinkedIn's day, also midnight UTC. With a
 * window of 30 days, connections from today and the 29 days before need a thank-you; 0 means none do.
 */
export function connectionStage(connectedOn: Date, thankWindowDays: number, today: Date): "CONNECTED" | "THANKED" {
  const daysAgo = daysBetween(toDayString(connectedOn), toDayString(today));
  return daysAgo < thankWindowDays ? "CONNECTED" : "THANKED";
}

export type StageStart = { stage: Stage; stageChangedAt: Date; connectedAt: Date | null };

/**
 * The stage a new contact starts in and since when: a connection has been in its stage since it connected (so
 * "Needs a thank-you" shows how long the thank-you has been owed), anyone else since the import.
 */
export function importedStage(origin: ContactOrigin, connectedOn: Date | null, thankWindowDays: number, today: Date, now: Date): StageStart {
  if (origin === "connection" && connectedOn) {
    return { stage: connectionStage(connectedOn, thankWindowDays, today), stageChangedAt: connectedOn, connectedAt: connectedOn };
  }
  return { stage: "PERSONALIZE", stageChangedAt: now, connectedAt: null };
}
