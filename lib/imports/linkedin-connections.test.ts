import { createReadStream } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { csvRecords } from "@/lib/imports/csv-records";
import { connectionsColumns, mapConnection, parseConnectedOn } from "@/lib/imports/linkedin-connections";

const fixture = path.join(import.meta.dirname, "fixtures", "Connections.csv");

async function readFixture() {
  const records = [];
  for await (const record of csvRecords(createReadStream(fixture), "Connections.csv")) records.push(record);
  return records;
}

describe("Connections.csv", () => {
  it("reads LinkedIn's real layout: BOM, three preamble lines, quoted commas and quotes, emoji and accents", async () => {
    const records = await readFixture();
    const headerAt = records.findIndex((record) => connectionsColumns(record.cells));
    expect(headerAt).toBe(2); // "Notes:" and the quoted notice come first; the blank line is no record
    expect(records[0]!.cells[0]).toBe("Notes:"); // the BOM is gone
    const columns = connectionsColumns(records[headerAt]!.cells)!;
    const outcomes = records.slice(headerAt + 1).map((record) => mapConnection(columns, record.cells, record.line));

    expect(outcomes.map((outcome) => outcome.kind)).toEqual(["ok", "ok", "skipped", "ok", "ok", "blank", "blank"]);
    const [colleen, jose, , priya, zoe] = outcomes.map((outcome) => (outcome.kind === "ok" ? outcome.value : null));
    expect(colleen).toMatchObject({
      row: 5,
      firstName: "Colleen",
      lastName: "O'Brien",
      company: "Acme, Inc.",
      title: "VP, Marketing",
      email: null,
      linkedinUrl: "https://www.linkedin.com/in/colleen-obrien",
      connectedOn: new Date("2021-08-25T00:00:00Z"),
    });
    expect(jose).toMatchObject({ firstName: "José", lastName: "López", email: "jose@example.com", company: "Señor Café", title: "Barista 🚀" });
    expect(jose!.linkedinUrl).toBe("https://www.linkedin.com/in/jos%C3%A9-l%C3%B3pez-123");
    expect(priya).toMatchObject({ lastName: 'Shah "PJ"', company: 'The "Best" Company', linkedinUrl: "https://www.linkedin.com/in/priyashah" });
    expect(zoe).toMatchObject({ firstName: "Zoë", lastName: "Nguyễn 🌸", connectedOn: new Date("2026-11-15T00:00:00Z") });
    expect(outcomes[2]).toEqual({ kind: "skipped", reason: "no name (a member who left LinkedIn)" });
  });

  it("reads the older header without a URL column", () => {
    const columns = connectionsColumns(["First Name", "Last Name", "Email Address", "Company", "Position", "Connected On"])!;
    expect(columns.url).toBe(-1);
    const outcome = mapConnection(columns, ["Ada", "Lovelace", "", "Analytical Engines", "", "10 Dec 2015"], 5);
    expect(outcome).toMatchObject({ kind: "ok", value: { firstName: "Ada", linkedinUrl: null } });
  });

  it("is not fooled by another CSV's header", () => {
    expect(connectionsColumns(["Name", "Email"])).toBeNull();
    expect(connectionsColumns(["From", "To", "Sent At", "Message", "Direction"])).toBeNull();
  });

  it("names an invalid row with its line and the reason", () => {
    const columns = connectionsColumns(["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"])!;
    expect(mapConnection(columns, ["Bad", "Date", "", "", "", "", "yesterday"], 12)).toEqual({
      kind: "invalid",
      problem: { row: 12, reason: "Connected On “yesterday” is not a date like 25 Aug 2021." },
    });
    expect(mapConnection(columns, ["Bad", "Url", "https://example.com/jane", "", "", "", "1 Jan 2020"], 13)).toMatchObject({
      kind: "invalid",
      problem: { row: 13, reason: expect.stringContaining("not a LinkedIn profile URL") },
    });
    expect(mapConnection(columns, ["Bad", "Email", "", "not-an-email", "", "", "1 Jan 2020"], 14)).toMatchObject({
      kind: "invalid",
      problem: { row: 14, reason: "Enter a valid email, like name@example.com." },
    });
  });

  it.each([
    ["25 Aug 2021", "2021-08-25"],
    ["3 Jan 2024", "2024-01-03"],
    ["03 Sept 2024", "2024-09-03"],
    ["1 March 2026", "2026-03-01"],
    ["2021-08-25", "2021-08-25"],
  ])("reads Connected On %j", (text, day) => {
    expect(parseConnectedOn(text)?.toISOString().slice(0, 10)).toBe(day);
  });

  it.each(["31 Feb 2021", "25 Agu 2021", "Aug 25 2021", "", "25/08/2021"])("refuses Connected On %j", (text) => {
    expect(parseConnectedOn(text)).toBeNull();
  });
});
