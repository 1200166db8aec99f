// Every import reader against generated hostile files (fast-check): LinkedIn's Connections, Invitations and messages
// CSVs (alone and in the zip), Google Contacts CSV, any other CSV, vCard, and bytes that are none of these. A file is
// either refused with a sentence (ImportRefusal) or read into rows that can be stored as they are and keep the
// contact form's limits; a bad row is named with a reason, never an exception.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { MAX_TAG_BYTES, tagBytes } from "@/lib/contacts/schema";
import { makeZip } from "@/lib/imports/fixtures/zip";
import { readImportFile, type ReadItem } from "@/lib/imports/read-file";
import { ImportRefusal } from "@/lib/imports/refusal";
import { FRAGMENTS, hostileString, unstorable } from "@/tests/hostile-values";

const RUNS = 150;
const directory = mkdtempSync(path.join(tmpdir(), "rapport-readers-property-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const CONNECTIONS = ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"];
const INVITATIONS = ["From", "To", "Sent At", "Message", "Direction", "inviterProfileUrl", "inviteeProfileUrl"];
const MESSAGES = ["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO", "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER"];
const GOOGLE = ["First Name", "Last Name", "Organization Name", "Organization Title", "Notes", "Labels", "E-mail 1 - Value", "Phone 1 - Value", "Address 1 - City", "Website 1 - Value"];

/** A cell: mostly plausible, often hostile (control characters, surrogates, markup, huge, dates out of range). */
const plausible = fc.constantFrom("Ann", "Lee", "https://www.linkedin.com/in/ann-lee", "ann@example.com", "Acme", "25 Aug 2021", "7/8/26, 3:43 PM", "2024-03-05 14:22:10 UTC", "INCOMING", "OUTGOING", "99 Feb 2021", "13/45/26, 25:99 PM", "0000-00-00 00:00:00 UTC", "31 Dec 9999");
const cell = fc.oneof({ weight: 2, arbitrary: plausible }, { weight: 3, arbitrary: hostileString() });

/** Quoted as a spreadsheet would, or raw (stray quotes and separators included) as a careless script would. */
function csvLine(cells: string[], raw: boolean): string {
  return cells.map((value) => (raw ? value : `"${value.replaceAll('"', '""')}"`)).join(",");
}

const csv = (header: string[]) =>
  fc
    .tuple(fc.array(fc.array(cell, { minLength: 0, maxLength: header.length + 1 }), { maxLength: 4 }), fc.boolean(), fc.constantFrom("\n", "\r\n"), fc.boolean())
    .map(([rows, raw, newline, preamble]) =>
      [...(preamble ? ["Notes:", '"A notice, as LinkedIn writes one"', ""] : []), header.join(","), ...rows.map((row) => csvLine(row, raw))].join(newline) + newline,
    );

const vcardProperty = fc.tuple(fc.constantFrom("N", "FN", "ORG", "TITLE", "EMAIL;TYPE=pref", "TEL", "URL", "X-SOCIALPROFILE;TYPE=linkedin", "ADR", "NOTE", "CATEGORIES", "BDAY", "item1.URL"), cell);
const vcard = fc
  .tuple(fc.array(fc.array(vcardProperty, { maxLength: 8 }), { minLength: 1, maxLength: 3 }), fc.boolean())
  .map(([cards, truncated]) => {
    const text = cards.map((properties) => ["BEGIN:VCARD", "VERSION:3.0", ...properties.map(([name, value]) => `${name}:${value}`), "END:VCARD"].join("\r\n")).join("\r\n");
    return truncated ? text.slice(0, text.lastIndexOf("END:VCARD")) : `${text}\r\n`;
  });

/** A file as uploaded: its name and its bytes. */
const file: fc.Arbitrary<{ name: string; content: string | Buffer }> = fc.oneof(
  csv(CONNECTIONS).map((content) => ({ name: "Connections.csv", content })),
  csv(INVITATIONS).map((content) => ({ name: "Invitations.csv", content })),
  csv(MESSAGES).map((content) => ({ name: "messages.csv", content })),
  csv(GOOGLE).map((content) => ({ name: "google.csv", content })),
  fc.tuple(fc.array(fc.oneof(fc.constantFrom("Name", "Email", "Company", "Notes", "Tags", "LinkedIn"), hostileString()), { minLength: 1, maxLength: 5 })).chain(([header]) => csv(header).map((content) => ({ name: "people.csv", content }))),
  vcard.map((content) => ({ name: "contacts.vcf", content })),
  fc
    .tuple(csv(CONNECTIONS), csv(INVITATIONS), fc.constantFrom("Connections.csv", "export/CONNECTIONS.CSV", "Profile.csv"))
    .map(([connections, invitations, entry]) => ({ name: "export.zip", content: makeZip([{ name: entry, content: connections }, { name: "Invitations.csv", content: invitations }]) })),
  // A NUL after the first 8 KB, where the first look at the file does not reach.
  fc.constantFrom(...FRAGMENTS).map((fragment) => ({ name: "Connections.csv", content: `${CONNECTIONS.join(",")}\n${"Ann,Lee,,,Acme,,25 Aug 2021\n".repeat(400)}Ann\u0000${fragment},Lee,,,,,25 Aug 2021\n` })),
  fc.tuple(fc.uint8Array({ maxLength: 300 }), fc.constantFrom("export.zip", "contacts.vcf", "Connections.csv", "data.csv", "x")).map(([bytes, name]) => ({ name, content: Buffer.from(bytes) })),
);

let count = 0;
async function read(name: string, content: string | Buffer): Promise<{ refused: string } | { items: ReadItem[] }> {
  const filePath = path.join(directory, String(count++));
  writeFileSync(filePath, content);
  const items: ReadItem[] = [];
  try {
    for await (const item of readImportFile(filePath, name, {}, () => {})) items.push(item);
  } catch (error) {
    if (error instanceof ImportRefusal) return { refused: error.message };
    throw error;
  } finally {
    rmSync(filePath, { force: true });
  }
  return { items };
}

const longer = (value: string | null, max: number) => value !== null && [...value].length > max;

/** Why a read row could not be stored as it is, or null. */
function rowProblem(item: ReadItem): string | null {
  switch (item.kind) {
    case "contact": {
      const { contact } = item;
      const limits: [keyof typeof contact, number][] = [["firstName", 100], ["lastName", 100], ["email", 254], ["phone", 40], ["company", 200], ["title", 200], ["linkedinUrl", 500], ["location", 200], ["notes", 10_000]];
      const over = limits.find(([field, max]) => longer(contact[field] as string | null, max));
      if (over) return `${over[0]} over ${over[1]}`;
      if (!contact.firstName && !contact.lastName) return "a contact without a name";
      if (contact.tags.length > 30 || tagBytes(contact.tags) > MAX_TAG_BYTES) return "too many tags";
      return unstorable(contact);
    }
    case "invitation":
      if (longer(item.invitation.firstName, 100) || longer(item.invitation.lastName, 100) || longer(item.invitation.message, 5_000)) return "invitation over its limits";
      return unstorable(item.invitation);
    case "message":
      return longer(item.message.body, 4_000) ? "message body over 4,000" : unstorable(item.message);
    case "skipped":
      return item.reason.trim() ? null : "a skipped row without a reason";
    case "invalid":
      return item.problem.reason.trim() && item.problem.reason.length < 1_000 && item.problem.row >= 1 ? unstorable(item.problem) : `invalid row reason ${item.problem.reason.slice(0, 100)}`;
  }
}

describe("import readers, against hostile files", () => {
  it("refuse a file with a sentence or read rows that can be stored as they are", async () => {
    const seen = { refused: 0, rows: 0 };
    await fc.assert(
      fc.asyncProperty(file, async ({ name, content }) => {
        const result = await read(name, content);
        if ("refused" in result) {
          seen.refused += 1;
          expect(result.refused).toMatch(/\w.*[.:)]/);
          return;
        }
        seen.rows += result.items.length;
        for (const item of result.items) expect(rowProblem(item)).toBeNull();
      }),
      { numRuns: RUNS * 4 },
    );
    // Both outcomes happen: the generator is not so hostile that nothing is ever read.
    expect(seen.refused).toBeGreaterThan(0);
    expect(seen.rows).toBeGreaterThan(RUNS);
  }, 120_000);

  it("refuses a CSV with a NUL past the first 8 KB, naming its line", async () => {
    const content = `${CONNECTIONS.join(",")}\n${"Ann,Lee,,,Acme,,25 Aug 2021\n".repeat(400)}Ann\u0000,Lee,,,,,25 Aug 2021\n`;
    expect(await read("Connections.csv", content)).toEqual({
      refused: "Connections.csv: line 402 holds a NUL character, which a text CSV never does (the file may be damaged or not a CSV at all). Export it again.",
    });
  });
});
