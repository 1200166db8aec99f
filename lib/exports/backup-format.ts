// The full backup's file format (version 1): its zod schema, which restore checks a file against,
// and the parser that turns a file's text into a backup or a sentence saying what was expected.
// No server imports: the format is plain data, and its rules are unit-tested on their own.
import { z } from "zod";
import { parseDay } from "@/lib/dates/calendar";
import { isTimeZone, NOTE_LIMITS } from "@/lib/settings/schema";
import {
  ActivityKind,
  EncounterKind,
  ImportSource,
  InvitationChannel,
  InvitationDirection,
  InvitationStatus,
  RelationshipClaim,
  Stage,
  TemplateKind,
} from "@/lib/generated/prisma/enums";

export const BACKUP_FORMAT = "rapport-backup";
export const BACKUP_VERSION = 1;

/**
 * The sections of a backup, in the order the file lists them and restore writes them: every section
 * only refers to sections before it (import batches first, as contacts, invitations and activities
 * name the import that created them).
 */
export const BACKUP_SECTIONS = [
  "imports",
  "contacts",
  "events",
  "encounters",
  "invitations",
  "templates",
  "activities",
  "followUps",
  "thankYouDrafts",
] as const;
export type BackupSection = (typeof BACKUP_SECTIONS)[number];

// Timestamps are ISO 8601 in UTC with milliseconds (what Date#toISOString writes and PostgreSQL keeps);
// calendar days (@db.Date columns) are "YYYY-MM-DD".
const timestamp = z.iso.datetime({ message: "expected a date and time such as 2026-11-26T09:30:00.000Z" });
const day = z.string().refine((value) => parseDay(value) !== null, "expected a day such as 2026-11-26");
const id = z.string().min(1, "expected an id").max(200);
const text = z.string();
const optionalText = z.string().nullable();

const importRow = z.object({
  id,
  source: z.enum(ImportSource),
  fileName: text,
  createdCount: z.int().nonnegative(),
  updatedCount: z.int().nonnegative(),
  skippedCount: z.int().nonnegative(),
  invalidCount: z.int().nonnegative(),
  undoneAt: timestamp.nullable(),
  createdAt: timestamp,
});

const contactRow = z.object({
  id,
  firstName: text,
  lastName: text,
  email: optionalText,
  phone: optionalText,
  company: optionalText,
  title: optionalText,
  linkedinUrl: optionalText,
  location: optionalText,
  notes: optionalText,
  tags: z.array(z.string()),
  stage: z.enum(Stage),
  stageChangedAt: timestamp,
  nextFollowUpOn: day.nullable(),
  followUpNote: optionalText,
  lastInteractionAt: timestamp.nullable(),
  connectedAt: timestamp.nullable(),
  stayInTouchWeeks: z.int().positive().nullable(),
  archivedAt: timestamp.nullable(),
  version: z.int().positive(),
  importId: id.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

const eventRow = z.object({
  id,
  name: text,
  startsOn: day,
  location: optionalText,
  url: optionalText,
  notes: optionalText,
  createdAt: timestamp,
  updatedAt: timestamp,
});

const encounterRow = z.object({
  id,
  contactId: id,
  eventId: id.nullable(),
  kind: z.enum(EncounterKind),
  metOn: day,
  where: optionalText,
  throughContactId: id.nullable(),
  context: text,
  /** Added after version 1 was first written: a backup without it restores with no topic. */
  topic: optionalText.default(null),
  theyCanHelpWith: optionalText,
  iCanHelpWith: optionalText,
  createdAt: timestamp,
  updatedAt: timestamp,
});

const invitationRow = z.object({
  id,
  contactId: id,
  direction: z.enum(InvitationDirection),
  channel: z.enum(InvitationChannel),
  message: text,
  relationshipClaim: z.enum(RelationshipClaim).nullable(),
  status: z.enum(InvitationStatus),
  /** The contact whose open draft this is (the database allows one per contact), else null. */
  draftFor: id.nullable(),
  sentAt: timestamp.nullable(),
  respondedAt: timestamp.nullable(),
  score: z.int(),
  flags: z.array(z.string()),
  importId: id.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

const templateRow = z.object({
  id,
  kind: z.enum(TemplateKind),
  name: text,
  body: text,
  createdAt: timestamp,
  updatedAt: timestamp,
});

const activityRow = z.object({
  id,
  contactId: id,
  kind: z.enum(ActivityKind),
  occurredAt: timestamp,
  body: optionalText,
  importId: id.nullable(),
  createdAt: timestamp,
});

const followUpRow = z.object({
  id,
  contactId: id,
  dueOn: day,
  note: text,
  doneAt: timestamp.nullable(),
  fromCadence: z.boolean(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

const thankYouDraftRow = z.object({
  id,
  contactId: id,
  message: text,
  createdAt: timestamp,
  updatedAt: timestamp,
});

const settings = z.object({
  name: z.string().trim().min(1, "expected the account's name").max(100),
  inviteNoteLimit: z.union(NOTE_LIMITS.map((limit) => z.literal(limit))),
  timezone: z.string().refine(isTimeZone, "expected a timezone such as Europe/Berlin"),
});

const backupShape = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: timestamp,
  user: settings,
  imports: z.array(importRow),
  contacts: z.array(contactRow),
  events: z.array(eventRow),
  encounters: z.array(encounterRow),
  invitations: z.array(invitationRow),
  templates: z.array(templateRow),
  activities: z.array(activityRow),
  followUps: z.array(followUpRow),
  /** Added after version 1 was first written: a backup without it restores with no thank-you being written. */
  thankYouDrafts: z.array(thankYouDraftRow).default([]),
});

/** Every id is unique in its section and every reference names a row of the file: restore can remap them all. */
export const backupSchema = backupShape.superRefine((backup, ctx) => {
  const ids = {} as Record<BackupSection, Set<string>>;
  for (const section of BACKUP_SECTIONS) {
    ids[section] = new Set();
    backup[section].forEach((row, index) => {
      if (ids[section].has(row.id)) ctx.addIssue({ code: "custom", path: [section, index, "id"], message: "this id appears twice" });
      ids[section].add(row.id);
    });
  }
  const refer = (section: BackupSection, index: number, field: string, target: BackupSection, value: string | null) => {
    if (value !== null && !ids[target].has(value)) {
      ctx.addIssue({ code: "custom", path: [section, index, field], message: `names no row of "${target}"` });
    }
  };
  const linkedinUrls = new Set<string>();
  backup.contacts.forEach((contact, index) => {
    refer("contacts", index, "importId", "imports", contact.importId);
    if (contact.linkedinUrl !== null) {
      if (linkedinUrls.has(contact.linkedinUrl)) {
        ctx.addIssue({ code: "custom", path: ["contacts", index, "linkedinUrl"], message: "two contacts have this LinkedIn URL" });
      }
      linkedinUrls.add(contact.linkedinUrl);
    }
  });
  backup.encounters.forEach((encounter, index) => {
    refer("encounters", index, "contactId", "contacts", encounter.contactId);
    refer("encounters", index, "eventId", "events", encounter.eventId);
    refer("encounters", index, "throughContactId", "contacts", encounter.throughContactId);
  });
  const drafts = new Set<string>();
  backup.invitations.forEach((invitation, index) => {
    refer("invitations", index, "contactId", "contacts", invitation.contactId);
    refer("invitations", index, "draftFor", "contacts", invitation.draftFor);
    refer("invitations", index, "importId", "imports", invitation.importId);
    if (invitation.draftFor !== null) {
      if (drafts.has(invitation.draftFor)) ctx.addIssue({ code: "custom", path: ["invitations", index, "draftFor"], message: "a contact has two drafts" });
      drafts.add(invitation.draftFor);
    }
  });
  backup.activities.forEach((activity, index) => {
    refer("activities", index, "contactId", "contacts", activity.contactId);
    refer("activities", index, "importId", "imports", activity.importId);
  });
  backup.followUps.forEach((followUp, index) => refer("followUps", index, "contactId", "contacts", followUp.contactId));
  const thanked = new Set<string>();
  backup.thankYouDrafts.forEach((draft, index) => {
    refer("thankYouDrafts", index, "contactId", "contacts", draft.contactId);
    if (thanked.has(draft.contactId)) ctx.addIssue({ code: "custom", path: ["thankYouDrafts", index, "contactId"], message: "a contact has two thank-you drafts" });
    thanked.add(draft.contactId);
  });
});

export type Backup = z.output<typeof backupSchema>;
export type BackupSettings = Backup["user"];
export type BackupImport = Backup["imports"][number];
export type BackupContact = Backup["contacts"][number];
export type BackupEvent = Backup["events"][number];
export type BackupEncounter = Backup["encounters"][number];
export type BackupInvitation = Backup["invitations"][number];
export type BackupTemplate = Backup["templates"][number];
export type BackupActivity = Backup["activities"][number];
export type BackupFollowUp = Backup["followUps"][number];
export type BackupThankYouDraft = Backup["thankYouDrafts"][number];

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; message: string };

const EXPECTED = `Choose a file made by “Full backup (JSON)” on this page: a JSON file whose "format" is "${BACKUP_FORMAT}", version ${BACKUP_VERSION}.`;

/** Reads a backup file's text; a file that is not a backup this version of Rapport can restore gets a sentence saying why. */
export function parseBackup(fileText: string): ParsedBackup {
  const body = fileText.replace(/^\uFEFF/, "");
  if (body.trim() === "") return { ok: false, message: `The file is empty. ${EXPECTED}` };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false, message: `The file is not valid JSON (it may be cut short or not a backup at all). ${EXPECTED}` };
  }
  if (typeof json !== "object" || json === null || Array.isArray(json) || (json as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { ok: false, message: `This is not a Rapport backup. ${EXPECTED}` };
  }
  const version = (json as { version?: unknown }).version;
  if (version !== BACKUP_VERSION) {
    return {
      ok: false,
      message: `This backup is ${typeof version === "number" ? `version ${version}` : "of an unknown version"}; this Rapport restores version ${BACKUP_VERSION}.`,
    };
  }
  const parsed = backupSchema.safeParse(json);
  if (!parsed.success) {
    const [issue] = parsed.error.issues as [z.core.$ZodIssue, ...z.core.$ZodIssue[]];
    const where = issue.path.length > 0 ? issue.path.join(".") : "the file";
    const more = parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more problem${parsed.error.issues.length > 2 ? "s" : ""})` : "";
    return { ok: false, message: `The backup is damaged: ${where}: ${issue.message}${more}. Nothing was restored.` };
  }
  return { ok: true, backup: parsed.data };
}
