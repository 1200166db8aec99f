// The contact list's search, filters, sort and cursor: parsed from the URL, shared by the page and
// the query. Pure: no database here, so it is unit-tested on its own.
import { z } from "zod";
import { Stage } from "@/lib/generated/prisma/enums";
import { storableText } from "@/lib/forms";

export const SORTS = { added: "Date added", name: "Name", interaction: "Last interaction" } as const;
export type Sort = keyof typeof SORTS;

const optional = (schema: z.ZodType<string>) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() ? value.trim() : undefined), schema.optional());

export const contactSearchInput = z.object({
  // A NUL (which PostgreSQL refuses even in a query) or a lone surrogate is malformed like any other.
  q: optional(storableText("Search").max(200)).catch(undefined),
  tag: optional(storableText("Tag").max(50)).catch(undefined),
  event: optional(storableText("Event").max(40)).catch(undefined),
  stage: optional(z.enum(Stage)).catch(undefined),
  sort: z.enum(["added", "name", "interaction"]).catch("added"),
  after: optional(storableText("Cursor").max(500)).catch(undefined),
  archived: z.preprocess((value) => value === "1", z.boolean()).catch(false),
});
export type ContactSearch = z.output<typeof contactSearchInput>;

/** Reads the list's URL parameters; anything malformed is ignored rather than an error. */
export function parseContactSearch(params: Record<string, string | string[] | undefined>): ContactSearch {
  const first = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  return contactSearchInput.parse(first);
}

/** The URL of the list with these parameters (defaults left out, so links stay short). */
export function contactSearchHref(search: Partial<ContactSearch>): string {
  const params = new URLSearchParams();
  if (search.q) params.set("q", search.q);
  if (search.tag) params.set("tag", search.tag);
  if (search.event) params.set("event", search.event);
  if (search.stage) params.set("stage", search.stage);
  if (search.sort && search.sort !== "added") params.set("sort", search.sort);
  if (search.archived) params.set("archived", "1");
  if (search.after) params.set("after", search.after);
  const query = params.toString();
  return query ? `/contacts?${query}` : "/contacts";
}

/**
 * The words of a search, each one a separate condition (all must match, in any field): up to 8,
 * lower-cased. Accents are folded by the database with the same function that built the index.
 */
export function searchWords(q: string | undefined): string[] {
  if (!q) return [];
  return [...new Set(q.toLowerCase().split(/\s+/).filter(Boolean))].slice(0, 8);
}

/** Escapes LIKE's wildcards so "50%" searches for a percent sign. */
export function escapeLike(word: string): string {
  return word.replace(/[\\%_]/g, (char) => `\\${char}`);
}

// A cursor is the sort key and id of the last row shown, so the next page starts right after it
// whatever was added or removed meanwhile.
export type Cursor = { key: string | null; id: string };

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.key, cursor.id])).toString("base64url");
}

export function decodeCursor(text: string | undefined): Cursor | null {
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
    if (Array.isArray(value) && value.length === 2 && (typeof value[0] === "string" || value[0] === null) && typeof value[1] === "string") {
      return { key: value[0], id: value[1] };
    }
  } catch {
    // fall through: a mangled cursor starts from the first page
  }
  return null;
}

/** The list's header while searching or filtering: "1 match", "12 matches", "1,000+ matches". */
export function matchCountLabel(total: number, more = false): string {
  if (total === 0) return "No matches";
  const count = `${total.toLocaleString("en")}${more ? "+" : ""}`;
  return total === 1 && !more ? "1 match" : `${count} matches`;
}
