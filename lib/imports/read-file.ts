// Reads an uploaded file, whatever it is, into one stream of mapped rows: it recognizes the LinkedIn export (the
// .zip or a file from it), a vCard, a Google Contacts CSV or any other CSV, refuses a file that is not what it
// claims with a sentence saying what was expected, and streams every format so memory stays flat.
import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import { Transform, type Readable } from "node:stream";
import yauzl from "yauzl";
import type { ImportSource } from "@/lib/generated/prisma/enums";
import { csvRecords, type CsvRecord } from "@/lib/imports/csv-records";
import { googleColumns, mapGoogleContact } from "@/lib/imports/google-contacts";
import { guessMapping, mapGenericRow, mappingProblem, type ColumnMapping } from "@/lib/imports/generic-csv";
import { CONNECTIONS_EXPECTED, connectionsColumns, mapConnection, type ConnectionsColumns } from "@/lib/imports/linkedin-connections";
import { INVITATIONS_EXPECTED, invitationsColumns, mapInvitation, type InvitationsColumns } from "@/lib/imports/linkedin-invitations";
import { MESSAGES_EXPECTED, mapMessage, messagesColumns, type MessagesColumns } from "@/lib/imports/linkedin-messages";
import { ImportRefusal } from "@/lib/imports/refusal";
import type { ContactOrigin, ImportedContact, ImportedInvitation, ImportedMessage, RowOutcome, RowProblem } from "@/lib/imports/rows";
import {
  MAX_IMPORT_BYTES,
  MAX_IMPORT_MB,
  MAX_ZIP_ENTRIES,
  MAX_ZIP_EXPANDED_BYTES,
  MAX_ZIP_EXPANDED_MB,
  MAX_ZIP_RATIO,
  ZIP_RATIO_CHECKED_FROM_BYTES,
} from "@/lib/imports/limits";
import { mapVcard, vcardCards, VCARD_EXPECTED } from "@/lib/imports/vcard";

export const ACCEPTED_FILES =
  "LinkedIn’s data export (the .zip, or Connections.csv or Invitations.csv from it), a vCard file (.vcf), a Google Contacts CSV or another CSV with a header row";

export type ReadItem =
  | { kind: "contact"; contact: ImportedContact; origin: ContactOrigin }
  | { kind: "invitation"; invitation: ImportedInvitation }
  | { kind: "message"; message: ImportedMessage }
  | { kind: "skipped"; reason: string }
  | { kind: "invalid"; problem: RowProblem };

export type FileShape = {
  source: ImportSource;
  /** What was found, for the preview: "Connections.csv, Invitations.csv". */
  parts: string[];
  /** A CSV of no known kind: its headers and first rows, for the column-mapping step. */
  columns?: { headers: string[]; sample: string[][]; mapping: ColumnMapping };
};

export type ReadOptions = { mapping?: ColumnMapping };

/** Preamble records LinkedIn puts before Connections.csv's header (Notes:, a notice); a few more are tolerated. */
const MAX_PREAMBLE = 5;

type CsvKind = "connections" | "invitations" | "messages";
const LINKEDIN_FILES: Record<string, CsvKind> = { "connections.csv": "connections", "invitations.csv": "invitations", "messages.csv": "messages" };
type LinkedinColumns = ConnectionsColumns | InvitationsColumns | MessagesColumns;
const EXPECTED: Record<CsvKind, string> = { connections: CONNECTIONS_EXPECTED, invitations: INVITATIONS_EXPECTED, messages: MESSAGES_EXPECTED };

function outcomeItem<T>(outcome: RowOutcome<T>, wrap: (value: T) => ReadItem, file?: string): ReadItem | null {
  switch (outcome.kind) {
    case "ok":
      return wrap(outcome.value);
    case "blank":
      return null;
    case "skipped":
      return { kind: "skipped", reason: outcome.reason };
    case "invalid":
      return { kind: "invalid", problem: file ? { ...outcome.problem, reason: `${file}: ${outcome.problem.reason}` } : outcome.problem };
  }
}

function mapLinkedinRow(kind: CsvKind, columns: LinkedinColumns, record: CsvRecord, label?: string): ReadItem | null {
  const { cells, line } = record;
  switch (kind) {
    case "connections":
      return outcomeItem(mapConnection(columns as ConnectionsColumns, cells, line), (contact) => ({ kind: "contact", contact, origin: "connection" }), label);
    case "invitations":
      return outcomeItem(mapInvitation(columns as InvitationsColumns, cells, line), (invitation) => ({ kind: "invitation", invitation }), label);
    case "messages":
      return outcomeItem(mapMessage(columns as MessagesColumns, cells, line), (message) => ({ kind: "message", message }), label);
  }
}

function linkedinColumns(kind: CsvKind, cells: string[]): LinkedinColumns | null {
  return kind === "connections" ? connectionsColumns(cells) : kind === "invitations" ? invitationsColumns(cells) : messagesColumns(cells);
}

/** Reads a LinkedIn CSV: finds its header (after the preamble), then maps each row. */
async function* readLinkedinCsv(kind: CsvKind, source: Readable, fileName: string, inZip: boolean): AsyncGenerator<ReadItem> {
  const records = csvRecords(source, fileName);
  for (let seen = 0; seen <= MAX_PREAMBLE; seen++) {
    const next = await records.next();
    if (next.done) break;
    const columns = linkedinColumns(kind, next.value.cells);
    if (!columns) continue;
    for await (const record of records) {
      const item = mapLinkedinRow(kind, columns, record, inZip ? fileName : undefined);
      if (item) yield item;
    }
    return;
  }
  await records.return(undefined);
  throw new ImportRefusal(`${fileName} does not have the expected header: expected ${EXPECTED[kind]}.`);
}

async function* chain<T>(first: T[], rest: AsyncIterable<T>): AsyncGenerator<T> {
  yield* first;
  yield* rest;
}

function csvKindOf(cells: string[]): CsvKind | "google" | null {
  if (connectionsColumns(cells)) return "connections";
  if (invitationsColumns(cells)) return "invitations";
  if (messagesColumns(cells)) return "messages";
  if (googleColumns(cells)) return "google";
  return null;
}

const ZIP_ADVICE = "Export again or upload Connections.csv alone.";

function zipTooLarge(fileName: string): ImportRefusal {
  return new ImportRefusal(`${fileName} expands to more than ${MAX_ZIP_EXPANDED_MB} MB; LinkedIn exports are far smaller. ${ZIP_ADVICE}`);
}

function zipRatioTooHigh(entryName: string, fileName: string): ImportRefusal {
  return new ImportRefusal(`${entryName} in ${fileName} is compressed more than ${MAX_ZIP_RATIO} times; LinkedIn’s files never are. ${ZIP_ADVICE}`);
}

function tooCompressed(inflated: number, compressed: number): boolean {
  return inflated > ZIP_RATIO_CHECKED_FROM_BYTES && inflated > MAX_ZIP_RATIO * compressed;
}

/**
 * Counts the bytes actually inflated from one entry (added to the zip's running total) and stops past the limits.
 * The headers are checked first, but they are only the zip's word; yauzl also refuses an entry longer than its
 * header, and this holds even if it did not.
 */
function inflateGuard(entry: yauzl.Entry, fileName: string, total: { bytes: number }): Transform {
  let bytes = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      bytes += chunk.length;
      total.bytes += chunk.length;
      if (total.bytes > MAX_ZIP_EXPANDED_BYTES) callback(zipTooLarge(fileName));
      else if (tooCompressed(bytes, entry.compressedSize)) callback(zipRatioTooHigh(path.posix.basename(entry.fileName), fileName));
      else callback(null, chunk);
    },
  });
}

async function* readZip(filePath: string, fileName: string, shape: FileShape): AsyncGenerator<ReadItem> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(filePath, { lazyEntries: true, autoClose: false });
  } catch {
    throw new ImportRefusal(`${fileName} is not a readable zip file: expected LinkedIn’s data export as downloaded.`);
  }
  try {
    const found = new Map<CsvKind, yauzl.Entry>();
    let entries = 0;
    for await (const entry of zip.eachEntry()) {
      if (++entries > MAX_ZIP_ENTRIES) {
        throw new ImportRefusal(`${fileName} holds more than ${MAX_ZIP_ENTRIES.toLocaleString("en")} files; LinkedIn’s export holds a few dozen. ${ZIP_ADVICE}`);
      }
      const kind = LINKEDIN_FILES[path.posix.basename(entry.fileName).toLowerCase()];
      // Case-insensitively, in any folder: LinkedIn has moved the files between exports.
      if (kind && !found.has(kind) && !entry.fileName.endsWith("/")) found.set(kind, entry);
    }
    if (!found.has("connections") && !found.has("invitations")) {
      throw new ImportRefusal(`${fileName} holds neither Connections.csv nor Invitations.csv: expected LinkedIn’s data export (Settings & Privacy → Data privacy → Get a copy of your data).`);
    }
    shape.parts = (["connections", "invitations", "messages"] as const).filter((kind) => found.has(kind)).map((kind) => path.posix.basename(found.get(kind)!.fileName));
    // What the headers claim is checked before inflating anything; what is inflated is counted as it comes.
    const listed = [...found.values()];
    if (listed.reduce((sum, entry) => sum + entry.uncompressedSize, 0) > MAX_ZIP_EXPANDED_BYTES) throw zipTooLarge(fileName);
    const tooDense = listed.find((entry) => tooCompressed(entry.uncompressedSize, entry.compressedSize));
    if (tooDense) throw zipRatioTooHigh(path.posix.basename(tooDense.fileName), fileName);
    const inflated = { bytes: 0 };
    // Connections first, so invitations and messages find the people it creates.
    for (const kind of ["connections", "invitations", "messages"] as const) {
      const entry = found.get(kind);
      if (!entry) continue;
      let stream: Readable;
      try {
        stream = await zip.openReadStreamPromise(entry);
      } catch (error) {
        throw new ImportRefusal(`${entry.fileName} in ${fileName} cannot be read (${error instanceof Error ? error.message : "damaged"}): download the export again.`);
      }
      const guard = inflateGuard(entry, fileName, inflated);
      stream.once("error", (error) => {
        // yauzl's own checks (an entry longer or shorter than its header, a bad checksum) mean a damaged or altered zip.
        guard.destroy(new ImportRefusal(`${path.posix.basename(entry.fileName)} in ${fileName} is damaged or was altered (${error.message}): download the export again.`));
      });
      guard.once("close", () => stream.destroy());
      yield* readLinkedinCsv(kind, stream.pipe(guard), path.posix.basename(entry.fileName), true);
    }
  } finally {
    zip.close();
  }
}

/** What the first bytes say: a zip, a vCard, text, or something that is not text at all. */
export function sniff(head: Buffer): "zip" | "vcard" | "text" | "binary" {
  if (head.length >= 4 && head.readUInt32LE(0) === 0x04034b50) return "zip";
  if (head.includes(0)) return "binary";
  try {
    // stream: a multi-byte character cut at the end of the sample is not an error.
    new TextDecoder("utf-8", { fatal: true }).decode(head, { stream: true });
  } catch {
    return "binary";
  }
  const text = head.toString("utf8").replace(/^\uFEFF/, "").trimStart();
  return /^BEGIN:VCARD/i.test(text) ? "vcard" : "text";
}

/**
 * Reads the file at `filePath` (named `fileName` by the user). Calls `onShape` once the kind is known, then yields
 * rows. Throws ImportRefusal for a file that is not what it claims; nothing has been written at that point.
 */
export async function* readImportFile(filePath: string, fileName: string, options: ReadOptions, onShape: (shape: FileShape) => void): AsyncGenerator<ReadItem> {
  const { size } = await stat(filePath);
  if (size === 0) throw new ImportRefusal(`${fileName} is empty: expected ${ACCEPTED_FILES}.`);
  if (size > MAX_IMPORT_BYTES) throw new ImportRefusal(`${fileName} is larger than ${MAX_IMPORT_MB} MB, the most Rapport imports at once.`);
  const handle = await open(filePath, "r");
  const head = Buffer.alloc(Math.min(size, 8192));
  try {
    await handle.read(head, 0, head.length, 0);
  } finally {
    await handle.close();
  }
  const kind = sniff(head);
  const extension = path.extname(fileName).toLowerCase();
  const claimed = LINKEDIN_FILES[path.basename(fileName).toLowerCase()];

  if (kind === "binary") throw new ImportRefusal(`${fileName} is not a text file: expected ${ACCEPTED_FILES}.`);
  if (extension === ".zip" && kind !== "zip") throw new ImportRefusal(`${fileName} is not a zip file: expected LinkedIn’s data export as downloaded.`);
  if (extension === ".vcf" && kind !== "vcard") throw new ImportRefusal(`${fileName} does not start with BEGIN:VCARD: expected ${VCARD_EXPECTED}.`);

  if (kind === "zip") {
    const shape: FileShape = { source: "LINKEDIN", parts: [] };
    const rows = readZip(filePath, fileName, shape);
    const first = await rows.next();
    onShape(shape);
    if (!first.done) yield first.value;
    yield* rows;
    return;
  }

  if (kind === "vcard") {
    onShape({ source: "VCARD", parts: [path.basename(fileName)] });
    const lines = createInterface({ input: createReadStream(filePath, { encoding: "utf8" }), crlfDelay: Infinity });
    for await (const card of vcardCards(lines)) {
      const item = outcomeItem(mapVcard(card), (contact) => ({ kind: "contact", contact, origin: "address-book" }));
      if (item) yield item;
    }
    return;
  }

  if (claimed) {
    onShape({ source: "LINKEDIN", parts: [path.basename(fileName)] });
    yield* readLinkedinCsv(claimed, createReadStream(filePath), path.basename(fileName), false);
    return;
  }

  // A CSV of unknown name: LinkedIn's Connections.csv starts with a preamble, so look a few records in.
  const records = csvRecords(createReadStream(filePath), fileName);
  const buffered: CsvRecord[] = [];
  for (let seen = 0; seen <= MAX_PREAMBLE; seen++) {
    const next = await records.next();
    if (next.done) break;
    buffered.push(next.value);
    const csvKind = csvKindOf(next.value.cells);
    if (!csvKind) continue;
    const name = path.basename(fileName);
    if (csvKind === "google") {
      const columns = googleColumns(next.value.cells)!;
      onShape({ source: "GOOGLE_CSV", parts: [name] });
      for await (const { cells, line } of records) {
        const item = outcomeItem(mapGoogleContact(columns, cells, line), (contact) => ({ kind: "contact", contact, origin: "address-book" }));
        if (item) yield item;
      }
      return;
    }
    const columns = linkedinColumns(csvKind, next.value.cells)!;
    onShape({ source: "LINKEDIN", parts: [name] });
    for await (const record of records) {
      const item = mapLinkedinRow(csvKind, columns, record);
      if (item) yield item;
    }
    return;
  }

  // Any other CSV: its first record is the header, and the user maps the columns.
  const [header, ...rest] = buffered;
  if (!header || header.cells.filter((cell) => cell.trim()).length < 2) {
    await records.return(undefined);
    throw new ImportRefusal(`${fileName} has no header row with column names: expected ${ACCEPTED_FILES}.`);
  }
  const headers = header.cells.map((cell) => cell.trim());
  const mapping = options.mapping ?? guessMapping(headers);
  onShape({ source: "CSV", parts: [path.basename(fileName)], columns: { headers, sample: rest.slice(0, 3).map((record) => record.cells), mapping } });
  const problem = mappingProblem(mapping, headers.length);
  if (problem) {
    await records.return(undefined);
    throw new ImportRefusal(problem);
  }
  for await (const record of chain(rest, records)) {
    const item = outcomeItem(mapGenericRow(mapping, record.cells, record.line), (contact) => ({ kind: "contact", contact, origin: "address-book" }));
    if (item) yield item;
  }
}
