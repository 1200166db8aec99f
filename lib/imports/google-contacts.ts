// Google Contacts' CSV export ("Google CSV"): First Name,Middle Name,Last Name,…,Organization Name,Organization
// Title,…,Labels,E-mail 1 - Value,…,Website 1 - Value. The export before 2024 spelled these Given Name, Family
// Name, Group Membership and Organization 1 - Name; both are read. A cell with several values joins them with " ::: ".
import { normalizeLinkedinUrl } from "@/lib/contacts/linkedin";
import { headerKey, isBlankRecord } from "@/lib/imports/headers";
import { toContact, type ImportedContact, type RowOutcome } from "@/lib/imports/rows";

export type GoogleColumns = {
  firstName: number;
  middleName: number;
  lastName: number;
  company: number;
  title: number;
  notes: number;
  labels: number;
  emails: number[];
  phones: number[];
  websites: number[];
  city: number;
  region: number;
  country: number;
  address: number;
};

export function googleColumns(cells: string[]): GoogleColumns | null {
  const keys = cells.map(headerKey);
  const find = (...names: string[]) => keys.findIndex((key) => names.includes(key));
  const all = (pattern: RegExp) => keys.flatMap((key, index) => (pattern.test(key) ? [index] : []));
  const columns: GoogleColumns = {
    firstName: find("first name", "given name"),
    middleName: find("middle name", "additional name"),
    lastName: find("last name", "family name"),
    company: find("organization name", "organization 1 - name"),
    title: find("organization title", "organization 1 - title"),
    notes: find("notes"),
    labels: find("labels", "group membership"),
    emails: all(/^e-mail \d+ - value$/),
    phones: all(/^phone \d+ - value$/),
    websites: all(/^website \d+ - value$/),
    city: find("address 1 - city"),
    region: find("address 1 - region"),
    country: find("address 1 - country"),
    address: find("address 1 - formatted"),
  };
  // LinkedIn's Connections.csv also has First Name and Last Name: Google's own columns tell them apart.
  if (columns.firstName < 0 || columns.lastName < 0 || columns.emails.length === 0) return null;
  return columns;
}

function cell(cells: string[], index: number): string {
  return index >= 0 ? (cells[index] ?? "").trim() : "";
}

function values(cells: string[], index: number): string[] {
  return cell(cells, index)
    .split(" ::: ")
    .map((value) => value.trim())
    .filter(Boolean);
}

/** "* myContacts ::: Friends ::: * starred" → ["Friends"]: labels starting with "* " are Google's own. */
export function googleLabels(text: string): string[] {
  return text
    .split(" ::: ")
    .map((label) => label.trim())
    .filter((label) => label && !label.startsWith("* "));
}

export function mapGoogleContact(columns: GoogleColumns, cells: string[], row: number): RowOutcome<ImportedContact> {
  if (isBlankRecord(cells)) return { kind: "blank" };
  const email = columns.emails.flatMap((index) => values(cells, index))[0];
  const phone = columns.phones.flatMap((index) => values(cells, index))[0];
  const linkedinUrl = columns.websites.flatMap((index) => values(cells, index)).find((url) => normalizeLinkedinUrl(url));
  const place = [cell(cells, columns.city), cell(cells, columns.region), cell(cells, columns.country)].filter(Boolean).join(", ");
  const location = place || cell(cells, columns.address).split(/\r?\n/).map((line) => line.trim()).filter(Boolean).join(", ");
  return toContact(row, {
    firstName: [cell(cells, columns.firstName), cell(cells, columns.middleName)].filter(Boolean).join(" "),
    lastName: cell(cells, columns.lastName),
    email,
    phone,
    company: cell(cells, columns.company),
    title: cell(cells, columns.title),
    linkedinUrl,
    location,
    notes: cell(cells, columns.notes),
    tags: googleLabels(cell(cells, columns.labels)),
  });
}
