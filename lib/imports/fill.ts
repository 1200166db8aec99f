// What an import adds to a contact the user already has (same LinkedIn URL, else same email): only what the
// contact lacks. The user's own edits always win, so importing the same file again changes nothing.
import type { Stage } from "@/lib/generated/prisma/enums";
import type { ContactOrigin, ImportedContact } from "@/lib/imports/rows";
import type { ContactFields } from "@/lib/contacts/schema";
import { canMove } from "@/lib/pipeline/stage";

export type ExistingContact = ContactFields & { id: string; connectedAt: Date | null; stage: Stage };

export type ContactFill = Partial<Omit<ExistingContact, "id">> & { stageChangedAt?: Date };

const TEXT_FIELDS = ["email", "phone", "company", "title", "linkedinUrl", "location", "notes"] as const;
const MAX_TAGS = 30;

/**
 * The fields to set on `existing` from `row`; empty when the import has nothing new for it. Someone you sent an
 * invitation to who appears among your connections has accepted it: they move to "Needs a thank-you" (the stage rules
 * decide, as for a click on "Mark as accepted"), owed since the day LinkedIn says you connected.
 */
export function fillFrom(existing: ExistingContact, row: ImportedContact, origin: ContactOrigin): ContactFill {
  const fill: ContactFill = {};
  // A name is filled only when the contact has none at all: "Bob" the user typed stays "Bob".
  if (!existing.firstName && !existing.lastName && (row.firstName || row.lastName)) {
    fill.firstName = row.firstName;
    fill.lastName = row.lastName;
  }
  for (const field of TEXT_FIELDS) {
    if (!existing[field] && row[field]) fill[field] = row[field];
  }
  const known = new Set(existing.tags.map((tag) => tag.toLowerCase()));
  const added = row.tags.filter((tag) => !known.has(tag.toLowerCase()));
  if (added.length > 0 && existing.tags.length < MAX_TAGS) fill.tags = [...existing.tags, ...added].slice(0, MAX_TAGS);
  if (!existing.connectedAt && row.connectedOn) fill.connectedAt = row.connectedOn;
  if (origin === "connection" && row.connectedOn && existing.stage === "SENT" && canMove("SENT", "CONNECTED").ok) {
    fill.stage = "CONNECTED";
    fill.stageChangedAt = row.connectedOn;
    fill.connectedAt = row.connectedOn;
  }
  return fill;
}
