// Invitation reads for the composer and the history, every one scoped by its owner.
import "server-only";
import { db } from "@/lib/db";
import { listEncounters } from "@/lib/encounters/queries";
import { isRowId } from "@/lib/forms";


/** Everything the composer page needs, or null when the contact is not the owner's. */
export async function getComposer(ownerId: string, contactId: string) {
  if (!isRowId(contactId)) return null; // an address no id of Rapport's looks like (a NUL would reach PostgreSQL as an error)
  const contact = await db.contact.findFirst({
    where: { id: contactId, ownerId },
    select: { id: true, firstName: true, lastName: true, company: true, linkedinUrl: true, stage: true },
  });
  if (!contact) return null;
  const [encounters, draft, lastSent] = await Promise.all([
    listEncounters(ownerId, contactId),
    db.invitation.findFirst({
      where: { ownerId, contactId, draftFor: contactId },
      select: { message: true, relationshipClaim: true, updatedAt: true },
    }),
    db.invitation.findFirst({
      where: { ownerId, contactId, direction: "OUTGOING", sentAt: { not: null } },
      orderBy: { sentAt: "desc" },
      select: { sentAt: true },
    }),
  ]);
  return { contact, encounters, draft, lastSentAt: lastSent?.sentAt ?? null };
}

export type Composer = NonNullable<Awaited<ReturnType<typeof getComposer>>>;

/** The contact's invitations, either way, newest first; the draft being written is not history yet. */
export function listInvitations(ownerId: string, contactId: string) {
  return db.invitation.findMany({
    where: { ownerId, contactId, status: { not: "DRAFT" } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, direction: true, status: true, message: true, score: true, flags: true, relationshipClaim: true, sentAt: true, createdAt: true },
  });
}

export type InvitationHistoryItem = Awaited<ReturnType<typeof listInvitations>>[number];
