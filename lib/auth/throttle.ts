// Sign-in and sign-up limits, counted in PostgreSQL (the AuthThrottle table) so that every app instance shares one
// count. An attempt first reserves its place in each counter, in one statement per counter that only adds one while
// the counter is under its limit; two requests racing for the last place are serialized by the row's lock, so no
// more attempts get through than the limit allows. A failed password check keeps its place (it is the failure);
// a successful one gives the address's place back and clears the account's failures.
import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { readAuthLimits, minutesUntil, type AuthLimits, type Limit } from "@/lib/auth/limits";

export type ThrottleOptions = {
  /** Defaults to the settings in the environment. */
  limits?: AuthLimits;
  /** The time to count at; defaults to PostgreSQL's clock (one clock for every instance). Tests move it. */
  now?: Date;
};

export type SignInGate =
  | { limited: true; retryMinutes: number }
  | { limited: false; settle(outcome: "success" | "failure" | "error"): Promise<void> };

/**
 * Asks whether one more sign-in to `email` from `address` may check its password. The email is counted as typed
 * (lower-cased), whether or not an account has it: a refusal must not tell which accounts exist.
 */
export async function startSignIn(email: string, address: string, options: ThrottleOptions = {}): Promise<SignInGate> {
  const limits = options.limits ?? readAuthLimits(process.env);
  const account = { key: keyOf("sign-in account", `${email}\n${address}`), limit: limits.signInPerAccount };
  const perAddress = { key: keyOf("sign-in address", address), limit: limits.signInPerAddress };
  const result = await reserve([account, perAddress], options.now);
  if (result.limited) return result;
  const [accountWindow, addressWindow] = [result.windows.get(account.key), result.windows.get(perAddress.key)];
  return {
    limited: false,
    async settle(outcome) {
      if (outcome === "failure") return;
      // A success clears this account's failures from this address; an error (the database, say) was no failure.
      if (outcome === "success" && accountWindow) await db.$executeRaw`DELETE FROM "AuthThrottle" WHERE "key" = ${account.key}`;
      else if (accountWindow) await giveBack(account.key, accountWindow);
      // The address's count is of failures: a success gives its place back rather than clearing the failures
      // of everyone else behind the same address.
      if (addressWindow) await giveBack(perAddress.key, addressWindow);
    },
  };
}

/** Counts one account creation from `address` (past the form's own checks), or says how long to wait. */
export async function startSignUp(address: string, options: ThrottleOptions = {}): Promise<{ limited: true; retryMinutes: number } | { limited: false }> {
  const limits = options.limits ?? readAuthLimits(process.env);
  const result = await reserve([{ key: keyOf("sign-up address", address), limit: limits.signUpPerAddress }], options.now);
  return result.limited ? result : { limited: false };
}

// Keys are hashed: the table never holds an email or an address, and a key's length does not depend on what a
// client sent.
function keyOf(scope: string, subject: string): string {
  return createHash("sha256").update(`${scope}\n${subject}`).digest("hex");
}

type Counter = { key: string; limit: Limit };

// Two short statements, but every attempt from one address waits on that address's row: under a burst of sign-ins
// (the load test signs in its users at once) a transaction may wait longer than Prisma's defaults (2 s for a
// connection, 5 s in all) without anything being wrong.
const TRANSACTION = { maxWait: 10_000, timeout: 15_000 };

class LimitReached extends Error {
  constructor(readonly retryMinutes: number) {
    super("limit reached");
  }
}

/**
 * Adds one to every counter (a limit of 0 is off and not counted), all or none: a transaction, rolled back when any
 * counter is full. Returns the window each place was taken in, so that giving it back touches only that window.
 */
async function reserve(counters: Counter[], now: Date | undefined): Promise<{ limited: true; retryMinutes: number } | { limited: false; windows: Map<string, Date> }> {
  const active = counters.filter((counter) => counter.limit.max > 0);
  if (active.length === 0) return { limited: false, windows: new Map() };
  const at = now ?? null;
  let windows: Map<string, Date>;
  try {
    windows = await db.$transaction(async (tx) => {
      const taken = new Map<string, Date>();
      // Always in the same order (account, then address), so two transactions never wait on each other in a cycle.
      for (const { key, limit } of active) {
        // One statement: a new key starts a window; an expired window starts over; otherwise one more, but only
        // while under the limit (ON CONFLICT holds the row's lock, so a concurrent attempt sees this one's count).
        const rows = await tx.$queryRaw<{ windowEndsAt: Date }[]>`
          INSERT INTO "AuthThrottle" ("key", "count", "windowEndsAt")
          VALUES (${key}, 1, COALESCE(${at}::timestamptz, now()) + make_interval(secs => ${limit.windowSeconds}))
          ON CONFLICT ("key") DO UPDATE SET
            "count" = CASE WHEN "AuthThrottle"."windowEndsAt" <= COALESCE(${at}::timestamptz, now()) THEN 1 ELSE "AuthThrottle"."count" + 1 END,
            "windowEndsAt" = CASE WHEN "AuthThrottle"."windowEndsAt" <= COALESCE(${at}::timestamptz, now()) THEN EXCLUDED."windowEndsAt" ELSE "AuthThrottle"."windowEndsAt" END
          WHERE "AuthThrottle"."windowEndsAt" <= COALESCE(${at}::timestamptz, now()) OR "AuthThrottle"."count" < ${limit.max}
          RETURNING "windowEndsAt"`;
        if (rows[0]) {
          taken.set(key, rows[0].windowEndsAt);
          continue;
        }
        const [full] = await tx.$queryRaw<{ windowEndsAt: Date; now: Date }[]>`
          SELECT "windowEndsAt", COALESCE(${at}::timestamptz, now()) AS "now" FROM "AuthThrottle" WHERE "key" = ${key}`;
        throw new LimitReached(full ? minutesUntil(full.windowEndsAt, full.now) : 1);
      }
      return taken;
    }, TRANSACTION);
  } catch (error) {
    if (error instanceof LimitReached) return { limited: true, retryMinutes: error.retryMinutes };
    throw error;
  }
  await pruneExpired(at);
  return { limited: false, windows };
}

/** Takes back one place, if the window it was taken in is still the current one. */
async function giveBack(key: string, windowEndsAt: Date): Promise<void> {
  await db.$executeRaw`
    UPDATE "AuthThrottle" SET "count" = "count" - 1
    WHERE "key" = ${key} AND "windowEndsAt" = ${windowEndsAt} AND "count" > 0`;
}

// Expired rows are deleted a few at a time by the attempts themselves (the index on windowEndsAt makes finding them
// cheap), so the table holds roughly the keys of the last hour and needs no scheduled job. The outer condition is
// re-checked after waiting on a row's lock, so a window that a concurrent attempt just restarted is not deleted.
async function pruneExpired(at: Date | null): Promise<void> {
  await db.$executeRaw`
    DELETE FROM "AuthThrottle"
    WHERE "key" IN (SELECT "key" FROM "AuthThrottle" WHERE "windowEndsAt" <= COALESCE(${at}::timestamptz, now()) LIMIT 100)
      AND "windowEndsAt" <= COALESCE(${at}::timestamptz, now())`;
}
