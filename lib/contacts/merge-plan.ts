// The rules of a merge, as pure functions: which fields need a choice, which value wins, how tags
// and stages combine. The merge page shows this plan; lib/contacts/merge.ts applies it.
import type { Stage } from "@/lib/generated/prisma/enums";
import { contactName } from "@/lib/contacts/display";

export const MERGE_FIELDS = [
  { name: "firstName", label: "First name" },
  { name: "lastName", label: "Last name" },
  { name: "email", label: "Email" },
  { name: "phone", label: "Phone" },
  { name: "company", label: "Company" },
  { name: "title", label: "Title" },
  { name: "linkedinUrl", label: "LinkedIn URL" },
  { name: "location", label: "Location" },
  { name: "notes", label: "Notes" },
] as const;

export type MergeField = (typeof MERGE_FIELDS)[number]["name"];

export const MERGE_FIELD_NAMES: readonly MergeField[] = MERGE_FIELDS.map((field) => field.name);

/** One side's values of the fields a merge chooses between ("" or null both mean empty). */
export type MergeFieldValues = { firstName: string; lastName: string } & Record<Exclude<MergeField, "firstName" | "lastName">, string | null>;

/** The value picked for each field that differs; a field left out keeps the kept contact's value. */
export type MergeChoiceValues = Partial<Record<MergeField, string>>;

/** Pipeline order: a merge keeps the stage further along it. */
export const STAGE_ORDER: readonly Stage[] = ["PERSONALIZE", "READY", "SENT", "CONNECTED", "THANKED"];

export type FieldComparison = {
  field: MergeField;
  label: string;
  keep: string | null;
  other: string | null;
  /** same: equal (or both empty); keep/other: only that side has a value; choose: both have different values. */
  outcome: "same" | "keep" | "other" | "choose";
};

// Stored text may carry the CRLF line breaks a form submitted; they are the same notes.
const normalized = (value: string) => value.replace(/\r\n?/g, "\n");
const present = (value: string | null | undefined): value is string => Boolean(value && value.trim());

export function sameValue(a: string | null, b: string | null): boolean {
  if (!present(a) || !present(b)) return !present(a) && !present(b);
  return normalized(a) === normalized(b);
}

/** The "Keep both" notes: the kept contact's first, then the other's, separated by a blank line. */
export function joinNotes(keep: string, other: string): string {
  return `${keep.trimEnd()}\n\n${other.trimStart()}`;
}

export function compareFields(keep: MergeFieldValues, other: MergeFieldValues): FieldComparison[] {
  return MERGE_FIELDS.map(({ name, label }) => {
    const a = keep[name];
    const b = other[name];
    const outcome = sameValue(a, b) ? "same" : !present(b) ? "keep" : !present(a) ? "other" : "choose";
    return { field: name, label, keep: present(a) ? a : null, other: present(b) ? b : null, outcome };
  });
}

export type ResolvedFields =
  | { ok: true; values: MergeFieldValues; fromOther: MergeField[] }
  | { ok: false; field: MergeField; message: string };

/**
 * The kept contact's values after the merge. A choice must be one of the two sides' values (or, for
 * notes, both joined): a tampered or stale form cannot write anything the user was not shown.
 * `fromOther` lists the fields whose value comes from the other side.
 */
export function resolveFields(keep: MergeFieldValues, other: MergeFieldValues, choices: MergeChoiceValues): ResolvedFields {
  const values = {} as Record<MergeField, string | null>;
  const fromOther: MergeField[] = [];
  for (const comparison of compareFields(keep, other)) {
    const { field } = comparison;
    const choice = choices[field];
    const candidates: [string, string | null, boolean][] = [
      ["keep", comparison.keep, false],
      ["other", comparison.other, true],
    ];
    if (field === "notes" && comparison.keep && comparison.other) {
      candidates.push(["both", joinNotes(comparison.keep, comparison.other), true]);
    }
    let value: string | null;
    let takenFromOther: boolean;
    if (choice === undefined) {
      // No choice needed (or none made): the non-empty value, the kept contact's first.
      takenFromOther = comparison.outcome === "other";
      value = takenFromOther ? comparison.other : (comparison.keep ?? keep[field]);
    } else {
      const match = candidates.find(([, candidate]) => candidate !== null && sameValue(candidate, choice));
      if (!match) {
        const label = MERGE_FIELDS.find((item) => item.name === field)!.label;
        return { ok: false, field, message: `${label}: choose one of the two contacts' values.` };
      }
      value = match[1];
      takenFromOther = match[2] && comparison.outcome !== "same";
    }
    values[field] = value;
    if (takenFromOther) fromOther.push(field);
  }
  return { ok: true, values: { ...values, firstName: values.firstName ?? "", lastName: values.lastName ?? "" }, fromOther };
}

/** Both contacts' tags, each once whatever its case; the kept contact's spelling and order first. */
export function unionTags(keep: readonly string[], other: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const tag of [...keep, ...other]) {
    if (!seen.has(tag.toLowerCase())) seen.set(tag.toLowerCase(), tag);
  }
  return [...seen.values()];
}

/** Which side's stage the merged contact takes: the one further along the pipeline (the kept one on a tie). */
export function furtherStage(keep: Stage, other: Stage): "keep" | "other" {
  return STAGE_ORDER.indexOf(other) > STAGE_ORDER.indexOf(keep) ? "other" : "keep";
}

/** The later of two optional dates. */
export function laterDate(a: Date | null, b: Date | null): Date | null {
  if (!a || !b) return a ?? b;
  return a.getTime() >= b.getTime() ? a : b;
}

/** The earlier of two optional dates. */
export function earlierDate(a: Date | null, b: Date | null): Date | null {
  if (!a || !b) return a ?? b;
  return a.getTime() <= b.getTime() ? a : b;
}

/** The timeline entry a merge leaves: "Merged with Jane D. (jane.d@example.com)". */
export function mergedActivityBody(
  other: { firstName: string; lastName: string; email: string | null; linkedinUrl: string | null; company: string | null },
  options: { unsaved?: boolean } = {},
): string {
  const detail = other.email ?? other.linkedinUrl?.replace("https://www.", "") ?? other.company;
  const name = contactName(other) || "an unnamed contact";
  const body = `Merged with ${name}${detail ? ` (${detail})` : ""}`;
  return options.unsaved ? `${body}, typed in as a new contact` : body;
}

export type MergePlan = {
  fields: FieldComparison[];
  /** The merged contact's tags: both sides'. */
  tags: string[];
  /** The other side's tags the kept contact does not have yet. */
  addedTags: string[];
  /** The merged contact's stage and whose it was; null when the other side has none (a typed draft). */
  stage: { value: Stage; from: "keep" | "other"; differs: boolean } | null;
};

export function buildMergePlan(
  keep: MergeFieldValues & { tags: string[]; stage: Stage },
  other: MergeFieldValues & { tags: string[]; stage?: Stage },
): MergePlan {
  const from = other.stage ? furtherStage(keep.stage, other.stage) : "keep";
  const tags = unionTags(keep.tags, other.tags);
  return {
    fields: compareFields(keep, other),
    tags,
    addedTags: tags.slice(unionTags(keep.tags, []).length),
    stage: other.stage ? { value: from === "other" ? other.stage : keep.stage, from, differs: keep.stage !== other.stage } : null,
  };
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "3 ways you met, 5 timeline entries"; null when there is nothing. */
export function describeRelatedRows(counts: { encounters: number; activities: number }): string | null {
  const parts = [
    counts.encounters ? plural(counts.encounters, "way you met", "ways you met") : null,
    counts.activities ? plural(counts.activities, "timeline entry", "timeline entries") : null,
  ].filter(Boolean);
  return parts.length ? parts.join(", ") : null;
}
