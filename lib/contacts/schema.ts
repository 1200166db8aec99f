// The contact form's schema, shared by the form (for comfort) and the actions (for safety).
import { z } from "zod";
import { normalizeLinkedinUrl } from "@/lib/contacts/linkedin";
import { ENCOUNTER_LIMITS, optionalId, optionalPastDay } from "@/lib/encounters/schema";
import { optionalText, storableText } from "@/lib/forms";

export const MAX_TAGS = 30;
/**
 * A contact's tags together, in UTF-8 bytes: they sit in a B-tree index ("Contact_ownerId_archivedAt_tags_idx"),
 * whose rows PostgreSQL refuses beyond 2,704 bytes; 30 tags of 50 CJK characters would be 4,500.
 */
export const MAX_TAG_BYTES = 2_000;
/** A normalized profile URL is in the unique (ownerId, linkedinUrl) index too; real ones are under 150 characters. */
const MAX_LINKEDIN_URL = 500;

const utf8 = new TextEncoder();

export function tagBytes(tags: readonly string[]): number {
  return tags.reduce((sum, tag) => sum + utf8.encode(tag).length, 0);
}


/** A LinkedIn profile URL in any spelling, stored in its one canonical form; empty is null. */
export function linkedinUrlField() {
  return storableText("LinkedIn URL")
    .trim()
    .max(500, "LinkedIn URL must be at most 500 characters.")
    .transform((value, ctx) => {
      if (!value) return null;
      const normalized = normalizeLinkedinUrl(value);
      if (!normalized) {
        ctx.addIssue({ code: "custom", message: "Enter a LinkedIn profile URL, like linkedin.com/in/jane-doe." });
        return z.NEVER;
      }
      // Letters outside ASCII are written %XX in the stored form, up to nine characters each.
      if (normalized.length > MAX_LINKEDIN_URL) {
        ctx.addIssue({ code: "custom", message: "This LinkedIn URL is too long for a profile address; copy it again from the profile." });
        return z.NEVER;
      }
      return normalized;
    })
    .default(null);
}

/** First and last name: either may be empty, not both (see `aNameIsRequired`). */
export const nameFields = {
  firstName: storableText("First name").trim().max(100, "First name must be at most 100 characters.").default(""),
  lastName: storableText("Last name").trim().max(100, "Last name must be at most 100 characters.").default(""),
};

export const aNameIsRequired = {
  check: (person: { firstName: string; lastName: string }) => Boolean(person.firstName || person.lastName),
  params: {
    path: ["firstName"],
    message: "Enter a first or last name.",
    // Report a missing name together with any other field's error, not only once those are fixed.
    when: (payload: z.core.ParsePayload) => {
      const value = payload.value as { firstName?: unknown; lastName?: unknown };
      return typeof value.firstName === "string" && typeof value.lastName === "string";
    },
  },
};

export function parseTags(raw: string): string[] {
  const seen = new Map<string, string>();
  for (const part of raw.split(",")) {
    const tag = part.trim().replace(/\s+/g, " ");
    if (tag && !seen.has(tag.toLowerCase())) seen.set(tag.toLowerCase(), tag);
  }
  return [...seen.values()];
}

// A field missing from the form data (a hand-made request) counts as left empty.
export const contactInput = z
  .object({
    ...nameFields,
    email: storableText("Email")
      .trim()
      .max(254, "Email must be at most 254 characters.")
      .refine((value) => !value || z.email().safeParse(value).success, "Enter a valid email, like name@example.com.")
      .transform((value) => value.toLowerCase() || null)
      .default(null),
    phone: storableText("Phone")
      .trim()
      .max(40, "Phone must be at most 40 characters.")
      .refine((value) => !value || /^[+()\d\s.\-/x]{3,}$/i.test(value), "Enter a phone number using digits, spaces and + ( ) -.")
      .transform((value) => value || null)
      .default(null),
    company: optionalText(200, "Company"),
    title: optionalText(200, "Title"),
    linkedinUrl: linkedinUrlField(),
    location: optionalText(200, "Location"),
    notes: optionalText(10_000, "Notes"),
    tags: storableText("Tags")
      .max(2_000, "Tags are too long.")
      .transform(parseTags)
      .refine((tags) => tags.length <= MAX_TAGS, `Use at most ${MAX_TAGS} tags.`)
      .refine((tags) => tags.every((tag) => tag.length <= 50), "Each tag must be at most 50 characters.")
      .refine((tags) => tagBytes(tags) <= MAX_TAG_BYTES, "Tags are too long together: use fewer or shorter tags.")
      .default([]),
  })
  .refine(aNameIsRequired.check, aNameIsRequired.params);

export type ContactInput = z.output<typeof contactInput>;

/** A contact's own fields: what the form edits, imports bring and exports write. */
export type ContactFields = {
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  company: string | null;
  title: string | null;
  linkedinUrl: string | null;
  location: string | null;
  notes: string | null;
  tags: string[];
};

/** Selects exactly a contact's own fields (ContactFields): plain data, so imports outside Next can use it too. */
export const CONTACT_FIELDS_SELECT = {
  firstName: true,
  lastName: true,
  email: true,
  phone: true,
  company: true,
  title: true,
  linkedinUrl: true,
  location: true,
  notes: true,
  tags: true,
} as const satisfies { [K in keyof ContactFields]: true };

/**
 * A new contact, with an optional "How you met" (the event, the day, what you talked about): the
 * empty Contacts page promises a line about how you met, and this is where it is written.
 */
export const contactCreateInput = contactInput.and(
  z.object({
    eventId: optionalId(),
    metOn: optionalPastDay("Met on"),
    context: storableText("What you talked about")
      .trim()
      .max(ENCOUNTER_LIMITS.context, `What you talked about must be at most ${ENCOUNTER_LIMITS.context} characters.`)
      .default(""),
  }),
);

export type ContactCreateInput = z.output<typeof contactCreateInput>;

export const contactUpdateInput = contactInput.and(
  z.object({ version: z.coerce.number({ error: "Reload the page and try again." }).int().positive("Reload the page and try again.") }),
);

export const tagInput = storableText("A tag")
  .trim()
  .min(1, "Type a tag.")
  .max(50, "A tag must be at most 50 characters.")
  .refine((tag) => !tag.includes(","), "A tag cannot contain a comma.")
  .transform((tag) => tag.replace(/\s+/g, " "));

export const renameTagInput = z.object({ from: storableText("The tag").min(1).max(50), to: tagInput });
