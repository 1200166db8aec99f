// LinkedIn's Invitations.csv: From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl (exports before
// 2023 lack the two URL columns). Sent At reads like "7/8/26, 3:43 PM" (month/day/year, UTC); an empty Message
// means no note was written.
import { normalizeLinkedinUrl } from "@/lib/contacts/linkedin";
import { headerKey, isBlankRecord } from "@/lib/imports/headers";
import { invalid, quoted, splitFullName, type ImportedInvitation, type RowOutcome } from "@/lib/imports/rows";

export const INVITATIONS_EXPECTED = "LinkedIn’s Invitations.csv, with the columns From, To, Sent At, Message, Direction";

export type InvitationsColumns = Record<"from" | "to" | "sentAt" | "message" | "direction" | "inviterUrl" | "inviteeUrl", number>;

const HEADERS: Record<keyof InvitationsColumns, string> = {
  from: "from",
  to: "to",
  sentAt: "sent at",
  message: "message",
  direction: "direction",
  inviterUrl: "inviterprofileurl",
  inviteeUrl: "inviteeprofileurl",
};

export function invitationsColumns(cells: string[]): InvitationsColumns | null {
  const keys = cells.map(headerKey);
  const columns = Object.fromEntries(Object.entries(HEADERS).map(([field, header]) => [field, keys.indexOf(header)])) as InvitationsColumns;
  const required: (keyof InvitationsColumns)[] = ["from", "to", "sentAt", "message", "direction"];
  return required.every((field) => columns[field] >= 0) ? columns : null;
}

/** "7/8/26, 3:43 PM" → 8 July 2026 15:43 UTC; also a four-digit year and a 24-hour time. Null when unreadable. */
export function parseSentAt(text: string): Date | null {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?$/.exec(text.trim());
  if (!match) return null;
  const month = Number(match[1]) - 1;
  const day = Number(match[2]);
  const year = match[3]!.length === 2 ? 2000 + Number(match[3]) : Number(match[3]);
  let hour = Number(match[4]);
  const minute = Number(match[5]);
  const second = Number(match[6] ?? 0);
  const meridiem = match[7]?.toUpperCase();
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === "PM" ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  const date = new Date(Date.UTC(year, month, day, hour, minute, second));
  return date.getUTCDate() === day && date.getUTCMonth() === month ? date : null;
}

function cell(cells: string[], index: number): string {
  return index >= 0 ? (cells[index] ?? "").trim() : "";
}

export function mapInvitation(columns: InvitationsColumns, cells: string[], row: number): RowOutcome<ImportedInvitation> {
  if (isBlankRecord(cells)) return { kind: "blank" };
  const direction = cell(cells, columns.direction).toUpperCase();
  if (direction !== "INCOMING" && direction !== "OUTGOING") {
    return invalid(row, `Direction ${quoted(cell(cells, columns.direction))} is neither INCOMING nor OUTGOING.`);
  }
  const incoming = direction === "INCOMING";
  const name = cell(cells, incoming ? columns.from : columns.to);
  if (!name) return { kind: "skipped", reason: "no name (a member who left LinkedIn)" };
  const rawSentAt = cell(cells, columns.sentAt);
  const sentAt = parseSentAt(rawSentAt);
  if (!sentAt) return invalid(row, rawSentAt ? `Sent At ${quoted(rawSentAt)} is not a date like 7/8/26, 3:43 PM.` : "Sent At is empty.");
  const rawUrl = cell(cells, incoming ? columns.inviterUrl : columns.inviteeUrl);
  const linkedinUrl = rawUrl ? normalizeLinkedinUrl(rawUrl) : null;
  if (rawUrl && !linkedinUrl) return invalid(row, `${quoted(rawUrl)} is not a LinkedIn profile URL.`);
  const { firstName, lastName } = splitFullName(name);
  if (firstName.length > 100 || lastName.length > 100) return invalid(row, "The name is longer than 100 characters.");
  const message = (cells[columns.message] ?? "").trim();
  if (message.length > 5_000) return invalid(row, "The message is longer than 5,000 characters.");
  return { kind: "ok", value: { row, direction, firstName, lastName, linkedinUrl, sentAt, message } };
}
