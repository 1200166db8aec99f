// Sign-in and sign-up limits against the real PostgreSQL: through next-auth's authorize() and the sign-up action as a
// request would reach them, and through lib/auth/throttle.ts with the clock moved and requests run in parallel.
import { randomBytes, randomUUID } from "node:crypto";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { readAuthLimits, type AuthLimits } from "@/lib/auth/limits";
import { initialFormState } from "@/lib/forms";

// Every check of a password is watched, to prove that a limited attempt still does one (and the same one).
const password = vi.hoisted(() => ({ verify: vi.fn() }));
vi.mock("@/lib/auth/password", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/auth/password")>();
  password.verify.mockImplementation(actual.verifyPassword);
  return { ...actual, verifyPassword: password.verify };
});
const request = vi.hoisted(() => ({ address: "" }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": request.address }) }));

const { authOptions } = await import("@/lib/auth/options");
const { signUpAction } = await import("@/lib/auth/actions");
const { startSignIn, startSignUp } = await import("@/lib/auth/throttle");

type Authorize = (credentials: Record<string, string>, request: unknown) => Promise<{ id: string } | null>;
const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;

/** An address no other test (nor an earlier run on the same database) has used. */
const newAddress = () => `2001:db8:${randomBytes(2).toString("hex")}:${randomBytes(2).toString("hex")}::${randomBytes(2).toString("hex")}`;
const newEmail = () => `${randomUUID()}@throttle.rapport.local`;
const signInFrom = (address: string, email: string, secret: string) =>
  authorize({ email, password: secret }, { headers: { "x-forwarded-for": `10.9.9.9, ${address}` } });

const RIGHT = "correct horse battery";
const WRONG = "wrong horse battery";
const defaults = readAuthLimits({});
const withLimits = (changes: Partial<AuthLimits>): AuthLimits => ({ ...defaults, ...changes });

async function failures(count: number, email: string, address: string, options: Parameters<typeof startSignIn>[2] = {}) {
  for (let i = 0; i < count; i++) {
    const gate = await startSignIn(email, address, options);
    if (gate.limited) throw new Error(`attempt ${i + 1} of ${count} was already limited`);
    await gate.settle("failure");
  }
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

describe("signing in", () => {
  let email: string;
  beforeAll(async () => {
    email = newEmail();
    await db.user.create({ data: { name: "Ada", email, passwordHash: await hashPassword(RIGHT) } });
  });
  afterEach(() => {
    password.verify.mockClear();
  });

  it("allows 10 wrong passwords from one address, then refuses the 11th attempt, even the right password, with the wait in minutes", async () => {
    const address = newAddress();
    for (let i = 1; i <= 10; i++) expect(await signInFrom(address, email, WRONG), `failure ${i}`).toBeNull();
    await expect(signInFrom(address, email, WRONG)).rejects.toThrow(/^TooManyAttempts:15$/);
    password.verify.mockClear();
    await expect(signInFrom(address, email, RIGHT)).rejects.toThrow(/^TooManyAttempts:15$/);
    // The check still ran, against the hash no password matches: the right password was never tried.
    expect(password.verify.mock.calls).toEqual([[null, RIGHT]]);
    // The same account from another address is not locked out by someone else's guesses.
    expect(await signInFrom(newAddress(), email, RIGHT)).toMatchObject({ email });
  });

  it("refuses an unknown email exactly as a real one: after 10 failures, the same message after the same check", async () => {
    const address = newAddress();
    const nobody = newEmail();
    for (let i = 1; i <= 10; i++) expect(await signInFrom(address, nobody, WRONG)).toBeNull();
    password.verify.mockClear();
    const unknownRefusal = await signInFrom(address, nobody, WRONG).then(() => null, (error: Error) => error.message);
    const unknownChecks = password.verify.mock.calls.slice();

    const other = newAddress();
    for (let i = 1; i <= 10; i++) expect(await signInFrom(other, email, WRONG)).toBeNull();
    password.verify.mockClear();
    const knownRefusal = await signInFrom(other, email, WRONG).then(() => null, (error: Error) => error.message);

    expect(unknownRefusal).toBe("TooManyAttempts:15");
    expect(unknownRefusal).toBe(knownRefusal);
    expect(unknownChecks).toEqual([[null, WRONG]]);
    expect(password.verify.mock.calls).toEqual(unknownChecks);
  });

  it("clears an account's failures from an address when it signs in, but not the address's count", async () => {
    const address = newAddress();
    const limits = withLimits({ signInPerAddress: { max: 12, windowSeconds: 900 } });
    await failures(9, email, address, { limits });
    const success = await startSignIn(email, address, { limits });
    expect(success.limited).toBe(false);
    if (!success.limited) await success.settle("success");
    // The account starts again from 0 here: 3 more failures reach the address's 12 (9 + 3), not the account's 10.
    await failures(3, email, address, { limits });
    expect(await startSignIn(newEmail(), address, { limits })).toEqual({ limited: true, retryMinutes: 15 });
  });
});

describe("the per-address sign-in limit", () => {
  it("counts failures for every account from one address, and no other address", async () => {
    const address = newAddress();
    const limits = withLimits({ signInPerAddress: { max: 5, windowSeconds: 900 } });
    for (let i = 0; i < 5; i++) await failures(1, newEmail(), address, { limits });
    expect(await startSignIn(newEmail(), address, { limits })).toEqual({ limited: true, retryMinutes: 15 });
    expect((await startSignIn(newEmail(), newAddress(), { limits })).limited).toBe(false);
  });

  it("is 50 by default and read from RAPPORT_SIGNIN_LIMIT_PER_ADDRESS, where 0 turns it off", async () => {
    const address = newAddress();
    for (let i = 0; i < 50; i++) await failures(1, newEmail(), address);
    expect(await startSignIn(newEmail(), address)).toEqual({ limited: true, retryMinutes: 15 });

    vi.stubEnv("RAPPORT_SIGNIN_LIMIT_PER_ADDRESS", "0");
    try {
      expect((await startSignIn(newEmail(), address)).limited).toBe(false);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("never lets the per-account limit be turned off", async () => {
    const address = newAddress();
    const email = newEmail();
    const limits = withLimits({ signInPerAddress: { max: 0, windowSeconds: 900 } });
    await failures(10, email, address, { limits });
    expect(await startSignIn(email, address, { limits })).toEqual({ limited: true, retryMinutes: 15 });
  });
});

describe("the window", () => {
  it("ends 15 minutes after the first failure, by the clock of the count, and the wait counts down in whole minutes", async () => {
    const address = newAddress();
    const email = newEmail();
    const start = new Date();
    const at = (seconds: number) => ({ now: new Date(start.getTime() + seconds * 1000) });
    await failures(1, email, address, at(0));
    await failures(9, email, address, at(300));
    expect(await startSignIn(email, address, at(301))).toEqual({ limited: true, retryMinutes: 10 });
    expect(await startSignIn(email, address, at(899))).toEqual({ limited: true, retryMinutes: 1 });
    // Refused attempts are not failures: they do not lengthen the wait.
    const next = await startSignIn(email, address, at(900));
    expect(next.limited).toBe(false);
    if (!next.limited) await next.settle("failure");
    await failures(9, email, address, at(901));
    expect(await startSignIn(email, address, at(902))).toEqual({ limited: true, retryMinutes: 15 });
  });

  it("deletes counters whose window has ended, so the table does not grow", async () => {
    const stale = await db.authThrottle.create({ data: { key: `stale-${randomUUID()}`, count: 3, windowEndsAt: new Date(Date.now() - 60_000) } });
    const live = await db.authThrottle.create({ data: { key: `live-${randomUUID()}`, count: 3, windowEndsAt: new Date(Date.now() + 60_000) } });
    await startSignUp(newAddress());
    expect(await db.authThrottle.findUnique({ where: { key: stale.key } })).toBeNull();
    expect(await db.authThrottle.findUnique({ where: { key: live.key } })).not.toBeNull();
    await db.authThrottle.delete({ where: { key: live.key } });
  });
});

describe("concurrent attempts", () => {
  it("never let more failures through than the limit, however many race for the last places", async () => {
    const address = newAddress();
    const email = newEmail();
    const gates = await Promise.all(Array.from({ length: 30 }, () => startSignIn(email, address)));
    await Promise.all(gates.map((gate) => (gate.limited ? null : gate.settle("failure"))));
    expect(gates.filter((gate) => !gate.limited)).toHaveLength(10);

    const shared = newAddress();
    const limits = withLimits({ signInPerAddress: { max: 7, windowSeconds: 900 } });
    const perAddress = await Promise.all(Array.from({ length: 25 }, () => startSignIn(newEmail(), shared, { limits })));
    expect(perAddress.filter((gate) => !gate.limited)).toHaveLength(7);
  });
});

describe("signing up", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("allows RAPPORT_SIGNUP_LIMIT_PER_ADDRESS accounts from one address, then refuses with the wait and creates nothing", async () => {
    vi.stubEnv("RAPPORT_SIGNUP_LIMIT_PER_ADDRESS", "2");
    request.address = newAddress();
    const emails = [newEmail(), newEmail(), newEmail()];
    for (const email of emails.slice(0, 2)) {
      expect(await signUpAction(initialFormState, form({ name: "Ada", email, password: RIGHT }))).toMatchObject({ ok: true });
    }
    const refused = await signUpAction(initialFormState, form({ name: "Ada", email: emails[2]!, password: RIGHT }));
    expect(refused).toEqual({
      ok: false,
      message: "Too many accounts have been created from your network recently. Try again in 60 minutes.",
      values: { name: "Ada", email: emails[2] },
    });
    expect(await db.user.count({ where: { email: emails[2] } })).toBe(0);

    // A form with mistakes is answered as before, and does not count.
    const invalid = await signUpAction(initialFormState, form({ name: "", email: newEmail(), password: RIGHT }));
    expect(invalid.fieldErrors).toHaveProperty("name");

    request.address = newAddress();
    expect(await signUpAction(initialFormState, form({ name: "Ada", email: emails[2]!, password: RIGHT }))).toMatchObject({ ok: true });
  });

  it("is 10 an hour by default, and 0 turns it off", async () => {
    const address = newAddress();
    for (let i = 1; i <= 10; i++) expect((await startSignUp(address)).limited, `sign-up ${i}`).toBe(false);
    expect(await startSignUp(address)).toEqual({ limited: true, retryMinutes: 60 });
    vi.stubEnv("RAPPORT_SIGNUP_LIMIT_PER_ADDRESS", "0");
    for (let i = 0; i < 20; i++) expect((await startSignUp(address)).limited).toBe(false);
  });
});
