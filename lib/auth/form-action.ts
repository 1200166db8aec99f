// The one shape every form action takes: get the user, parse the form with the shared schema,
// and hand back field errors (with what was typed) instead of throwing on bad input.
import "server-only";
import { z } from "zod";
import { requireUser, type CurrentUser } from "@/lib/auth/session";
import type { FormState } from "@/lib/forms";

export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
  }
  return values;
}

export async function runFormAction<S extends z.ZodType>(
  schema: S,
  formData: FormData,
  handler: (input: z.output<S>, user: CurrentUser) => Promise<FormState>,
): Promise<FormState> {
  const user = await requireUser();
  const values = formValues(formData);
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    return { ok: false, message: "Check the highlighted fields.", fieldErrors: z.flattenError(parsed.error).fieldErrors, values };
  }
  const result = await handler(parsed.data, user);
  return result.ok ? result : { ...result, values: result.values ?? values };
}
