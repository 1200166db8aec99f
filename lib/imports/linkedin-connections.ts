// LinkedIn's Connections.csv ("Get a copy of your data"): a BOM, three preamble lines (Notes:, a quoted notice, a
// blank line), then First Name,Last Name,URL,Email Address,Company,Position,Connected On. Members who left have no
// name; the file may end with rows of only commas.
import { normalizeLinkedinUrl } from "@/lib/contacts/linkedin";
import { headerKey, isBlankRecord } from "@/lib/imports/headers";
import { invalid, quoted, toContact, type ImportedContact, type RowOutcome } from "@/lib/imports/rows";

export const CONNECTIONS_EXPECTED = "LinkedIn’s Connections.csv, with the columns First Name, Last Name, URL, Email Address, Company, Position, Connected On";

export type ConnectionsColumns = Record<"firstName" | "lastName" | "url" | "email" | "company" | "position" | "connectedOn", number>;

const HEADERS: Record<keyof ConnectionsColumns, string> = {
  firstName: "first name",
  lastName: "last name",
  url: "url",
  email: "email address",
  company: "company",
  position: "position",
  connectedOn: "connected on",
};

/** The column of each field when `cells` is Connections.csv's header; exports before 2019 had no URL column. */
export function connectionsColumns(cells: string[]): ConnectionsColumns | null {
  const keys = cells.map(headerKey);
  const columns = Object.fromEntries(Object.entries(HEADERS).map(([field, header]) => [field, keys.indexOf(header)])) as ConnectionsColumns;
  if (columns.firstName < 0 || columns.lastName < 0 || columns.connectedOn < 0) return null;
  return columns;
}

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** "Aug", "August", "Sept" → 7; null for anything else. */
function monthIndex(name: string): number {
  const lower = name.toLowerCase();
  if (lower === "sept") return 8;
  return lower.length >= 3 ? MONTHS.findIndex((month) => month.startsWith(lower)) : -1;
}

/** "25 Aug 2021" (also "25 August 2021" and 2021-08-25) → midnight UTC of that day, or null. */
export function parseConnectedOn(text: string): Date | null {
  const value = text.trim();
  let year: number, month: number, day: number;
  const named = /^(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?[\s-]+(\d{4})$/.exec(value);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (named) {
    day = Number(named[1]);
    month = monthIndex(named[2]!);
    year = Number(named[3]);
    if (month < 0) return null;
  } else if (iso) {
    year = Number(iso[1]);
    month = Number(iso[2]) - 1;
    day = Number(iso[3]);
  } else {
    return null;
  }
  const date = new Date(Date.UTC(year, month, day));
  return date.getUTCDate() === day && date.getUTCMonth() === month ? date : null;
}

function cell(cells: string[], index: number): string {
  return index >= 0 ? (cells[index] ?? "").trim() : "";
}

export function mapConnection(columns: ConnectionsColumns, cells: string[], row: number): RowOutcome<ImportedContact> {
  if (isBlankRecord(cells)) return { kind: "blank" };
  const firstName = cell(cells, columns.firstName);
  const lastName = cell(cells, columns.lastName);
  // LinkedIn keeps a row, without a name, for each connection whose member has left.
  if (!firstName && !lastName) return { kind: "skipped", reason: "no name (a member who left LinkedIn)" };
  const rawConnectedOn = cell(cells, columns.connectedOn);
  const connectedOn = parseConnectedOn(rawConnectedOn);
  if (!connectedOn) {
    return invalid(row, rawConnectedOn ? `Connected On ${quoted(rawConnectedOn)} is not a date like 25 Aug 2021.` : "Connected On is empty.");
  }
  const url = cell(cells, columns.url);
  if (url && !normalizeLinkedinUrl(url)) return invalid(row, `URL ${quoted(url)} is not a LinkedIn profile URL.`);
  return toContact(
    row,
    {
      firstName,
      lastName,
      linkedinUrl: url,
      email: cell(cells, columns.email),
      company: cell(cells, columns.company),
      title: cell(cells, columns.position),
    },
    connectedOn,
  );
}
