import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { contactVCard, vCardDisplayName, type VCardContact } from "./vcard";

function contact(overrides: Partial<VCardContact> = {}): VCardContact {
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
    updatedAt: new Date("2026-11-21T09:30:00.123Z"),
    ...overrides,
  };
}

function parsed(text: string) {
  const card = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const value = (name: string) => card.getFirstPropertyValue(name);
  return { card, value };
}

describe("contact vCard", () => {
  it("writes a vCard 4.0 with CRLF line ends and the contact's fields", () => {
    const text = contactVCard(
      contact({
        email: "ada@example.com",
        phone: "+44 20 7946 0000",
        company: "Analytical Engines",
        title: "Mathematician",
        linkedinUrl: "https://www.linkedin.com/in/ada",
        location: "London",
        notes: "Poetical science",
        tags: ["math", "vip"],
      }),
    );
    expect(text.startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n")).toBe(true);
    expect(text.endsWith("END:VCARD\r\n")).toBe(true);
    expect(text).not.toMatch(/[^\r]\n|\r[^\n]/);
    expect(text).toContain("TEL;VALUE=TEXT:+44 20 7946 0000\r\n");
    expect(text).toContain("REV:20261121T093000Z\r\n");
    const { card, value } = parsed(text);
    expect(value("fn")).toBe("Ada Lovelace");
    expect(value("n")).toEqual(["Lovelace", "Ada", "", "", ""]);
    expect(value("email")).toBe("ada@example.com");
    expect(value("org")).toBe("Analytical Engines");
    expect(value("title")).toBe("Mathematician");
    expect(value("url")).toBe("https://www.linkedin.com/in/ada");
    expect(value("adr")).toEqual(["", "", "", "London", "", "", ""]);
    expect(value("note")).toBe("Poetical science");
    expect(card.getFirstProperty("categories")!.getValues()).toEqual(["math", "vip"]);
    expect(value("uid")).toBe("urn:rapport:contact:c1");
  });

  it("escapes commas, semicolons, backslashes and newlines, and reads back the same text", () => {
    const notes = "Line one, with a comma; and a semicolon\nLine two \\ backslash\r\nLine three";
    const text = contactVCard(contact({ lastName: "Lovelace; Byron", company: "Engines, Ltd; R&D", notes, tags: ["a;b", "c d"] }));
    expect(text).toContain("N:Lovelace\\; Byron;Ada;;;\r\n");
    expect(text).toContain("ORG:Engines\\, Ltd\\; R&D\r\n");
    const unfolded = text.replaceAll("\r\n ", "");
    expect(unfolded).toMatch(/NOTE:Line one\\, with a comma; and a semicolon\\nLine two \\\\ backslash\\nLine three/);
    const { card, value } = parsed(text);
    expect(value("n")).toEqual(["Lovelace; Byron", "Ada", "", "", ""]);
    expect(value("org")).toBe("Engines, Ltd; R&D");
    // vCard has one line break, \n: a CRLF in the notes comes back as \n, and no raw CR ends a line early.
    expect(unfolded).not.toMatch(/\r[^\n]/);
    expect(value("note")).toBe(notes.replace("\r\n", "\n"));
    expect(card.getFirstProperty("categories")!.getValues()).toEqual(["a;b", "c d"]);
  });

  it("folds long lines at 75 octets without splitting accented letters or emoji", () => {
    const notes = "Café con leche ☕ and a long talk about 🎉 parties, ".repeat(12) + "ÄÖÜ 👩‍💻";
    const text = contactVCard(contact({ firstName: "Zoë", lastName: "Ñúñez", notes }));
    const lines = text.split("\r\n");
    expect(lines.filter((line) => line.startsWith(" ")).length).toBeGreaterThan(5);
    for (const line of lines) {
      // Continuation lines carry one leading space on top of the 75 octets.
      expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(76);
      expect(line).not.toContain("\uFFFD");
      expect(line.isWellFormed()).toBe(true);
    }
    const { value } = parsed(text);
    expect(value("fn")).toBe("Zoë Ñúñez");
    expect(value("note")).toBe(notes);
  });

  it("leaves out what the contact does not have, and always names the card", () => {
    const text = contactVCard(contact({ firstName: "", lastName: "", email: "anon@example.com" }));
    expect(text).not.toMatch(/^(TEL|ORG|NOTE|CATEGORIES|ADR|URL|TITLE)/m);
    expect(parsed(text).value("fn")).toBe("anon@example.com");
    expect(vCardDisplayName({ firstName: "", lastName: "", email: null, company: "Acme" })).toBe("Acme");
    expect(vCardDisplayName({ firstName: "", lastName: "", email: null, company: null })).toBe("Unnamed contact");
  });

  it("writes several cards one after the other, which read back as several", () => {
    const text = [contact({ id: "c1", firstName: "Ada" }), contact({ id: "c2", firstName: "Grace", lastName: "Hopper" })].map(contactVCard).join("");
    const cards = ICAL.parse(text) as unknown[][];
    expect(cards.map((jcal) => new ICAL.Component(jcal).getFirstPropertyValue("fn"))).toEqual(["Ada Lovelace", "Grace Hopper"]);
  });
});
