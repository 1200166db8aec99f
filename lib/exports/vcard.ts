// "Contacts as vCard": a contact as a vCard 4.0 (RFC 6350) for Apple Contacts, Google Contacts or
// Outlook. Written with ical.js's vCard design set, which escapes commas, semicolons, backslashes and
// newlines where RFC 6350 requires it and folds lines at 75 octets without splitting a UTF-8 character.
import ICAL from "ical.js";
import type { ContactFields } from "@/lib/contacts/schema";

export type VCardContact = ContactFields & { id: string; updatedAt: Date };

/** The name a contact app shows (FN is required): the person's name, else their email or company. */
export function vCardDisplayName(contact: Pick<VCardContact, "firstName" | "lastName" | "email" | "company">): string {
  return [contact.firstName, contact.lastName].filter(Boolean).join(" ") || contact.email || contact.company || "Unnamed contact";
}

/**
 * vCard escapes a line break as \n, but ical.js leaves a carriage return raw, which would end the line
 * early: every line break (CRLF, CR) becomes \n first.
 */
function oneLineBreak(value: string): string {
  return value.replace(/\r\n?/g, "\n");
}

/** One contact as a vCard 4.0, lines ending in CRLF (the file format's line break). */
export function contactVCard(original: VCardContact): string {
  const contact = cleaned(original);
  const card = new ICAL.Component(["vcard", [], []]);
  card.addPropertyWithValue("version", "4.0");
  // A URI that stays the same across exports, so an address book can tell a re-import from a new person.
  card.addPropertyWithValue("uid", `urn:rapport:contact:${contact.id}`);
  card.addPropertyWithValue("fn", vCardDisplayName(contact));
  // N: family name; given name; additional names; prefixes; suffixes.
  addStructured(card, "n", [contact.lastName, contact.firstName, "", "", ""]);
  if (contact.email) card.addPropertyWithValue("email", contact.email);
  if (contact.phone) {
    // TEL's default value type is a tel: URI; what people type ("+49 30 1234 567") is text.
    const tel = new ICAL.Property("tel", card);
    tel.resetType("text");
    tel.setValue(contact.phone);
    card.addProperty(tel);
  }
  if (contact.company) addStructured(card, "org", [contact.company]);
  if (contact.title) card.addPropertyWithValue("title", contact.title);
  if (contact.linkedinUrl) card.addPropertyWithValue("url", contact.linkedinUrl);
  // ADR: PO box; extended; street; locality; region; postal code; country. Rapport keeps one free-text
  // location ("Berlin, Germany"), which address books show best as the locality.
  if (contact.location) addStructured(card, "adr", ["", "", "", contact.location, "", "", ""]);
  if (contact.notes) card.addPropertyWithValue("note", contact.notes);
  if (contact.tags.length > 0) {
    const categories = new ICAL.Property("categories", card);
    categories.setValues(contact.tags);
    card.addProperty(categories);
  }
  card.addPropertyWithValue("rev", contact.updatedAt.toISOString().replace(/[-:]|\.\d{3}/g, ""));
  return `${card.toString()}\r\n`;
}

function addStructured(card: ICAL.Component, name: string, fields: string[]) {
  const property = new ICAL.Property(name, card);
  property.setValue(fields);
  card.addProperty(property);
}

function cleaned(contact: VCardContact): VCardContact {
  const text = (value: string | null) => (value === null ? null : oneLineBreak(value));
  return {
    ...contact,
    firstName: oneLineBreak(contact.firstName),
    lastName: oneLineBreak(contact.lastName),
    email: text(contact.email),
    phone: text(contact.phone),
    company: text(contact.company),
    title: text(contact.title),
    linkedinUrl: text(contact.linkedinUrl),
    location: text(contact.location),
    notes: text(contact.notes),
    tags: contact.tags.map(oneLineBreak),
  };
}
