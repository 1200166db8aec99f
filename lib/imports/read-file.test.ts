import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { deflatedEntry, makeZip, repeatedEntry } from "@/lib/imports/fixtures/zip";
import { readImportFile, sniff, type FileShape, type ReadItem } from "@/lib/imports/read-file";
import { MAX_IMPORT_BYTES } from "@/lib/imports/schema";

const directory = mkdtempSync(path.join(tmpdir(), "rapport-read-file-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const CONNECTIONS_HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On";
const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "fixtures", name));

async function read(name: string, content: string | Buffer, mapping?: Record<string, number>) {
  const file = path.join(directory, `${Math.random()}`);
  writeFileSync(file, content);
  let shape: FileShape | undefined;
  const items: ReadItem[] = [];
  for await (const item of readImportFile(file, name, { mapping }, (found) => (shape = found))) items.push(item);
  return { shape, items };
}

describe("reading an uploaded file", () => {
  it("finds LinkedIn's files in the zip case-insensitively, in any folder, connections first", async () => {
    const zip = makeZip([
      { name: "Basic_LinkedInDataExport_11-26-2026/messages.csv", content: fixture("messages.csv") },
      { name: "Basic_LinkedInDataExport_11-26-2026/INVITATIONS.CSV", content: fixture("Invitations.csv") },
      { name: "Basic_LinkedInDataExport_11-26-2026/Connections.csv", content: fixture("Connections.csv") },
      { name: "Basic_LinkedInDataExport_11-26-2026/Profile.csv", content: "First Name\nSam\n" },
    ]);
    const { shape, items } = await read("Basic_LinkedInDataExport.zip", zip);
    expect(shape).toEqual({ source: "LINKEDIN", parts: ["Connections.csv", "INVITATIONS.CSV", "messages.csv"] });
    expect(items.map((item) => item.kind)).toEqual(["contact", "contact", "skipped", "contact", "contact", "invitation", "invitation", "invitation", "invitation", "message", "message", "message"]);
  });

  it("recognizes each kind of CSV by its header, whatever the file is called", async () => {
    expect((await read("export.csv", fixture("Connections.csv"))).shape?.source).toBe("LINKEDIN");
    expect((await read("a.csv", fixture("Invitations-old.csv"))).items).toHaveLength(2);
    expect((await read("contacts.csv", fixture("google-contacts.csv"))).shape?.source).toBe("GOOGLE_CSV");
    const vcard = await read("contacts.vcf", fixture("contacts.vcf"));
    expect(vcard.shape?.source).toBe("VCARD");
    expect(vcard.items.filter((item) => item.kind === "contact")).toHaveLength(3);
  });

  it("offers any other CSV for column mapping, with a first guess", async () => {
    const { shape, items } = await read("people.csv", fixture("generic.csv"));
    expect(shape?.columns).toMatchObject({ headers: ["Name", "E-mail", "Organisation", "Notes"], mapping: { fullName: 0, email: 1, company: 2, notes: 3 } });
    expect(shape?.columns?.sample).toHaveLength(2);
    expect(items).toMatchObject([{ kind: "contact", contact: { firstName: "Grace", lastName: "Hopper", notes: "Compilers, COBOL" } }, { kind: "contact" }]);
    await expect(read("people.csv", fixture("generic.csv"), { email: 1 })).rejects.toThrow("Choose the column with the name");
  });

  it.each([
    ["Connections.csv", "Name,Email\nJane,jane@example.com\n", "Connections.csv does not have the expected header: expected LinkedIn’s Connections.csv"],
    ["Invitations.csv", fixture("Connections.csv"), "expected LinkedIn’s Invitations.csv"],
    ["empty.csv", "", "empty.csv is empty"],
    ["photo.csv", Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]), "photo.csv is not a text file"],
    ["export.zip", "First Name,Last Name\n", "export.zip is not a zip file"],
    ["other.zip", makeZip([{ name: "Profile.csv", content: "a,b\n" }]), "other.zip holds neither Connections.csv nor Invitations.csv"],
    ["contacts.vcf", "Name,Email\n", "contacts.vcf does not start with BEGIN:VCARD"],
    ["truncated.vcf", fixture("truncated.vcf"), "looks truncated"],
    ["notes.txt", "just one line of prose\n", "notes.txt has no header row"],
    ["big.csv", Buffer.alloc(MAX_IMPORT_BYTES + 1, "a"), "big.csv is larger than 20 MB"],
  ])("refuses %s, saying what was expected", async (name, content, message) => {
    await expect(read(name, content)).rejects.toThrow(message);
  });

  it("reads a LinkedIn export of 50,000 connections with messages: the limits leave room for real ones", async () => {
    const connections = Array.from({ length: 50_000 }, (_, n) => `First${n},Last${n},https://www.linkedin.com/in/person-${n},p${n}@example.com,Company ${n},Title ${n % 313},05 Mar 2024`);
    const messages = Array.from(
      { length: 5_000 },
      (_, n) => `2-${n},,First${n} Last${n},https://www.linkedin.com/in/person-${n},Sam,https://www.linkedin.com/in/sam,2026-07-09 08:12:44 UTC,,"Message ${n}, about the conference on day ${n % 3}",INBOX`,
    );
    const zip = makeZip([
      deflatedEntry("Connections.csv", `${CONNECTIONS_HEADER}\n${connections.join("\n")}\n`),
      deflatedEntry("messages.csv", `CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n${messages.join("\n")}\n`),
    ]);
    const { items } = await read("Basic_LinkedInDataExport.zip", zip);
    expect(items.filter((item) => item.kind === "contact")).toHaveLength(50_000);
    expect(items.filter((item) => item.kind === "message")).toHaveLength(5_000);
  }, 60_000);

  it("refuses a zip by what its headers claim before inflating anything", async () => {
    // The content is small; the headers say 151 MB.
    const claimsTooMuch = makeZip([await repeatedEntry("Connections.csv", `${CONNECTIONS_HEADER}\n`, "Ann,Lee,,,,,05 Mar 2024\n", 1000, 151 * 1024 * 1024)]);
    await expect(read("export.zip", claimsTooMuch)).rejects.toThrow("export.zip expands to more than 150 MB; LinkedIn exports are far smaller.");
    const tooDense = makeZip([await repeatedEntry("data/Invitations.csv", "From,To\n", "Ann Lee,Sam\n", 6 * 1024 * 1024)]);
    await expect(read("export.zip", tooDense)).rejects.toThrow("Invitations.csv in export.zip is compressed more than 100 times;");
  });

  it("refuses a zip listing more files than any export", async () => {
    const files = Array.from({ length: 10_001 }, (_, n) => ({ name: `f${n}.txt`, content: "" }));
    await expect(read("export.zip", makeZip([{ name: "Connections.csv", content: fixture("Connections.csv") }, ...files]))).rejects.toThrow(
      "export.zip holds more than 10,000 files; LinkedIn’s export holds a few dozen.",
    );
  });

  it("sniffs zips, vCards, text and binary data", () => {
    expect(sniff(Buffer.from("PK\u0003\u0004rest"))).toBe("zip");
    expect(sniff(Buffer.from("\uFEFF\r\nBEGIN:VCARD\r\n"))).toBe("vcard");
    expect(sniff(Buffer.from("First Name,Last Name\n"))).toBe("text");
    expect(sniff(Buffer.from([0x41, 0x00, 0x42]))).toBe("binary");
    expect(sniff(Buffer.from([0xc3, 0x28]))).toBe("binary");
    // A character cut at the end of the sample is not binary.
    expect(sniff(Buffer.from("café").subarray(0, 4))).toBe("text");
  });
});
