// LinkedIn's messages.csv (optional): CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT
// PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER. DATE reads like "2024-03-05 14:22:10 UTC". Only messages with someone
// the user has as a contact become timeline entries, so every profile on a message is kept for matching.
import { normalizeLinkedinUrl } from "@/lib/contacts/linkedin";
import { headerKey, isBlankRecord } from "@/lib/imports/headers";
import { clip, invalid, quoted, type ImportedMessage, type RowOutcome } from "@/lib/imports/rows";

export const MESSAGES_EXPECTED = "LinkedIn’s messages.csv, with the columns FROM, SENDER PROFILE URL, RECIPIENT PROFILE URLS, DATE, CONTENT";

export type MessagesColumns = Record<"from" | "senderUrl" | "recipientUrls" | "date" | "subject" | "content", number>;

const HEADERS: Record<keyof MessagesColumns, string> = {
  from: "from",
  senderUrl: "sender profile url",
  recipientUrls: "recipient profile urls",
  date: "date",
  subject: "subject",
  content: "content",
};

/** A timeline entry holds at most this much of a message; longer ones are cut with an ellipsis. */
export const MESSAGE_BODY_LIMIT = 4_000;

export function messagesColumns(cells: string[]): MessagesColumns | null {
  const keys = cells.map(headerKey);
  const columns = Object.fromEntries(Object.entries(HEADERS).map(([field, header]) => [field, keys.indexOf(header)])) as MessagesColumns;
  const required: (keyof MessagesColumns)[] = ["from", "senderUrl", "recipientUrls", "date", "content"];
  return required.every((field) => columns[field] >= 0) ? columns : null;
}

/** "2024-03-05 14:22:10 UTC" (or ISO 8601) → that instant, or null. */
export function parseMessageDate(text: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(?:UTC|Z)?$/i.exec(text.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as number[];
  const date = new Date(Date.UTC(year!, month! - 1, day!, hour!, minute!, second!));
  return Number.isNaN(date.getTime()) || date.getUTCDate() !== day ? null : date;
}

function cell(cells: string[], index: number): string {
  return index >= 0 ? (cells[index] ?? "").trim() : "";
}

export function mapMessage(columns: MessagesColumns, cells: string[], row: number): RowOutcome<ImportedMessage> {
  if (isBlankRecord(cells)) return { kind: "blank" };
  const rawDate = cell(cells, columns.date);
  const sentAt = parseMessageDate(rawDate);
  if (!sentAt) return invalid(row, rawDate ? `DATE ${quoted(rawDate)} is not a date like 2024-03-05 14:22:10 UTC.` : "DATE is empty.");
  const urls = [cell(cells, columns.senderUrl), ...cell(cells, columns.recipientUrls).split(/[\s,]+/)]
    .map((url) => (url ? normalizeLinkedinUrl(url) : null))
    .filter((url): url is string => url !== null);
  const subject = cell(cells, columns.subject);
  let body = [subject, cell(cells, columns.content)].filter(Boolean).join("\n\n");
  if (!body) return { kind: "skipped", reason: "an empty message" };
  body = clip(body, MESSAGE_BODY_LIMIT);
  return { kind: "ok", value: { row, linkedinUrls: [...new Set(urls)], from: cell(cells, columns.from), sentAt, body } };
}
