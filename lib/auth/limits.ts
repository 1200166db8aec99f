// The sign-in and sign-up limits (their settings, windows and the words a refusal uses), shared by the server
// (lib/auth/throttle.ts counts) and the forms (which show the refusal). No server imports: the forms use it too.

export type Limit = { max: number; windowSeconds: number };
export type AuthLimits = {
  /** Failed sign-ins for one account from one address: always on, so it is not a setting. */
  signInPerAccount: Limit;
  /** Failed sign-ins from one address, whatever the account; max 0 = off. */
  signInPerAddress: Limit;
  /** Accounts created (attempted, past the form's own checks) from one address; max 0 = off. */
  signUpPerAddress: Limit;
};

const FIFTEEN_MINUTES = 15 * 60;
const ONE_HOUR = 60 * 60;

/** The limits set in the environment (or .env, which `npm start` and `next start` load into it). */
export function readAuthLimits(env: Record<string, string | undefined>): AuthLimits {
  return {
    signInPerAccount: { max: 10, windowSeconds: FIFTEEN_MINUTES },
    signInPerAddress: { max: setting(env, "RAPPORT_SIGNIN_LIMIT_PER_ADDRESS", 50), windowSeconds: FIFTEEN_MINUTES },
    signUpPerAddress: { max: setting(env, "RAPPORT_SIGNUP_LIMIT_PER_ADDRESS", 10), windowSeconds: ONE_HOUR },
  };
}

function setting(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === "") return fallback;
  if (!/^\d{1,9}$/.test(raw)) {
    throw new Error(`${name} must be a whole number of attempts (0 turns the limit off), not "${env[name]}". Fix it in .env or the environment.`);
  }
  return Number(raw);
}

/** Whole minutes until `until`, rounded up and at least 1: "Try again in 1 minute" rather than "in 0 minutes". */
export function minutesUntil(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
}

const minutes = (count: number) => `${count} ${count === 1 ? "minute" : "minutes"}`;

export function tooManySignInsMessage(retryMinutes: number): string {
  return `Too many attempts. Try again in ${minutes(retryMinutes)}.`;
}

export function tooManySignUpsMessage(retryMinutes: number): string {
  return `Too many accounts have been created from your network recently. Try again in ${minutes(retryMinutes)}.`;
}

// next-auth turns an error thrown by authorize() into the `error` of signIn()'s answer; this code carries the wait.
const SIGN_IN_LIMITED = "TooManyAttempts";

export function signInLimitedCode(retryMinutes: number): string {
  return `${SIGN_IN_LIMITED}:${retryMinutes}`;
}

/** The minutes to wait if `error` (signIn()'s answer) is the throttle's refusal, else null. */
export function parseSignInLimitedCode(error: string | null | undefined): number | null {
  const match = error?.match(new RegExp(`^${SIGN_IN_LIMITED}:(\\d{1,6})$`));
  return match ? Number(match[1]) : null;
}
