// Reads for the thank-you composer, scoped by owner.
import "server-only";
import { db } from "@/lib/db";
import { listEncounters } from "@/lib/encounters/queries";
import { isRowId } from "@/lib/forms";

/** The contact as the thank-you composer shows it, with how you met and the draft; null when it is not the owner's. */
export async function getThankYouComposer(ownerId: string, contactId: string) {
  if (!isRowId(contactId)) return null; // an address no id of Rapport's looks like (a NUL would reach PostgreSQL as an error)
  const contact = await db.contact.findFirst({
    where: { id: contactId, ownerId },
    select: { id: true, firstName: true, lastName: true, company: true, linkedinUrl: true, stage: true, connectedAt: true },
  });
  if (!contact) return null;
  const [encounters, draft] = await Promise.all([
    listEncounters(ownerId, contactId),
    db.thankYouDraft.findFirst({ where: { ownerId, contactId }, select: { message: true, updatedAt: true } }),
  ]);
  return { contact, encounters, draft };
}
