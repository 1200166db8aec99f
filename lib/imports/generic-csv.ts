// Any other CSV with a header row: the user says which column holds what (a first guess comes from the headers'
// names), and each row is mapped through that choice.
import { headerKey, isBlankRecord } from "@/lib/imports/headers";
import { splitFullName, toContact, type ImportedContact, type RowOutcome } from "@/lib/imports/rows";

export const MAPPABLE_FIELDS = ["fullName", "firstName", "lastName", "email", "phone", "company", "title", "linkedinUrl", "location", "notes", "tags"] as const;
export type MappableField = (typeof MAPPABLE_FIELDS)[number];
/** The column index of each field the user mapped; a field left out is not imported. */
export type ColumnMapping = Partial<Record<MappableField, number>>;

export const FIELD_LABELS: Record<MappableField, string> = {
  fullName: "Full name",
  firstName: "First name",
  lastName: "Last name",
  email: "Email",
  phone: "Phone",
  company: "Company",
  title: "Title",
  linkedinUrl: "LinkedIn URL",
  location: "Location",
  notes: "Notes",
  tags: "Tags",
};

const SYNONYMS: Record<MappableField, string[]> = {
  fullName: ["name", "full name", "fullname", "display name", "contact name"],
  firstName: ["first name", "firstname", "first", "given name", "forename"],
  lastName: ["last name", "lastname", "last", "surname", "family name"],
  email: ["email", "e-mail", "email address", "e-mail address", "mail"],
  phone: ["phone", "phone number", "mobile", "telephone", "tel", "cell"],
  company: ["company", "organization", "organisation", "employer", "company name"],
  title: ["title", "job title", "position", "role"],
  linkedinUrl: ["linkedin", "linkedin url", "linkedin profile", "profile url", "url"],
  location: ["location", "city", "address"],
  notes: ["notes", "note", "comments", "description"],
  tags: ["tags", "labels", "groups", "categories"],
};

/** A first guess from the headers' names, for the user to correct. */
export function guessMapping(headers: string[]): ColumnMapping {
  const keys = headers.map(headerKey);
  const mapping: ColumnMapping = {};
  const used = new Set<number>();
  for (const field of MAPPABLE_FIELDS) {
    const index = keys.findIndex((key, column) => !used.has(column) && SYNONYMS[field].includes(key));
    if (index >= 0) {
      mapping[field] = index;
      used.add(index);
    }
  }
  return mapping;
}

/** Why a mapping cannot be used, or null: a contact needs a name. */
export function mappingProblem(mapping: ColumnMapping, columnCount: number): string | null {
  for (const [field, index] of Object.entries(mapping)) {
    if (!Number.isInteger(index) || index! < 0 || index! >= columnCount) return `The column chosen for ${FIELD_LABELS[field as MappableField]} is not in the file.`;
  }
  if (mapping.fullName === undefined && mapping.firstName === undefined && mapping.lastName === undefined) {
    return "Choose the column with the name (full name, or first and last name).";
  }
  return null;
}

export function mapGenericRow(mapping: ColumnMapping, cells: string[], row: number): RowOutcome<ImportedContact> {
  if (isBlankRecord(cells)) return { kind: "blank" };
  const value = (field: MappableField) => (mapping[field] === undefined ? "" : (cells[mapping[field]!] ?? "").trim());
  let firstName = value("firstName");
  let lastName = value("lastName");
  if (!firstName && !lastName) ({ firstName, lastName } = splitFullName(value("fullName")));
  return toContact(row, {
    firstName,
    lastName,
    email: value("email"),
    phone: value("phone"),
    company: value("company"),
    title: value("title"),
    linkedinUrl: value("linkedinUrl"),
    location: value("location"),
    notes: value("notes"),
    tags: value("tags").split(/[,;]/),
  });
}
