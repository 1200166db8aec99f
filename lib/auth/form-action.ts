// The one shape every form action takes: get the user, parse the form with the shared schema,
// and hand back field errors (with what was typed) instead of throwing on bad input.
import "server-only";
import { z } from "zod";
import { requireUser, type CurrentUser } from "@/lib/auth/session";
import type { FormState } from "@/lib/forms";
import { DATABASE_UNREACHABLE_MESSAGE, isDatabaseUnreachable } from "@/lib/database-health";

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
  const values = formValues(formData);
  try {
    const user = await requireUser();
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      return { ok: false, message: "Check the highlighted fields.", fieldErrors: z.flattenError(parsed.error).fieldErrors, values };
    }
    const result = await handler(parsed.data, user);
    return result.ok ? result : { ...result, values: result.values ?? values };
  } catch (error) {
    // The database went away: say so beside the form, which keeps what was typed, instead of replacing the page
    // with an error. Anything else (a redirect, a bug) goes on as before.
    if (!isDatabaseUnreachable(error)) throw error;
    console.error("[rapport] A form could not be saved: the database cannot be reached.");
    return { ok: false, message: DATABASE_UNREACHABLE_MESSAGE, values };
  }
}
