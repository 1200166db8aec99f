// Settings writes: only the signed-in user's own row, by the id their session verified.
import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { SettingsInput } from "@/lib/settings/schema";

export async function updateSettings(userId: string, input: SettingsInput): Promise<void> {
  await db.user.update({
    where: { id: userId },
    data: { name: input.name, inviteNoteLimit: input.inviteNoteLimit, timezone: input.timezone },
    select: { id: true },
  });
}

/**
 * Gives the user a new calendar token: the old feed address stops working at once (404), for when it was shared by
 * mistake. 32 random bytes, URL-safe, so the address cannot be guessed.
 */
export async function resetCalendarToken(userId: string): Promise<string> {
  const calendarToken = randomBytes(32).toString("base64url");
  await db.user.update({ where: { id: userId }, data: { calendarToken }, select: { id: true } });
  return calendarToken;
}
