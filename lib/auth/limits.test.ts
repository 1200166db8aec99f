// The limits' settings (RAPPORT_SIGNIN_LIMIT_PER_ADDRESS, RAPPORT_SIGNUP_LIMIT_PER_ADDRESS) and the refusal's words.
import { describe, expect, it } from "vitest";
import { minutesUntil, parseSignInLimitedCode, readAuthLimits, signInLimitedCode, tooManySignInsMessage } from "@/lib/auth/limits";

describe("readAuthLimits", () => {
  it("defaults to 10 per account and address and 50 per address in 15 minutes, 10 sign-ups an hour", () => {
    expect(readAuthLimits({})).toEqual({
      signInPerAccount: { max: 10, windowSeconds: 900 },
      signInPerAddress: { max: 50, windowSeconds: 900 },
      signUpPerAddress: { max: 10, windowSeconds: 3600 },
    });
  });

  it("reads both settings; 0 turns one off but never the per-account limit", () => {
    const limits = readAuthLimits({ RAPPORT_SIGNIN_LIMIT_PER_ADDRESS: " 0 ", RAPPORT_SIGNUP_LIMIT_PER_ADDRESS: "3" });
    expect(limits.signInPerAddress.max).toBe(0);
    expect(limits.signUpPerAddress.max).toBe(3);
    expect(limits.signInPerAccount.max).toBe(10);
    expect(readAuthLimits({ RAPPORT_SIGNIN_LIMIT_PER_ADDRESS: "" }).signInPerAddress.max).toBe(50);
  });

  it.each(["-1", "ten", "1.5", "1e3", "99999999999"])("refuses %j with the setting's name and what it must be", (value) => {
    expect(() => readAuthLimits({ RAPPORT_SIGNUP_LIMIT_PER_ADDRESS: value })).toThrow(
      `RAPPORT_SIGNUP_LIMIT_PER_ADDRESS must be a whole number of attempts (0 turns the limit off), not "${value}".`,
    );
  });
});

describe("the refusal", () => {
  it("rounds the wait up to whole minutes, at least 1", () => {
    const now = new Date("2026-11-27T10:00:00Z");
    expect(minutesUntil(new Date("2026-11-27T10:14:00.001Z"), now)).toBe(15);
    expect(minutesUntil(new Date("2026-11-27T10:14:00Z"), now)).toBe(14);
    expect(minutesUntil(new Date("2026-11-27T10:00:00.500Z"), now)).toBe(1);
    expect(minutesUntil(new Date("2026-11-27T09:59:00Z"), now)).toBe(1);
  });

  it("says how long to wait, and survives the trip through next-auth's error", () => {
    expect(tooManySignInsMessage(12)).toBe("Too many attempts. Try again in 12 minutes.");
    expect(tooManySignInsMessage(1)).toBe("Too many attempts. Try again in 1 minute.");
    expect(parseSignInLimitedCode(signInLimitedCode(12))).toBe(12);
    expect(parseSignInLimitedCode("CredentialsSignin")).toBeNull();
    expect(parseSignInLimitedCode(null)).toBeNull();
  });
});
