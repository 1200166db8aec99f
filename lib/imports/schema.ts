// What the import page sends (the choices on the preview) and gets back (the preview and the summary); no server
// imports, so the page's components use the same types and limits.
import { z } from "zod";
import type { ImportSource } from "@/lib/generated/prisma/enums";
import type { ColumnMapping } from "@/lib/imports/generic-csv";
import { MAPPABLE_FIELDS } from "@/lib/imports/generic-csv";
import type { RowProblem } from "@/lib/imports/rows";

// The size limit lives with the other import limits; the page and the forms read it from here too.
export { MAX_IMPORT_BYTES, MAX_IMPORT_MB } from "@/lib/imports/limits";
/** The preview lists this many invalid rows by number; the count says how many there are in all. */
export const PROBLEMS_SHOWN = 100;
export const DEFAULT_THANK_WINDOW_DAYS = 30;

export const importOptions = z.object({
  /** Connections from the last N days land in "Needs a thank-you"; 0 = none. */
  thankWindowDays: z.coerce.number().int().min(0, "Enter 0 or more days.").max(3650, "Enter at most 3650 days.").default(DEFAULT_THANK_WINDOW_DAYS),
  /** Import the valid rows and leave out the invalid ones; otherwise one invalid row stops the import. */
  skipInvalid: z.boolean().default(false),
  mapping: z.partialRecord(z.enum(MAPPABLE_FIELDS), z.number().int().min(0).max(500)).optional(),
});
export type ImportOptions = z.output<typeof importOptions>;

const UPLOAD_GONE = "This upload has expired or was already imported. Choose the file again.";

/** The random name of an uploaded file kept for the confirm: 32 hex characters. Anything else names no upload. */
export const uploadToken = z.string(UPLOAD_GONE).regex(/^[a-f0-9]{32}$/, UPLOAD_GONE);

export type ImportCounts = {
  rowsRead: number;
  /** New contacts, and of the LinkedIn connections among them, how many land in each stage. */
  create: number;
  needsThankYou: number;
  thanked: number;
  /** Existing contacts (same LinkedIn URL, else same email) that get fields they did not have. */
  update: number;
  /** Of those, people you sent an invitation to ("Sent") who are now connections: they move to "Needs a thank-you". */
  accepted: number;
  /** Existing contacts with nothing new, rows for the same person twice, members who left. */
  skipped: number;
  invitations: number;
  messages: number;
  invalid: number;
};

export type ImportPreview = {
  token: string;
  fileName: string;
  source: ImportSource;
  parts: string[];
  counts: ImportCounts;
  /** Why rows were skipped, with how many each. */
  skippedReasons: { reason: string; count: number }[];
  /** The first invalid rows, by row number. */
  problems: RowProblem[];
  options: ImportOptions;
  columns?: { headers: string[]; sample: string[][]; mapping: ColumnMapping };
};

export type ImportSummary = { batchId: string; fileName: string; counts: ImportCounts };

export const SOURCE_LABELS: Record<ImportSource, string> = {
  LINKEDIN: "LinkedIn export",
  VCARD: "vCard",
  GOOGLE_CSV: "Google Contacts CSV",
  CSV: "CSV",
};
