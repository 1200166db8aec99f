import { createReadStream } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { csvRecords } from "@/lib/imports/csv-records";
import { mapMessage, messagesColumns, parseMessageDate } from "@/lib/imports/linkedin-messages";

describe("messages.csv", () => {
  it("keeps every profile on a message for matching, with quoted commas and quotes in the content", async () => {
    const records = [];
    for await (const record of csvRecords(createReadStream(path.join(import.meta.dirname, "fixtures", "messages.csv")), "messages.csv")) records.push(record);
    const columns = messagesColumns(records[0]!.cells)!;
    const [first, second] = records.slice(1).map((record) => mapMessage(columns, record.cells, record.line));
    expect(first).toEqual({
      kind: "ok",
      value: {
        row: 2,
        linkedinUrls: ["https://www.linkedin.com/in/colleen-obrien", "https://www.linkedin.com/in/sam-taylor"],
        from: "Colleen O'Brien",
        sentAt: new Date("2026-07-09T08:12:44Z"),
        body: "Thanks for connecting, Sam! Coffee next week?",
      },
    });
    expect(second).toMatchObject({ kind: "ok", value: { body: 'Sure, Tuesday works, "same place"?' } });
  });

  it("reads LinkedIn's dates and refuses others", () => {
    expect(parseMessageDate("2024-03-05 14:22:10 UTC")?.toISOString()).toBe("2024-03-05T14:22:10.000Z");
    expect(parseMessageDate("05/03/2024")).toBeNull();
    const columns = messagesColumns(["FROM", "SENDER PROFILE URL", "TO", "RECIPIENT PROFILE URLS", "DATE", "CONTENT"])!;
    expect(mapMessage(columns, ["A", "", "B", "", "last week", "hi"], 9)).toMatchObject({ kind: "invalid", problem: { row: 9 } });
    expect(mapMessage(columns, ["A", "", "B", "", "2024-03-05 14:22:10 UTC", ""], 10)).toMatchObject({ kind: "skipped" });
  });
});
