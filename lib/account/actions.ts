"use server";
// Account actions on /settings: "Sign out everywhere", "Change password", "Delete account". requireUser → parse →
// check the password → write → set or clear this browser's session cookie (a server action may; a page may not).
// The two that sign this browser out answer { ok: true } and the page then loads signedOutUrl(…) in full, so that
// nothing of the signed-in app stays in the browser's router cache.
import { cookies } from "next/headers";
import { runFormAction } from "@/lib/auth/form-action";
import { requireUser } from "@/lib/auth/session";
import { issueSessionCookie, sessionClaims, sessionCookie } from "@/lib/auth/session-cookie";
import type { FormState } from "@/lib/forms";
import { changePasswordInput, deleteAccountInput } from "@/lib/account/schema";
import { changePassword, deleteAccount, signOutEverywhere } from "@/lib/account/mutations";

/** A refused form keeps what was typed, but never a password. */
function withoutPasswords(state: FormState): FormState {
  if (!state.values) return state;
  const values = { ...state.values };
  for (const field of ["currentPassword", "newPassword", "password"]) delete values[field];
  return { ...state, values };
}

/** Clears this browser's session cookie. */
async function signOutHere(): Promise<void> {
  const { name, options } = sessionCookie();
  (await cookies()).delete({ name, path: options.path, secure: options.secure, httpOnly: options.httpOnly, sameSite: options.sameSite });
}

export async function signOutEverywhereAction(): Promise<{ ok: true }> {
  const user = await requireUser();
  await signOutEverywhere(user.id);
  await signOutHere();
  return { ok: true };
}

export async function changePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const state = await runFormAction(changePasswordInput, formData, async (input, user) => {
    const result = await changePassword(user.id, input);
    if (!result.ok) return result;
    // The other sessions end with the old version; this browser stays signed in with a token of the new one.
    const cookie = await issueSessionCookie(sessionClaims(result.user));
    (await cookies()).set(cookie.name, cookie.value, cookie.options);
    return { ok: true };
  });
  return withoutPasswords(state);
}

export async function deleteAccountAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const state = await runFormAction(deleteAccountInput, formData, async (input, user) => deleteAccount(user.id, input.password));
  if (!state.ok) return withoutPasswords(state);
  await signOutHere();
  return { ok: true };
}
