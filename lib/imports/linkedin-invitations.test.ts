import { createReadStream } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { csvRecords } from "@/lib/imports/csv-records";
import { invitationsColumns, mapInvitation, parseSentAt } from "@/lib/imports/linkedin-invitations";

async function rows(name: string) {
  const records = [];
  for await (const record of csvRecords(createReadStream(path.join(import.meta.dirname, "fixtures", name)), name)) records.push(record);
  const columns = invitationsColumns(records[0]!.cells)!;
  return records.slice(1).map((record) => mapInvitation(columns, record.cells, record.line));
}

describe("Invitations.csv", () => {
  it("reads both directions with the profile URLs of the current export", async () => {
    const [colleen, marco, dana, elodie] = await rows("Invitations.csv");
    expect(colleen).toEqual({
      kind: "ok",
      value: {
        row: 2,
        direction: "INCOMING",
        firstName: "Colleen",
        lastName: "O'Brien",
        linkedinUrl: "https://www.linkedin.com/in/colleen-obrien",
        sentAt: new Date("2026-07-08T15:43:00Z"),
        message: "",
      },
    });
    expect(marco).toMatchObject({ kind: "ok", value: { direction: "OUTGOING", firstName: "Marco", lastName: "Rossi", linkedinUrl: "https://www.linkedin.com/in/marco-rossi" } });
    expect(dana).toMatchObject({ kind: "ok", value: { sentAt: new Date("2026-10-01T00:00:00Z"), message: "Hi Sam, I'd like to join your LinkedIn network." } });
    expect(elodie).toMatchObject({ kind: "ok", value: { firstName: "Élodie", linkedinUrl: "https://www.linkedin.com/in/elodie-martin", message: expect.stringContaining("😊") } });
  });

  it("reads the old five-column export, which has no URLs", async () => {
    const [ana, kofi] = await rows("Invitations-old.csv");
    expect(ana).toMatchObject({ kind: "ok", value: { direction: "OUTGOING", firstName: "Ana", lastName: "María Pérez", linkedinUrl: null, sentAt: new Date("2022-03-14T10:15:00Z") } });
    expect(kofi).toMatchObject({ kind: "ok", value: { direction: "INCOMING", firstName: "Kofi", lastName: "Mensah", message: "" } });
  });

  it.each([
    ["7/8/26, 3:43 PM", "2026-07-08T15:43:00.000Z"],
    ["12/31/25, 12:05 AM", "2025-12-31T00:05:00.000Z"],
    ["1/2/2024, 12:00 PM", "2024-01-02T12:00:00.000Z"],
    ["1/2/24 17:30", "2024-01-02T17:30:00.000Z"],
  ])("reads Sent At %j", (text, iso) => {
    expect(parseSentAt(text)?.toISOString()).toBe(iso);
  });

  it.each(["13/8/26, 3:43 PM", "7/8/26, 13:43 PM", "2026-07-08", ""])("refuses Sent At %j", (text) => {
    expect(parseSentAt(text)).toBeNull();
  });

  it("names invalid rows", () => {
    const columns = invitationsColumns(["From", "To", "Sent At", "Message", "Direction"])!;
    expect(mapInvitation(columns, ["A B", "Me", "7/8/26, 3:43 PM", "", "SIDEWAYS"], 4)).toEqual({
      kind: "invalid",
      problem: { row: 4, reason: "Direction “SIDEWAYS” is neither INCOMING nor OUTGOING." },
    });
    expect(mapInvitation(columns, ["A B", "Me", "soon", "", "INCOMING"], 5)).toMatchObject({ kind: "invalid", problem: { row: 5 } });
    expect(mapInvitation(columns, [",", ",", ",", ",", ","].map(() => ""), 6)).toEqual({ kind: "blank" });
  });
});
