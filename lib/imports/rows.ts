// What every mapping module turns a row into, and the one check every imported contact passes: the contact form's
// own schema, so an import cannot store what the form would refuse, and its sentence names what is wrong.
import { contactInput, type ContactFields } from "@/lib/contacts/schema";

export type ImportedContact = ContactFields & {
  /** The row's line in the file (a spreadsheet's row number), or the vCard's first line. */
  row: number;
  /** LinkedIn's "Connected On": only LinkedIn connections have it. */
  connectedOn: Date | null;
};

/** Contacts from a LinkedIn connections file are connected already; every other source's are people to invite. */
export type ContactOrigin = "connection" | "address-book";

export type ImportedInvitation = {
  row: number;
  direction: "INCOMING" | "OUTGOING";
  /** The other person: the sender of an incoming invitation, the recipient of an outgoing one. */
  firstName: string;
  lastName: string;
  linkedinUrl: string | null;
  sentAt: Date;
  message: string;
};

export type ImportedMessage = {
  row: number;
  /** Everyone on the message but its sender's own account is unknown, so every profile on it is a candidate. */
  linkedinUrls: string[];
  from: string;
  sentAt: Date;
  body: string;
};

export type RowProblem = { row: number; reason: string };

export type RowOutcome<T> =
  | { kind: "ok"; value: T }
  /** Left out on purpose and counted, e.g. a LinkedIn member who left (no name). */
  | { kind: "skipped"; reason: string }
  /** Nothing there at all: a row of commas. Not counted. */
  | { kind: "blank" }
  | { kind: "invalid"; problem: RowProblem };

export type RawContact = {
  firstName?: string;
  lastName?: string;
  email?: string;
  phone?: string;
  company?: string;
  title?: string;
  linkedinUrl?: string;
  location?: string;
  notes?: string;
  tags?: string[];
};

/** Text from the file shown in a row's reason, cut short: the preview lists up to 100 reasons, and a cell can be 1 MB. */
export function clip(text: string, max = 80): string {
  if (text.length <= max) return text;
  // Never between the two halves of an emoji (a UTF-16 surrogate pair): half of one shows as "�".
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 2)) ? max - 2 : max - 1;
  return `${text.slice(0, end)}…`;
}

/**
 * A reason quotes the file (a reader's own error message may too): control characters are shown as their symbols
 * ("␀"), and half an emoji as "�", so the reason can be stored (PostgreSQL refuses NUL) and read.
 */
export function printable(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, (char) => String.fromCharCode(0x2400 + char.charCodeAt(0)))
    .replace(/\u007F/g, "\u2421")
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}

export function quoted(text: string): string {
  return `“${clip(text)}”`;
}

export function invalid(row: number, reason: string): { kind: "invalid"; problem: RowProblem } {
  return { kind: "invalid", problem: { row, reason: printable(reason) } };
}

/** Checks a mapped row with the contact form's schema; the first complaint becomes the row's reason. */
export function toContact(row: number, raw: RawContact, connectedOn: Date | null = null): RowOutcome<ImportedContact> {
  const parsed = contactInput.safeParse({
    firstName: raw.firstName ?? "",
    lastName: raw.lastName ?? "",
    email: raw.email ?? "",
    phone: raw.phone ?? "",
    company: raw.company ?? "",
    title: raw.title ?? "",
    linkedinUrl: raw.linkedinUrl ?? "",
    location: raw.location ?? "",
    notes: raw.notes ?? "",
    tags: (raw.tags ?? []).join(","),
  });
  if (!parsed.success) return invalid(row, parsed.error.issues[0]?.message ?? "This row cannot be read.");
  return { kind: "ok", value: { row, ...parsed.data, connectedOn } };
}

/** "Jane van der Berg" → first "Jane", last "van der Berg": LinkedIn's invitations carry only the full name. */
export function splitFullName(full: string): { firstName: string; lastName: string } {
  const name = full.trim().replace(/\s+/g, " ");
  const space = name.indexOf(" ");
  if (space < 0) return { firstName: name, lastName: "" };
  return { firstName: name.slice(0, space), lastName: name.slice(space + 1) };
}

/** A key for matching people by name when a file gives no profile URL (older LinkedIn exports). */
export function nameKey(firstName: string, lastName: string): string {
  return `${firstName} ${lastName}`.normalize("NFC").trim().toLowerCase().replace(/\s+/g, " ");
}
