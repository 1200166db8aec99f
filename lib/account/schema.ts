// The account forms' schemas (change password, delete account), shared by the forms and the actions, and the notices
// the sign-in page shows after the account signed this browser out.
import { z } from "zod";
import { signUpInput } from "@/lib/auth/schema";

const currentPassword = z.string().max(200, "That is not your current password.").prefault("").refine((value) => value !== "", "Enter your current password.");

// A field missing from the form data (a hand-made request) counts as left empty.
export const changePasswordInput = z
  .object({
    currentPassword,
    // The rules sign-up applies to a password.
    newPassword: signUpInput.shape.password.prefault(""),
  })
  .refine((input) => input.currentPassword === "" || input.newPassword !== input.currentPassword, {
    path: ["newPassword"],
    message: "That is your current password. Choose a new one.",
  });
export type ChangePasswordInput = z.output<typeof changePasswordInput>;

export const deleteAccountInput = z.object({
  password: z.string().max(200, "That is not your password.").prefault("").refine((value) => value !== "", "Enter your password to delete your account."),
});
export type DeleteAccountInput = z.output<typeof deleteAccountInput>;

/** Why the sign-in page was opened, as `?notice=` after the account signed this browser out. */
export const SIGNED_OUT_NOTICES = {
  "signed-out-everywhere": "You are signed out on every browser and device, this one included. Sign in again to continue.",
  "account-deleted": "Your account and everything in it have been deleted. You have been signed out.",
} as const;
export type SignedOutNotice = keyof typeof SIGNED_OUT_NOTICES;

export function signedOutNotice(value: string | string[] | undefined): string | undefined {
  return typeof value === "string" && Object.hasOwn(SIGNED_OUT_NOTICES, value) ? SIGNED_OUT_NOTICES[value as SignedOutNotice] : undefined;
}

/** The sign-in page with its notice, where the browser goes once the account signed it out. */
export function signedOutUrl(notice: SignedOutNotice): string {
  return `/login?notice=${notice}`;
}
