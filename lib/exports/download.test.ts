import { describe, expect, it } from "vitest";
import { contactFileName, datedFileName, downloadHeaders } from "./download";

describe("download names", () => {
  it("dates a download by the user's today", () => {
    const now = new Date("2026-11-26T23:30:00.000Z");
    expect(datedFileName("contacts.csv", "UTC", now)).toBe("rapport-contacts-2026-11-26.csv");
    expect(datedFileName("backup.json", "Europe/Berlin", now)).toBe("rapport-backup-2026-11-27.json");
    expect(datedFileName("contacts.vcf", "America/Los_Angeles", now)).toBe("rapport-contacts-2026-11-26.vcf");
  });

  it("names one contact's file after them, accents folded", () => {
    expect(contactFileName("José Ñúñez", "vcf")).toBe("jose-nunez.vcf");
    expect(contactFileName("Zoë O'Brien 🎉", "vcf")).toBe("zoe-o-brien.vcf");
    expect(contactFileName("李雷", "vcf")).toBe("contact.vcf");
  });

  it("sends an attachment that is never cached, with the exact name for clients that read filename*", () => {
    const headers = new Headers(downloadHeaders("Zoë.vcf", "text/vcard; charset=utf-8"));
    expect(headers.get("content-disposition")).toBe(`attachment; filename="Zo_.vcf"; filename*=UTF-8''Zo%C3%AB.vcf`);
    expect(headers.get("cache-control")).toBe("private, no-store");
    expect(headers.get("content-type")).toBe("text/vcard; charset=utf-8");
  });
});
