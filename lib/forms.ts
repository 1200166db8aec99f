// The state a form action returns to `useActionState`; shared by server actions and client forms.
export type FormState = {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  /** What the user typed, so a refused form keeps it. */
  values?: Record<string, string>;
  /** Where to go to sort out a refusal, e.g. the existing contact a duplicate matches. */
  link?: { href: string; label: string };
};

export const initialFormState: FormState = { ok: false };

export function fieldError(state: FormState, name: string): string | undefined {
  return state.fieldErrors?.[name]?.[0];
}
