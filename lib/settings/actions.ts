"use server";
// Settings actions: requireUser → parse → write the signed-in user's own row → revalidate.
import { revalidatePath } from "next/cache";
import { runFormAction } from "@/lib/auth/form-action";
import type { FormState } from "@/lib/forms";
import { settingsInput } from "@/lib/settings/schema";
import { resetCalendarToken, updateSettings } from "@/lib/settings/mutations";
import { requireUser } from "@/lib/auth/session";
import { appBaseUrl } from "@/lib/settings/queries";
import { calendarFeedUrl } from "@/lib/followups/calendar-feed";

export async function updateSettingsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const state = await runFormAction(settingsInput, formData, async (input, user) => {
    await updateSettings(user.id, input);
    return { ok: true };
  });
  // The name is in the header, the timezone and note limit on many pages.
  if (state.ok) revalidatePath("/", "layout");
  return state;
}

/** "Reset link": a new secret calendar address; the old one is refused from now on. */
export async function resetCalendarTokenAction(): Promise<{ ok: true; url: string }> {
  const user = await requireUser();
  const token = await resetCalendarToken(user.id);
  revalidatePath("/settings");
  return { ok: true, url: calendarFeedUrl(token, await appBaseUrl()) };
}
