// Template placeholders ({firstName}, {eventName}, …): which exist and how a body is filled. Pure, so the template
// editor's preview, the invitation composer and the server all fill text the same way.

export type TemplateValues = {
  firstName?: string;
  company?: string;
  eventName?: string;
  metOn?: string;
  topic?: string;
  mutualName?: string;
  myFirstName?: string;
};

export type PlaceholderName = keyof TemplateValues;

/** Every placeholder, in the order shown to users (the editor's insert buttons, error messages). */
export const TEMPLATE_PLACEHOLDERS: PlaceholderName[] = [
  "firstName",
  "company",
  "eventName",
  "metOn",
  "topic",
  "mutualName",
  "myFirstName",
];

/** What each placeholder stands for, in words. */
export const PLACEHOLDER_LABELS: Record<PlaceholderName, string> = {
  firstName: "Their first name",
  company: "Their company",
  eventName: "Event name",
  metOn: "When you met",
  topic: "Topic to mention",
  mutualName: "Mutual connection",
  myFirstName: "Your first name",
};

/** Realistic values for previews: what a filled template will look like. */
export const SAMPLE_VALUES: Required<TemplateValues> = {
  firstName: "Priya",
  company: "Northwind",
  eventName: "Product Leaders Summit",
  metOn: "12 March",
  topic: "onboarding design",
  mutualName: "Jordan Lee",
  myFirstName: "Sam",
};

const KNOWN = new Set<string>(TEMPLATE_PLACEHOLDERS);

// `{name}`, tolerating inner spaces and the `{{name}}` habit from other tools. A brace right before or after
// (`{{{name}}}`) makes it malformed: it is left exactly as typed, where the coach will flag it.
const PLACEHOLDER = /(?<!\{)(?:\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}|\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\})(?!\})/g;

export function isPlaceholderName(name: string): name is PlaceholderName {
  return KNOWN.has(name);
}

/** `{name}` as the user writes it. */
export function placeholderToken(name: PlaceholderName): string {
  return `{${name}}`;
}

/** Each placeholder in a body, in order of appearance, known or not, without repeats. */
export function placeholdersIn(body: string): string[] {
  const names = new Set<string>();
  for (const match of body.matchAll(PLACEHOLDER)) names.add(match[1] ?? match[2] ?? "");
  return [...names];
}

/** Placeholders in a body that Rapport does not know (a typo such as `{firstname}`). */
export function unknownPlaceholders(body: string): string[] {
  return placeholdersIn(body).filter((name) => !isPlaceholderName(name));
}

/**
 * Fills each known placeholder that has a non-empty value. Unknown ones are left as typed, and known ones without a
 * value stay visible as `{name}`, so the user (and the coach's PLACEHOLDER finding) sees what is still missing.
 */
export function fillTemplate(body: string, values: TemplateValues): string {
  return body.replace(PLACEHOLDER, (whole, double: string | undefined, single: string | undefined) => {
    const name = double ?? single ?? "";
    if (!isPlaceholderName(name)) return whole;
    const value = values[name];
    const trimmed = typeof value === "string" ? value.trim() : "";
    return trimmed || placeholderToken(name);
  });
}

/** A body cut into text and placeholders, for highlighting placeholders on screen. */
export type BodyPart = { text: string; placeholder: boolean; known: boolean };

export function splitPlaceholders(body: string): BodyPart[] {
  const parts: BodyPart[] = [];
  let last = 0;
  for (const match of body.matchAll(PLACEHOLDER)) {
    const start = match.index ?? 0;
    if (start > last) parts.push({ text: body.slice(last, start), placeholder: false, known: false });
    parts.push({ text: match[0], placeholder: true, known: isPlaceholderName(match[1] ?? match[2] ?? "") });
    last = start + match[0].length;
  }
  if (last < body.length) parts.push({ text: body.slice(last), placeholder: false, known: false });
  return parts;
}
