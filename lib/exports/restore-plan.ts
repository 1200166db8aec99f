// Turns a parsed backup into the rows restore writes: every row gets a new id (ids are global, and
// the account the backup came from may still exist) and every reference is remapped to the new ids.
// Pure, so the remapping is unit-tested without a database.
import { randomBytes } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseDay } from "@/lib/dates/calendar";
import type { Backup, BackupSection } from "@/lib/exports/backup-format";

export type RestorePlan = {
  settings: Backup["user"];
  imports: Prisma.ImportBatchCreateManyInput[];
  contacts: Prisma.ContactCreateManyInput[];
  events: Prisma.EventCreateManyInput[];
  encounters: Prisma.EncounterCreateManyInput[];
  invitations: Prisma.InvitationCreateManyInput[];
  templates: Prisma.TemplateCreateManyInput[];
  activities: Prisma.ActivityCreateManyInput[];
  followUps: Prisma.FollowUpCreateManyInput[];
  thankYouDrafts: Prisma.ThankYouDraftCreateManyInput[];
};

/**
 * New ids that sort in the order they are handed out: a shared random prefix, then a fixed-width
 * counter. Backups list rows by id, so a restored account lists them in the same order as the
 * original, and a backup of it matches the original row for row. They look like Prisma's cuids
 * (a "c", 25 lower-case letters and digits).
 */
export function sequentialIds(prefix = `c${Date.now().toString(36).padStart(9, "0")}${randomBase36(8)}`): () => string {
  let next = 0;
  return () => `${prefix}${(next++).toString(36).padStart(7, "0")}`;
}

function randomBase36(length: number): string {
  const alphabet = "0123456789abcdefghijklmnopqrstuvwxyz";
  return Array.from(randomBytes(length), (byte) => alphabet[byte % 36]).join("");
}

const at = (value: string) => new Date(value);
const atOrNull = (value: string | null) => (value === null ? null : new Date(value));
// The schema has checked every day already; a null here would be a bug in it.
const onDay = (value: string) => parseDay(value)!;

export function planRestore(backup: Backup, ownerId: string, newId: () => string): RestorePlan {
  const ids = {} as Record<BackupSection, Map<string, string>>;
  const mapped = (section: BackupSection) => {
    ids[section] = new Map();
    return (oldId: string) => {
      const id = newId();
      ids[section].set(oldId, id);
      return id;
    };
  };
  // The schema has checked that every reference names a row of the file.
  const ref = (section: BackupSection, oldId: string) => ids[section].get(oldId)!;
  const refOrNull = (section: BackupSection, oldId: string | null) => (oldId === null ? null : ref(section, oldId));

  const importId = mapped("imports");
  const imports = backup.imports.map((row) => ({
    ...row,
    id: importId(row.id),
    ownerId,
    undoneAt: atOrNull(row.undoneAt),
    createdAt: at(row.createdAt),
  }));

  const contactId = mapped("contacts");
  const contacts = backup.contacts.map((row) => ({
    ...row,
    id: contactId(row.id),
    ownerId,
    importId: refOrNull("imports", row.importId),
    stageChangedAt: at(row.stageChangedAt),
    nextFollowUpOn: row.nextFollowUpOn === null ? null : onDay(row.nextFollowUpOn),
    lastInteractionAt: atOrNull(row.lastInteractionAt),
    connectedAt: atOrNull(row.connectedAt),
    archivedAt: atOrNull(row.archivedAt),
    createdAt: at(row.createdAt),
    updatedAt: at(row.updatedAt),
  }));

  const eventId = mapped("events");
  const events = backup.events.map((row) => ({
    ...row,
    id: eventId(row.id),
    ownerId,
    startsOn: onDay(row.startsOn),
    createdAt: at(row.createdAt),
    updatedAt: at(row.updatedAt),
  }));

  const encounterId = mapped("encounters");
  const encounters = backup.encounters.map((row) => ({
    ...row,
    id: encounterId(row.id),
    ownerId,
    contactId: ref("contacts", row.contactId),
    eventId: refOrNull("events", row.eventId),
    throughContactId: refOrNull("contacts", row.throughContactId),
    metOn: onDay(row.metOn),
    createdAt: at(row.createdAt),
    updatedAt: at(row.updatedAt),
  }));

  const invitationId = mapped("invitations");
  const invitations = backup.invitations.map((row) => ({
    ...row,
    id: invitationId(row.id),
    ownerId,
    contactId: ref("contacts", row.contactId),
    draftFor: refOrNull("contacts", row.draftFor),
    importId: refOrNull("imports", row.importId),
    sentAt: atOrNull(row.sentAt),
    respondedAt: atOrNull(row.respondedAt),
    createdAt: at(row.createdAt),
    updatedAt: at(row.updatedAt),
  }));

  const templateId = mapped("templates");
  const templates = backup.templates.map((row) => ({
    ...row,
    id: templateId(row.id),
    ownerId,
    createdAt: at(row.createdAt),
    updatedAt: at(row.updatedAt),
  }));

  const activityId = mapped("activities");
  const activities = backup.activities.map((row) => ({
    ...row,
    id: activityId(row.id),
    ownerId,
    contactId: ref("contacts", row.contactId),
    importId: refOrNull("imports", row.importId),
    occurredAt: at(row.occurredAt),
    createdAt: at(row.createdAt),
  }));

  const followUpId = mapped("followUps");
  const followUps = backup.followUps.map((row) => ({
    ...row,
    id: followUpId(row.id),
    ownerId,
    contactId: ref("contacts", row.contactId),
    dueOn: onDay(row.dueOn),
    doneAt: atOrNull(row.doneAt),
    createdAt: at(row.createdAt),
    updatedAt: at(row.updatedAt),
  }));

  const thankYouDraftId = mapped("thankYouDrafts");
  const thankYouDrafts = backup.thankYouDrafts.map((row) => ({
    ...row,
    id: thankYouDraftId(row.id),
    ownerId,
    contactId: ref("contacts", row.contactId),
    createdAt: at(row.createdAt),
    updatedAt: at(row.updatedAt),
  }));

  return { settings: backup.user, imports, contacts, events, encounters, invitations, templates, activities, followUps, thankYouDrafts };
}

/** "Restored 12 contacts, 3 events and 40 timeline entries." — what the page says after a restore. */
export function restoredSummary(counts: Record<BackupSection, number>): string {
  const parts = [
    plural(counts.contacts, "contact"),
    plural(counts.events, "event"),
    plural(counts.encounters, "“how you met” note"),
    plural(counts.invitations, "invitation"),
    plural(counts.templates, "template"),
    plural(counts.activities, "timeline entry", "timeline entries"),
    plural(counts.followUps, "follow-up"),
    plural(counts.thankYouDrafts, "thank-you being written", "thank-yous being written"),
    plural(counts.imports, "import history entry", "import history entries"),
  ].filter((part): part is string => part !== null);
  if (parts.length === 0) return "Restored your settings; the backup held no contacts.";
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
  return `Restored ${list}.`;
}

function plural(count: number, one: string, many = `${one}s`): string | null {
  if (count === 0) return null;
  return `${count} ${count === 1 ? one : many}`;
}
