import { createReadStream } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { mapVcard, vcardCards } from "@/lib/imports/vcard";

function lines(text: string) {
  return createInterface({ input: Readable.from([text]), crlfDelay: Infinity });
}

async function cards(source: AsyncIterable<string>) {
  const found = [];
  for await (const card of vcardCards(source)) found.push(card);
  return found;
}

describe("vCard", () => {
  it("reads Apple's 3.0 and a 4.0 card: folding, item1. groups, several emails and phones, ORG departments, escapes, categories, a photo", async () => {
    const found = await cards(createInterface({ input: createReadStream(path.join(import.meta.dirname, "fixtures", "contacts.vcf"), { encoding: "utf8" }), crlfDelay: Infinity }));
    expect(found.map((card) => card.line)).toEqual([1, 22, 32]);
    const [jose, zoe, kofi] = found.map(mapVcard);
    expect(jose).toEqual({
      kind: "ok",
      value: {
        row: 1,
        firstName: "José",
        lastName: "López",
        email: "jose.lopez@example.com",
        phone: "+34 600 123 456",
        company: "Acme, Inc.",
        title: "Account Executive",
        linkedinUrl: "https://www.linkedin.com/in/jose-lopez-madrid",
        location: "Madrid, Spain",
        notes: "Met at the Madrid meetup, talked about pricing.\nIntroduced by Ana; follows up in March.",
        tags: ["Conference", "Madrid 2026"],
        connectedOn: null,
      },
    });
    expect(zoe).toMatchObject({ kind: "ok", value: { firstName: "Zoë", lastName: "Nguyễn 🌸", email: "zoe.home@example.org", phone: "+1-555-010-0199", company: "Globex", tags: ["friends"] } });
    // No N: the name comes from FN.
    expect(kofi).toMatchObject({ kind: "ok", value: { firstName: "Kofi", lastName: "", email: "kofi@example.com" } });
  });

  it("refuses a truncated file, naming the card", async () => {
    const source = createInterface({ input: createReadStream(path.join(import.meta.dirname, "fixtures", "truncated.vcf"), { encoding: "utf8" }), crlfDelay: Infinity });
    await expect(cards(source)).rejects.toThrow("The file ends in the middle of the vCard that starts on line 6 (no END:VCARD)");
  });

  it("refuses text that is not a vCard, and a file with none", async () => {
    await expect(cards(lines("hello\r\n"))).rejects.toThrow("Line 1 is not part of a vCard");
    await expect(cards(lines("\r\n\r\n"))).rejects.toThrow("The file holds no vCard");
  });

  it("names a card without a name or with an invalid email", () => {
    expect(mapVcard({ text: "BEGIN:VCARD\r\nVERSION:3.0\r\nEMAIL:a@b.example\r\nEND:VCARD\r\n", line: 7 })).toEqual({
      kind: "invalid",
      problem: { row: 7, reason: "This vCard has no name (N or FN)." },
    });
    expect(mapVcard({ text: "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A B\r\nEMAIL:nope\r\nEND:VCARD\r\n", line: 9 })).toMatchObject({
      kind: "invalid",
      problem: { row: 9, reason: "Enter a valid email, like name@example.com." },
    });
  });
});
