import { describe, expect, it } from "vitest";
import { z } from "zod";
import { changePasswordInput, deleteAccountInput, signedOutNotice } from "./schema";

function errors(schema: z.ZodType, values: Record<string, string>) {
  const parsed = schema.safeParse(values);
  return parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
}

describe("changePasswordInput", () => {
  it("takes the current password as typed and a new one under sign-up's rules", () => {
    expect(changePasswordInput.parse({ currentPassword: " old ", newPassword: "0123456789" })).toEqual({ currentPassword: " old ", newPassword: "0123456789" });
    expect(errors(changePasswordInput, {})).toEqual({ currentPassword: ["Enter your current password."], newPassword: ["Use at least 10 characters."] });
    expect(errors(changePasswordInput, { currentPassword: "x", newPassword: "y".repeat(201) })).toEqual({ newPassword: ["Keep your password under 200 characters."] });
    expect(errors(changePasswordInput, { currentPassword: "same password", newPassword: "same password" })).toEqual({
      newPassword: ["That is your current password. Choose a new one."],
    });
  });
});

describe("deleteAccountInput", () => {
  it("needs the password", () => {
    expect(errors(deleteAccountInput, { password: "" })).toEqual({ password: ["Enter your password to delete your account."] });
    expect(deleteAccountInput.parse({ password: "secret" })).toEqual({ password: "secret" });
  });
});

describe("signedOutNotice", () => {
  it("shows only Rapport's own sentences, chosen by key", () => {
    expect(signedOutNotice("account-deleted")).toMatch(/^Your account and everything in it have been deleted/);
    expect(signedOutNotice("signed-out-everywhere")).toMatch(/^You are signed out on every browser/);
    for (const value of [undefined, "", "constructor", "__proto__", "<img src=x onerror=alert(1)>", ["account-deleted"]]) {
      expect(signedOutNotice(value)).toBeUndefined();
    }
  });
});
