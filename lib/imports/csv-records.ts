// Reads a CSV as a stream of records with the line each came from, so a 20 MB export never sits in memory whole
// and a bad row can be named by its line in a spreadsheet. No record may be longer than MAX_RECORD_BYTES: without
// that, one quote left open (or one line of a million commas) makes the parser hold the whole file as one row.
import { Transform, type Readable } from "node:stream";
import { parse, CsvError } from "csv-parse";
import { MAX_RECORD_BYTES, MAX_RECORD_MB } from "@/lib/imports/limits";
import { ImportRefusal } from "@/lib/imports/refusal";

export type CsvRecord = { cells: string[]; line: number };

const NEWLINE = 0x0a;

export function recordTooLong(what: string, line: number): ImportRefusal {
  return new ImportRefusal(
    `${what}: the row starting on line ${line.toLocaleString("en")} is longer than ${MAX_RECORD_MB} MB; rows of a contacts export are far shorter. Check that this is the right file (a quote left open joins every row after it), or export it again.`,
  );
}

function nulCharacter(what: string, line: number): ImportRefusal {
  return new ImportRefusal(
    `${what}: line ${line.toLocaleString("en")} holds a NUL character, which a text CSV never does (the file may be damaged or not a CSV at all). Export it again.`,
  );
}

/**
 * Refuses a NUL byte (PostgreSQL cannot store it in text; the first 8 KB are checked by `sniff`, this checks the rest)
 * and a physical line longer than the record limit before the parser sees it. csv-parse's max_record_size
 * counts only the text of the fields, so a line of empty fields (",,,,") would otherwise grow a record of millions
 * of cells unchecked.
 */
function lineLengthGuard(what: string): Transform {
  let line = 1;
  let length = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      const nul = chunk.indexOf(0);
      if (nul >= 0) {
        let lineOfNul = line;
        for (let index = chunk.indexOf(NEWLINE); index >= 0 && index < nul; index = chunk.indexOf(NEWLINE, index + 1)) lineOfNul += 1;
        return callback(nulCharacter(what, lineOfNul));
      }
      let start = 0;
      for (let newline = chunk.indexOf(NEWLINE, start); newline >= 0; newline = chunk.indexOf(NEWLINE, start)) {
        if (length + newline - start > MAX_RECORD_BYTES) return callback(recordTooLong(what, line));
        line += 1;
        length = 0;
        start = newline + 1;
      }
      length += chunk.length - start;
      if (length > MAX_RECORD_BYTES) return callback(recordTooLong(what, line));
      callback(null, chunk);
    },
  });
}

export async function* csvRecords(source: Readable, what: string): AsyncGenerator<CsvRecord> {
  const guard = lineLengthGuard(what);
  // The line the last record parsed ended on (the parser runs ahead of the loop below): a record too long starts after it.
  let lastLine = 0;
  const parser = source.pipe(guard).pipe(
    parse({
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      // Exports from spreadsheets sometimes carry a stray quote inside a field; refusing the file would be harsh.
      relax_quotes: true,
      // A quoted field may hold line breaks, so one record can span many short lines: bound the record too.
      max_record_size: MAX_RECORD_BYTES,
      on_record: (record: string[], context: { lines: number }) => {
        lastLine = context.lines;
        return record;
      },
    }),
  );
  source.once("error", (error) => parser.destroy(error));
  guard.once("error", (error) => parser.destroy(error));
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      yield { cells: item.record, line: item.info.lines };
    }
  } catch (error) {
    if (error instanceof CsvError) {
      if (error.code === "CSV_MAX_RECORD_SIZE") throw recordTooLong(what, lastLine + 1);
      const line = (error as CsvError & { lines?: number }).lines;
      throw new ImportRefusal(`${what} is not a readable CSV file${line ? ` (line ${line})` : ""}: ${error.message.replace(/^[A-Za-z_]+: /, "")}`);
    }
    throw error;
  } finally {
    // Stop reading (and inflating) when the caller stops early: a refusal, or a header that never came.
    source.destroy();
  }
}
