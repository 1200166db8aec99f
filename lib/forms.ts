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

export function fieldError(state: FormState, name: string): string | undefined {
  return state.fieldErrors?.[name]?.[0];
}

/** An optional text field: trimmed, at most `max` characters, empty (or missing) is null. */
export function optionalText(max: number, label: string) {
  return z
    .string()
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
