"use server";
// Template actions: requireUser → parse → write (scoped by owner) → revalidate. Built-ins are refused here too.
import { revalidatePath } from "next/cache";
import { runFormAction } from "@/lib/auth/form-action";
import { requireUser } from "@/lib/auth/session";
import { isRowId, staleEdit, type FormState } from "@/lib/forms";
import { isBuiltinTemplateId } from "@/lib/templates/builtins";
import { templateInput, templateUpdateInput } from "@/lib/templates/schema";
import * as templates from "@/lib/templates/mutations";

const GONE: FormState = { ok: false, message: "This template no longer exists." };
const BUILT_IN: FormState = { ok: false, message: "Built-in templates cannot be changed. Copy it to make one of your own." };

function refusal(reason: "not_found" | "built_in" | "conflict"): FormState {
  if (reason === "conflict") return staleEdit("template");
  return reason === "built_in" ? BUILT_IN : GONE;
}

/** A template's id: a row's, or a built-in's ("builtin:<slug>"), which the writes refuse by name. */
function isTemplateId(id: unknown): id is string {
  return isRowId(id) || (typeof id === "string" && isBuiltinTemplateId(id));
}

function revalidate() {
  revalidatePath("/templates");
}

export async function createTemplateAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const state = await runFormAction(templateInput, formData, async (input, user) => {
    await templates.createTemplate(user.id, input);
    return { ok: true };
  });
  if (state.ok) revalidate();
  return state;
}

export async function updateTemplateAction(templateId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const state = await runFormAction(templateUpdateInput, formData, async ({ version, ...input }, user) => {
    if (!isTemplateId(templateId)) return GONE;
    const result = await templates.updateTemplate(user.id, templateId, version, input);
    return result.ok ? { ok: true } : refusal(result.reason);
  });
  if (state.ok) revalidate();
  return state;
}

/** Deletes the template; `values` holds what it was, for "Undo" (restoreTemplateAction). */
export async function deleteTemplateAction(templateId: string): Promise<FormState> {
  const user = await requireUser();
  if (!isTemplateId(templateId)) return GONE;
  const result = await templates.deleteTemplate(user.id, templateId);
  if (!result.ok) return refusal(result.reason);
  revalidate();
  return { ok: true, values: result.deleted };
}

/** Writes a deleted template again (as a new one): "Undo" after a delete. Parsed like any new template. */
export async function restoreTemplateAction(values: Record<string, string>): Promise<FormState> {
  const user = await requireUser();
  const parsed = templateInput.safeParse(values);
  if (!parsed.success) return { ok: false, message: "This template could not be restored." };
  await templates.createTemplate(user.id, parsed.data);
  revalidate();
  return { ok: true };
}
