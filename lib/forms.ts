// The state a form action returns to `useActionState`, and field rules every form shares; used by
// server actions and client forms alike.
import { z } from "zod";
export type FormState = {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  /** What the user typed, so a refused form keeps it. */
  values?: Record<string, string>;
  /** Where to go to sort out a refusal, e.g. the existing contact a duplicate matches. */
  links?: { href: string; label: string }[];
  /** A warning the user may override: the form offers a button with this label that resubmits with confirmed=1. */
  confirm?: string;
};

export const initialFormState: FormState = { ok: false };

const EXPECTED_NAMES: Record<string, string> = { string: "text", number: "a number", int: "a whole number", boolean: "yes or no", object: "a set of fields", array: "a list" };

// zod's own wording ("Invalid input: expected string, received undefined") only reaches someone who sends a request
// by hand (a field left out, a number where text goes); they get a sentence too. A schema's own message comes first.
z.config({
  customError: (issue) => {
    switch (issue.code) {
      case "invalid_type":
        if (issue.input === undefined) return "This field is missing: fill it in and try again.";
        return `This field must be ${EXPECTED_NAMES[issue.expected] ?? issue.expected}.`;
      case "invalid_value":
      case "invalid_union":
        return "Choose one of the options offered.";
      case "too_big":
        return issue.origin === "string" ? `This must be at most ${issue.maximum} characters.` : `This must be at most ${issue.maximum}.`;
      case "too_small":
        return issue.origin === "string" ? `This must be at least ${issue.minimum} characters.` : `This must be at least ${issue.minimum}.`;
      default:
        return "This value cannot be used: check it and try again.";
    }
  },
});

export function fieldError(state: FormState, name: string): string | undefined {
  return state.fieldErrors?.[name]?.[0];
}

/**
 * Why `value` cannot be stored as it is, or null. PostgreSQL refuses a NUL (U+0000) in text (the write would fail),
 * and half of a UTF-16 surrogate pair (an emoji cut in two) would be stored as U+FFFD: both are refused, not changed.
 */
export function unstorableText(label: string, value: string): string | null {
  if (value.includes("\u0000")) return `${label} cannot be saved with a NUL character (U+0000) in it. Remove it and try again.`;
  if (!value.isWellFormed()) return `${label} cannot be saved with a broken character in it (half of an emoji or other symbol). Delete it and type it again.`;
  return null;
}

/**
 * Every row id Rapport makes has this shape: Prisma's cuids ("c" and 24 lower-case letters and digits), the cuid-shaped
 * ids of imports and restores (lib/imports/apply.ts, lib/exports/restore-plan.ts), UUIDs in tests. Built-in templates'
 * "builtin:<slug>" never reach the database (lib/templates/builtins.ts).
 */
const ROW_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Whether `value` can be the id of a row. Every action checks each id it is handed (bound, as an argument or in a
 * form) with this before a query, and answers anything else as an id that names no row: one called by hand may send
 * a NUL (PostgreSQL refuses it: a 500), a number, or an object or `undefined`, which a Prisma `where` would read as a
 * filter or as no condition at all, matching every row of the owner's.
 */
export function isRowId(value: unknown): value is string {
  return typeof value === "string" && value.length <= 64 && ROW_ID.test(value);
}

/** A string that PostgreSQL stores exactly as given (see `unstorableText`); `label` names it in the refusal. */
export function storableText(label: string, options: { notText?: string; message?: string } = {}) {
  return z.string(options.notText ? { error: options.notText } : undefined).superRefine((value, ctx) => {
    const problem = unstorableText(label, value);
    if (problem) ctx.addIssue({ code: "custom", message: options.message ?? problem });
  });
}

/** An optional text field: trimmed, at most `max` characters, empty (or missing) is null. */
export function optionalText(max: number, label: string) {
  return storableText(label)
    .trim()
    .max(max, `${label} must be at most ${max} characters.`)
    .transform((value) => value || null)
    .default(null);
}

/**
 * The version an edit form was opened at, posted back in a hidden field: the write only happens if the row still has
 * it, so a save from a stale tab is refused instead of silently overwriting a newer one.
 */
export function editVersion() {
  return z.coerce.number("Reload the page and try again.").int("Reload the page and try again.").positive("Reload the page and try again.");
}

/** What a stale edit is told. The form keeps what was typed (runFormAction hands it back), so nothing is lost. */
export function staleEdit(what: string): FormState {
  return {
    ok: false,
    message: `Someone changed this ${what} since you opened it, in another tab or on another device. Your edit was not saved and is still below: copy what you need, reload the page to see the latest version, then make your edit again.`,
  };
}
