"use server";
// The settings form's action: requireUser → parse → write the signed-in user's own row → revalidate.
import { revalidatePath } from "next/cache";
import { runFormAction } from "@/lib/auth/form-action";
import type { FormState } from "@/lib/forms";
import { settingsInput } from "@/lib/settings/schema";
import { updateSettings } from "@/lib/settings/mutations";

export async function updateSettingsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const state = await runFormAction(settingsInput, formData, async (input, user) => {
    await updateSettings(user.id, input);
    return { ok: true };
  });
  // The name is in the header, the timezone and note limit on many pages.
  if (state.ok) revalidatePath("/", "layout");
  return state;
}
