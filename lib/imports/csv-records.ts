// Reads a CSV as a stream of records with the line each came from, so a 20 MB export never sits in memory whole
// and a bad row can be named by its line in a spreadsheet.
import type { Readable } from "node:stream";
import { parse, CsvError } from "csv-parse";
import { ImportRefusal } from "@/lib/imports/refusal";

export type CsvRecord = { cells: string[]; line: number };

export async function* csvRecords(source: Readable, what: string): AsyncGenerator<CsvRecord> {
  const parser = source.pipe(
    parse({
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      // Exports from spreadsheets sometimes carry a stray quote inside a field; refusing the file would be harsh.
      relax_quotes: true,
    }),
  );
  source.once("error", (error) => parser.destroy(error));
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      yield { cells: item.record, line: item.info.lines };
    }
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      throw new ImportRefusal(`${what} is not a readable CSV file${line ? ` (line ${line})` : ""}: ${error.message.replace(/^[A-Za-z_]+: /, "")}`);
    }
    throw error;
  }
}
