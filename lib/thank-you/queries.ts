// Reads for the thank-you composer and the contact page's pipeline area, scoped by owner.
import "server-only";
import { db } from "@/lib/db";
import { listEncounters } from "@/lib/encounters/queries";

/** The contact as the thank-you composer shows it, with how you met; null when it is not the owner's. */
export async function getThankYouComposer(ownerId: string, contactId: string) {
  const contact = await db.contact.findFirst({
    where: { id: contactId, ownerId },
    select: { id: true, firstName: true, lastName: true, company: true, linkedinUrl: true, stage: true, connectedAt: true },
  });
  if (!contact) return null;
  return { contact, encounters: await listEncounters(ownerId, contactId) };
}

/** Where the contact stands in the pipeline: when it got there, when they accepted, and the next follow-up. */
export function getPipelineStatus(ownerId: string, contactId: string) {
  return db.contact.findFirst({
    where: { id: contactId, ownerId },
    select: { stage: true, stageChangedAt: true, connectedAt: true, nextFollowUpOn: true, followUpNote: true },
  });
}

export type PipelineStatus = NonNullable<Awaited<ReturnType<typeof getPipelineStatus>>>;
