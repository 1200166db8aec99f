// "Contacts as CSV": one row per contact with the fields Rapport keeps, for spreadsheets and other tools.
// Stages are written as the screen names them ("Needs a thank-you"), tags joined by ", " (a tag cannot
// hold a comma), timestamps as ISO 8601 in UTC and calendar days as YYYY-MM-DD. A UTF-8 byte-order mark
// leads the file: without it Excel reads the UTF-8 as Windows-1252 and mangles accents and emoji.
import { stringify } from "csv-stringify/sync";
import type { Stage } from "@/lib/generated/prisma/enums";
import { STAGE_LABELS } from "@/lib/contacts/display";
import { toDayString } from "@/lib/dates/calendar";
import type { ContactFields } from "@/lib/contacts/schema";

export type CsvContact = ContactFields & {
  id: string;
  stage: Stage;
  stageChangedAt: Date;
  nextFollowUpOn: Date | null;
  followUpNote: string | null;
  lastInteractionAt: Date | null;
  connectedAt: Date | null;
  stayInTouchWeeks: number | null;
  archivedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
};

const timestamp = (date: Date | null) => (date ? date.toISOString() : "");

/** The columns, in order: each header and how it is read from a contact. */
export const CONTACT_CSV_COLUMNS: readonly { header: string; value: (contact: CsvContact) => string }[] = [
  { header: "First name", value: (contact) => contact.firstName },
  { header: "Last name", value: (contact) => contact.lastName },
  { header: "Email", value: (contact) => contact.email ?? "" },
  { header: "Phone", value: (contact) => contact.phone ?? "" },
  { header: "Company", value: (contact) => contact.company ?? "" },
  { header: "Title", value: (contact) => contact.title ?? "" },
  { header: "LinkedIn URL", value: (contact) => contact.linkedinUrl ?? "" },
  { header: "Location", value: (contact) => contact.location ?? "" },
  { header: "Notes", value: (contact) => contact.notes ?? "" },
  { header: "Tags", value: (contact) => contact.tags.join(", ") },
  { header: "Stage", value: (contact) => STAGE_LABELS[contact.stage] },
  { header: "Stage changed", value: (contact) => timestamp(contact.stageChangedAt) },
  { header: "Follow up on", value: (contact) => (contact.nextFollowUpOn ? toDayString(contact.nextFollowUpOn) : "") },
  { header: "Next step", value: (contact) => contact.followUpNote ?? "" },
  { header: "Last interaction", value: (contact) => timestamp(contact.lastInteractionAt) },
  { header: "Connected", value: (contact) => timestamp(contact.connectedAt) },
  { header: "Stay in touch (weeks)", value: (contact) => (contact.stayInTouchWeeks === null ? "" : String(contact.stayInTouchWeeks)) },
  { header: "Archived", value: (contact) => timestamp(contact.archivedAt) },
  { header: "Added", value: (contact) => timestamp(contact.createdAt) },
  { header: "Updated", value: (contact) => timestamp(contact.updatedAt) },
];

// Quoted where needed (commas, quotes, line breaks), CRLF between records as RFC 4180 has it.
const OPTIONS = { record_delimiter: "windows" } as const;

/** The byte-order mark and the header line. */
export function contactsCsvHeader(): string {
  return "\uFEFF" + stringify([CONTACT_CSV_COLUMNS.map((column) => column.header)], OPTIONS);
}

/** The lines of these contacts, each ending in CRLF. */
export function contactsCsvRows(contacts: CsvContact[]): string {
  if (contacts.length === 0) return "";
  return stringify(
    contacts.map((contact) => CONTACT_CSV_COLUMNS.map((column) => spreadsheetSafe(column.value(contact)))),
    OPTIONS,
  );
}

/** A whole file, for a handful of contacts (the download streams header and pages instead). */
export function contactsCsv(contacts: CsvContact[]): string {
  return contactsCsvHeader() + contactsCsvRows(contacts);
}

const PHONE_LIKE = /^[+-][\d\s().\-/]*$/;

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, or a leading tab or carriage return) gets a
 * leading apostrophe, as OWASP advises against CSV injection: names and notes can come from other
 * people (a LinkedIn import). Phone numbers such as "+49 30 1234" and "-" stay as they are.
 */
export function spreadsheetSafe(value: string): string {
  if (value === "" || PHONE_LIKE.test(value)) return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
