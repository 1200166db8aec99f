// What "Undo import" does, decided in one place: the undo dialog's numbers (planUndo through previewUndo) and the undo
// itself (planUndo inside undoImport's transaction) come from the same query, so the dialog says what the undo does.
//
// The rule. An import is undone contact by contact, for every contact it reached: those it created (their importId is
// the batch) and those it added rows to (activities and invitations whose importId is the batch).
// - A contact is *changed since* the import when the user (or a later import) did anything with it after the import:
//   edited, archived or tagged it (its version moved), merged it (the same, and a MERGED entry), drafted or sent an
//   invitation, thanked it, moved it on the board, logged a note, an encounter or a follow-up, named it as a mutual
//   connection, or answered one of the invitations the import brought. For a contact the import created, any row that
//   is not the import's own is such a sign; for a contact the user had before, only rows made after the import count
//   (what they had before says nothing about the import), and a stay-in-touch reminder moved by the import does not.
// - A contact the import created and nobody changed since is deleted, with the rows on it (all the import's own).
// - A contact the import created and that was changed since is kept and leaves the batch (importId cleared), with the
//   import's rows on it: its stage and acceptance date came from those rows ("Connected on LinkedIn", the pending
//   invitation), so keeping the contact without them would leave a history that contradicts its stage.
// - On a contact the user had before, the import's rows (its "Connected on LinkedIn" entry, copies of messages, pending
//   invitations from the file) are deleted when the contact was not changed since: they are only copies of lines in
//   the file, which can be imported again, and removing them is what undoing that import means. When it was changed
//   since, the user has built on them (thanked after the acceptance, replied to the message), so they stay, detached.
// Nothing the user made carries an importId, so no undo can delete it directly; and a merge, which moves one contact's
// rows onto another, takes them out of their import unless both came from the same one (lib/contacts/merge.ts), so
// rows merged into the user's own record never become deletable with it.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

type Client = Prisma.TransactionClient;

export type UndoCounts = {
  /** Contacts the import created that nobody changed since: deleted with everything on them. */
  removed: number;
  /** Contacts the import created that were changed since: kept, no longer part of the import. */
  kept: number;
  /** Timeline entries and invitations the import added to contacts the user had before (and did not change since): deleted. */
  entriesRemoved: number;
  /** Contacts the user had before and changed since the import: the import's entries on them stay. */
  yoursChanged: number;
};

export type UndoPlan = {
  counts: UndoCounts;
  /** Every contact the import reached that was changed since: its rows (and, if the import created it, itself) leave the batch. */
  changedIds: string[];
};

type ReachedContact = { id: string; created: boolean; changed: boolean; entries: number };

/**
 * Sorts every contact the batch reached into changed since / not, by the rule above. Inside undoImport's transaction
 * the contacts are locked first (lockReachedContacts), so nothing can be added to them between this and the deletes.
 */
export async function planUndo(client: Client, ownerId: string, batchId: string): Promise<UndoPlan> {
  // The batch's rows are counted per contact in one pass each (grouped), not per contact: a correlated count over the
  // importId index made a 10,000-contact import take seconds per thousand contacts.
  const rows = await client.$queryRaw<ReachedContact[]>`
    WITH batch AS (
      SELECT id, "createdAt" AS at FROM "ImportBatch" WHERE id = ${batchId} AND "ownerId" = ${ownerId}
    ), own AS (
      SELECT id, 0::bigint AS entries, false AS answered FROM "Contact" WHERE "ownerId" = ${ownerId} AND "importId" = ${batchId}
      UNION ALL
      SELECT "contactId", count(*), false FROM "Activity" WHERE "ownerId" = ${ownerId} AND "importId" = ${batchId} GROUP BY "contactId"
      UNION ALL
      -- The import writes its invitations as pending (SENT going out, NEW coming in), or as ACCEPTED when a connection
      -- sent it, untouched since (updatedAt = createdAt); any other answer is the user's.
      SELECT "contactId", count(*), bool_or(CASE WHEN status = 'ACCEPTED' AND direction = 'INCOMING' AND "updatedAt" = "createdAt" THEN false
                                                 ELSE status NOT IN ('SENT', 'NEW') OR "respondedAt" IS NOT NULL OR "draftFor" IS NOT NULL END)
        FROM "Invitation" WHERE "ownerId" = ${ownerId} AND "importId" = ${batchId} GROUP BY "contactId"
    ), reached AS (
      SELECT id, sum(entries)::int AS entries, bool_or(answered) AS answered FROM own GROUP BY id
    ), sorted AS (
      SELECT c.id, c."importId" IS NOT DISTINCT FROM b.id AS created, b.at, c.version, c."createdAt", c."updatedAt", r.entries, r.answered
        FROM reached r JOIN "Contact" c ON c.id = r.id AND c."ownerId" = ${ownerId} CROSS JOIN batch b
    )
    SELECT s.id, s.created, s.entries,
           (
             s.answered
             -- The import inserts its contacts at version 1 with updatedAt = createdAt; every later write moves one.
             OR (s.created AND (s.version > 1 OR s."updatedAt" <> s."createdAt"))
             OR EXISTS (SELECT 1 FROM "Activity" a WHERE a."contactId" = s.id AND a."importId" IS DISTINCT FROM ${batchId}
                          AND (s.created OR a."createdAt" > s.at))
             OR EXISTS (SELECT 1 FROM "Invitation" i WHERE i."contactId" = s.id AND i."importId" IS DISTINCT FROM ${batchId}
                          AND (s.created OR i."createdAt" > s.at))
             OR EXISTS (SELECT 1 FROM "Encounter" e WHERE e."contactId" = s.id AND (s.created OR e."createdAt" > s.at))
             OR EXISTS (SELECT 1 FROM "Encounter" e WHERE e."throughContactId" = s.id AND (s.created OR e."createdAt" > s.at))
             OR EXISTS (SELECT 1 FROM "FollowUp" f WHERE f."contactId" = s.id
                          AND (s.created OR (f."createdAt" > s.at AND NOT f."fromCadence")))
           ) AS changed
      FROM sorted s`;

  const counts: UndoCounts = { removed: 0, kept: 0, entriesRemoved: 0, yoursChanged: 0 };
  const changedIds: string[] = [];
  for (const row of rows) {
    if (row.changed) changedIds.push(row.id);
    if (row.created) counts[row.changed ? "kept" : "removed"] += 1;
    else if (row.changed) counts.yoursChanged += 1;
    else counts.entriesRemoved += row.entries;
  }
  return { counts, changedIds };
}

/**
 * Locks (FOR UPDATE, in id order) every contact the batch reached. Adding a note, an encounter or an invitation to a
 * contact takes a key-share lock on it, so such a write waits for the undo: it either lands before the plan is made
 * (and the contact counts as changed) or fails afterwards on a deleted contact, never vanishes with it.
 */
export async function lockReachedContacts(client: Client, ownerId: string, batchId: string): Promise<void> {
  await client.$queryRaw`
    SELECT id FROM "Contact"
     WHERE "ownerId" = ${ownerId}
       AND id IN (SELECT id FROM "Contact" WHERE "ownerId" = ${ownerId} AND "importId" = ${batchId}
                  UNION SELECT "contactId" FROM "Activity" WHERE "ownerId" = ${ownerId} AND "importId" = ${batchId}
                  UNION SELECT "contactId" FROM "Invitation" WHERE "ownerId" = ${ownerId} AND "importId" = ${batchId})
     ORDER BY id
       FOR UPDATE`;
}

/**
 * Takes contacts, and the batch's rows on them, out of the batch: no undo can delete them afterwards. The contact's
 * version stays: leaving a batch is not a change of what the contact form shows, so an open edit form still saves.
 */
export async function detachFromBatch(client: Client, ownerId: string, batchId: string, contactIds: string[]): Promise<void> {
  if (contactIds.length === 0) return;
  const where = { ownerId, contactId: { in: contactIds }, importId: batchId };
  await client.activity.updateMany({ where, data: { importId: null } });
  await client.invitation.updateMany({ where, data: { importId: null } });
  await client.contact.updateMany({ where: { ownerId, id: { in: contactIds }, importId: batchId }, data: { importId: null } });
}
