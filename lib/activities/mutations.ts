// Writing on a contact's timeline. A meeting or a message is an interaction: it moves the contact's last interaction
// and restarts a stay-in-touch cadence, in the same transaction; a note is only something to remember.
import "server-only";
import { db } from "@/lib/db";
import { recordInteraction } from "@/lib/followups/mutations";
import type { LoggedKind } from "@/lib/activities/schema";

export async function logActivity(ownerId: string, contactId: string, kind: LoggedKind, body: string): Promise<{ ok: true } | { ok: false }> {
  return db.$transaction(async (tx) => {
    const contact = await tx.contact.findFirst({ where: { id: contactId, ownerId }, select: { id: true } });
    if (!contact) return { ok: false } as const;
    const at = new Date();
    await tx.activity.create({ data: { ownerId, contactId, kind, body, occurredAt: at } });
    if (kind !== "NOTE") await recordInteraction(tx, ownerId, contactId, at);
    return { ok: true } as const;
  });
}
