import { createReadStream } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { csvRecords } from "@/lib/imports/csv-records";
import { googleColumns, googleLabels, mapGoogleContact } from "@/lib/imports/google-contacts";

describe("Google Contacts CSV", () => {
  it("maps names, organization, labels, the first of several emails, the LinkedIn website and the address", async () => {
    const records = [];
    for await (const record of csvRecords(createReadStream(path.join(import.meta.dirname, "fixtures", "google-contacts.csv")), "google.csv")) records.push(record);
    const columns = googleColumns(records[0]!.cells)!;
    const [ana, marco, empty] = records.slice(1).map((record) => mapGoogleContact(columns, record.cells, record.line));
    expect(ana).toEqual({
      kind: "ok",
      value: {
        row: 2,
        firstName: "Ana María",
        lastName: "Pérez",
        email: "ana@perez.example",
        phone: "+34 611 222 333",
        company: "Pérez & Hijos, S.L.",
        title: "Directora",
        linkedinUrl: "https://www.linkedin.com/in/ana-maria-perez",
        location: "Madrid, Spain",
        notes: 'Met at the Madrid meetup, "great" energy',
        tags: ["Madrid", "Conference"],
        connectedOn: null,
      },
    });
    expect(marco).toMatchObject({ kind: "ok", value: { firstName: "Marco", lastName: "Rossi", company: "Globex", tags: [] } });
    expect(empty).toMatchObject({ kind: "invalid", problem: { row: 4, reason: "Enter a first or last name." } });
  });

  it("reads the older export's headers, and is not LinkedIn's", () => {
    expect(googleColumns(["Name", "Given Name", "Additional Name", "Family Name", "Group Membership", "E-mail 1 - Type", "E-mail 1 - Value", "Organization 1 - Name"])).toMatchObject({
      firstName: 1,
      lastName: 3,
      labels: 4,
      emails: [6],
      company: 7,
    });
    expect(googleColumns(["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"])).toBeNull();
  });

  it("drops Google's own labels", () => {
    expect(googleLabels("* myContacts ::: Friends ::: * starred ::: Madrid 2026")).toEqual(["Friends", "Madrid 2026"]);
  });
});
