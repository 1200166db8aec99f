import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { csvRecords } from "@/lib/imports/csv-records";
import { MAX_RECORD_BYTES } from "@/lib/imports/limits";

/** The text as a stream cut into pieces of `size` bytes, as a file or an inflated zip entry arrives. */
function pieces(text: string, size: number): Readable {
  const bytes = Buffer.from(text);
  const chunks: Buffer[] = [];
  for (let start = 0; start < bytes.length; start += size) chunks.push(bytes.subarray(start, start + size));
  return Readable.from(chunks);
}

async function read(text: string, size = 64 * 1024) {
  const records = [];
  for await (const record of csvRecords(pieces(text, size), "people.csv")) records.push(record);
  return records;
}

const tooLong = (line: number) => `people.csv: the row starting on line ${line} is longer than 1 MB`;

describe("reading CSV records", () => {
  it("reads records with their lines, however the stream is cut", async () => {
    const text = 'Name,Notes\nAnn,"two\nlines"\nBob,short\n';
    for (const size of [1, 3, 1024]) {
      expect(await read(text, size)).toEqual([
        { cells: ["Name", "Notes"], line: 1 },
        { cells: ["Ann", "two\nlines"], line: 3 },
        { cells: ["Bob", "short"], line: 4 },
      ]);
    }
  });

  it("accepts a row of just under 1 MB", async () => {
    const records = await read(`Name,Notes\nAnn,${"x".repeat(MAX_RECORD_BYTES - 10)}\n`);
    expect(records[1]?.cells[1]).toHaveLength(MAX_RECORD_BYTES - 10);
  });

  it.each([
    ["one long line", `Name,Notes\nAnn,ok\nBob,${"x".repeat(MAX_RECORD_BYTES + 1)}\nCid,ok\n`, 3],
    ["a line of empty cells", `Name,Notes\n${",".repeat(MAX_RECORD_BYTES + 1)}\n`, 2],
    ["a quoted field over many short lines", `Name,Notes\nAnn,ok\nBob,"${"short line\n".repeat(100_000)}"\n`, 3],
    ["a quote left open", `Name,Notes\nAnn,"open\n${"Bob,ok\n".repeat(200_000)}`, 2],
  ])("refuses a record longer than 1 MB in %s, naming the line it starts on", async (_case, text, line) => {
    await expect(read(text)).rejects.toThrow(tooLong(line));
    await expect(read(text, 1000)).rejects.toThrow(tooLong(line));
  });
});
