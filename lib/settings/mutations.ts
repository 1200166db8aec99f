// Settings writes: only the signed-in user's own row, by the id their session verified.
import "server-only";
import { db } from "@/lib/db";
import type { SettingsInput } from "@/lib/settings/schema";

export async function updateSettings(userId: string, input: SettingsInput): Promise<void> {
  await db.user.update({
    where: { id: userId },
    data: { name: input.name, inviteNoteLimit: input.inviteNoteLimit, timezone: input.timezone },
    select: { id: true },
  });
}
