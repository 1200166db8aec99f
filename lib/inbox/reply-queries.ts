// Reads for the reply composer, scoped by owner: an invitation the user received, its sender and how you met.
import "server-only";
import { db } from "@/lib/db";
import { listEncounters } from "@/lib/encounters/queries";
import { isRowId } from "@/lib/forms";

/** The invitation received as the reply page shows it, with what Rapport knows of the sender; null when it is not the owner's. */
export async function getReplyComposer(ownerId: string, invitationId: string) {
  if (!isRowId(invitationId)) return null; // an address no id of Rapport's looks like (a NUL would reach PostgreSQL as an error)
  const invitation = await db.invitation.findFirst({
    where: { id: invitationId, ownerId, direction: "INCOMING" },
    select: {
      id: true,
      message: true,
      status: true,
      sentAt: true,
      flags: true,
      contact: { select: { id: true, firstName: true, lastName: true, company: true, title: true, linkedinUrl: true } },
    },
  });
  if (!invitation) return null;
  const encounters = await listEncounters(ownerId, invitation.contact.id);
  return { invitation, encounters };
}
