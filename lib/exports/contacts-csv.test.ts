import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { CONTACT_CSV_COLUMNS, contactsCsv, spreadsheetSafe, type CsvContact } from "./contacts-csv";

function contact(overrides: Partial<CsvContact> = {}): CsvContact {
  return {
    id: "c1",
    firstName: "Ada",
    lastName: "Lovelace",
    email: null,
    phone: null,
    company: null,
    title: null,
    linkedinUrl: null,
    location: null,
    notes: null,
    tags: [],
    stage: "PERSONALIZE",
    stageChangedAt: new Date("2026-11-20T08:00:00.000Z"),
    nextFollowUpOn: null,
    followUpNote: null,
    lastInteractionAt: null,
    connectedAt: null,
    stayInTouchWeeks: null,
    archivedAt: null,
    createdAt: new Date("2026-11-20T08:00:00.000Z"),
    updatedAt: new Date("2026-11-21T09:30:00.000Z"),
    ...overrides,
  };
}

const read = (csv: string) => parse(csv, { bom: true, columns: true }) as Record<string, string>[];

describe("contacts CSV", () => {
  it("starts with a byte-order mark and the header, and separates records with CRLF", () => {
    const csv = contactsCsv([contact()]);
    expect(csv.startsWith("\uFEFFFirst name,Last name,Email,")).toBe(true);
    expect(csv.split("\r\n")).toHaveLength(3);
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("writes one row per contact with our fields, the stage as the screen names it, and tags joined", () => {
    const rows = read(
      contactsCsv([
        contact({
          email: "ada@example.com",
          company: "Analytical Engines",
          tags: ["math", "berlin 2026"],
          stage: "CONNECTED",
          nextFollowUpOn: new Date("2026-12-01T00:00:00.000Z"),
          followUpNote: "Coffee",
          connectedAt: new Date("2026-11-25T10:00:00.000Z"),
          stayInTouchWeeks: 6,
        }),
        contact({ firstName: "Grace", lastName: "Hopper", stage: "THANKED" }),
      ]),
    );
    expect(Object.keys(rows[0]!)).toEqual(CONTACT_CSV_COLUMNS.map((column) => column.header));
    expect(rows[0]).toMatchObject({
      "First name": "Ada",
      Email: "ada@example.com",
      Company: "Analytical Engines",
      Tags: "math, berlin 2026",
      Stage: "Needs a thank-you",
      "Follow up on": "2026-12-01",
      "Next step": "Coffee",
      Connected: "2026-11-25T10:00:00.000Z",
      "Stay in touch (weeks)": "6",
      Archived: "",
      Updated: "2026-11-21T09:30:00.000Z",
    });
    expect(rows[1]).toMatchObject({ "First name": "Grace", Stage: "Thanked", Email: "" });
  });

  it("quotes commas, quotes and line breaks, and keeps accents and emoji", () => {
    const notes = 'Met at "Web Summit", Lisbon;\nloves 🎉 and café\r\nsecond line';
    const csv = contactsCsv([contact({ firstName: "José", lastName: "Ñúñez, Jr.", notes, title: "Head of 🚀" })]);
    expect(csv).toContain('"Ñúñez, Jr."');
    expect(csv).toContain('"Met at ""Web Summit"", Lisbon;');
    const [row] = read(csv);
    expect(row).toMatchObject({ "First name": "José", "Last name": "Ñúñez, Jr.", Notes: notes, Title: "Head of 🚀" });
  });

  it("neutralizes cells a spreadsheet would run as formulas, but not phone numbers", () => {
    const [row] = read(contactsCsv([contact({ firstName: "=HYPERLINK(\"http://evil\")", company: "@SUM(A1)", phone: "+49 30 1234-567", notes: "-2+3" })]));
    expect(row).toMatchObject({ "First name": "'=HYPERLINK(\"http://evil\")", Company: "'@SUM(A1)", Phone: "+49 30 1234-567", Notes: "'-2+3" });
    expect(spreadsheetSafe("Plain")).toBe("Plain");
    expect(spreadsheetSafe("\tcmd")).toBe("'\tcmd");
    expect(spreadsheetSafe("+1 (555) 010-0000")).toBe("+1 (555) 010-0000");
  });

  it("writes only the header for an account without contacts", () => {
    expect(read(contactsCsv([]))).toEqual([]);
  });
});
