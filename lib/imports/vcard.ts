// vCard 3.0 and 4.0 as Apple Contacts and Google Contacts write them. The file is split into cards as it streams
// (so a 20 MB address book with photos never sits in memory whole), and each card is parsed by ical.js, which
// unfolds lines, reads item1. groups and unescapes \, and \n.
import ICAL from "ical.js";
import { normalizeLinkedinUrl } from "@/lib/contacts/linkedin";
import { ImportRefusal } from "@/lib/imports/refusal";
import { clip, invalid, toContact, type ImportedContact, type RowOutcome } from "@/lib/imports/rows";

export const VCARD_EXPECTED = "a vCard file (.vcf): cards from BEGIN:VCARD to END:VCARD";

export type VcardText = { text: string; line: number };

/** Splits a stream of lines into cards; a card left open at the end (a truncated file) refuses the whole file. */
export async function* vcardCards(lines: AsyncIterable<string>): AsyncGenerator<VcardText> {
  let card: string[] | null = null;
  let start = 0;
  let depth = 0;
  let number = 0;
  let cards = 0;
  for await (const raw of lines) {
    number += 1;
    const line = number === 1 ? raw.replace(/^\uFEFF/, "") : raw;
    const keyword = line.trim().toUpperCase();
    if (card === null) {
      if (keyword === "") continue;
      if (keyword !== "BEGIN:VCARD") throw new ImportRefusal(`Line ${number} is not part of a vCard: expected ${VCARD_EXPECTED}.`);
      card = [];
      start = number;
      depth = 0;
    }
    card.push(line);
    if (keyword === "BEGIN:VCARD") depth += 1;
    else if (keyword === "END:VCARD") depth -= 1;
    if (depth === 0) {
      cards += 1;
      yield { text: card.join("\r\n") + "\r\n", line: start };
      card = null;
    }
  }
  if (card !== null) {
    throw new ImportRefusal(`The file ends in the middle of the vCard that starts on line ${start} (no END:VCARD): it looks truncated. Export it again.`);
  }
  if (cards === 0) throw new ImportRefusal(`The file holds no vCard: expected ${VCARD_EXPECTED}.`);
}

type Property = InstanceType<typeof ICAL.Property>;

function text(property: Property | null | undefined): string {
  const value = property?.getFirstValue();
  // ical.js unescapes \, and \n in text but leaves \; (which vCard 3.0 also escapes) as it is.
  return typeof value === "string" ? value.replaceAll("\\;", ";").trim() : "";
}

function structured(property: Property | null | undefined): string[] {
  const value = property?.getFirstValue();
  if (Array.isArray(value)) return value.map((part) => (Array.isArray(part) ? part.join(" ") : String(part ?? "")).trim());
  return typeof value === "string" ? value.split(";").map((part) => part.trim()) : [];
}

/** The preferred one of several (TYPE=pref in 3.0, PREF=1 in 4.0), else the first. */
function preferred(properties: Property[]): Property | undefined {
  const isPreferred = (property: Property) => {
    const types = property.getParameter("type");
    const list = Array.isArray(types) ? types : types ? [types] : [];
    return list.some((type) => String(type).toLowerCase() === "pref") || String(property.getParameter("pref") ?? "") === "1";
  };
  return properties.find(isPreferred) ?? properties[0];
}

export function mapVcard(card: VcardText): RowOutcome<ImportedContact> {
  let component: InstanceType<typeof ICAL.Component>;
  try {
    component = new ICAL.Component(ICAL.parse(card.text) as unknown as unknown[]);
  } catch (error) {
    return invalid(card.line, `This vCard cannot be read: ${clip(error instanceof Error ? error.message : String(error), 200)}.`);
  }
  const [family = "", given = "", additional = ""] = structured(component.getFirstProperty("n"));
  let firstName = [given, additional].filter(Boolean).join(" ");
  let lastName = family;
  if (!firstName && !lastName) {
    const full = text(component.getFirstProperty("fn"));
    const space = full.lastIndexOf(" ");
    [firstName, lastName] = space < 0 ? [full, ""] : [full.slice(0, space), full.slice(space + 1)];
  }
  if (!firstName && !lastName) return invalid(card.line, "This vCard has no name (N or FN).");

  // ORG is company;department;…: the company is what Rapport shows and matches on.
  const [company = ""] = structured(component.getFirstProperty("org"));
  const phone = text(preferred(component.getAllProperties("tel"))).replace(/^tel:/i, "");
  const urls = [...component.getAllProperties("url"), ...component.getAllProperties("x-socialprofile")].map(text);
  const linkedinUrl = urls.find((url) => normalizeLinkedinUrl(url)) ?? "";
  const [, , , locality = "", region = "", , country = ""] = structured(component.getFirstProperty("adr"));
  const tags = component.getAllProperties("categories").flatMap((property) => property.getValues().map((value) => String(value)));
  return toContact(card.line, {
    firstName,
    lastName,
    email: text(preferred(component.getAllProperties("email"))),
    phone,
    company,
    title: text(component.getFirstProperty("title")),
    linkedinUrl,
    location: [locality, region, country].filter(Boolean).join(", "),
    notes: text(component.getFirstProperty("note")),
    tags,
  });
}
