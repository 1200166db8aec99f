// Password hashing with argon2id (OWASP's recommended parameters: 19 MiB, 2 passes). Server code
// only (a native module); the seed script uses it too, so it does not import "server-only".
import { hash, verify } from "@node-rs/argon2";

const OPTIONS = { algorithm: 2 /* Algorithm.Argon2id; the enum is an ambient const enum */, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

// The hash of a random password nobody knows (it was thrown away), made with OPTIONS like every real hash: checking a
// password against it costs what checking a real one does, so refusing an unknown email takes as long as refusing a
// wrong password, and the time of a sign-in does not tell whether an account exists. A constant rather than computed
// at start-up, so no process pays for an extra hash; options.test.ts fails if OPTIONS change and this does not.
const NO_ACCOUNT_HASH = "$argon2id$v=19$m=19456,t=2,p=1$vMwPLRmcDhJrofYRQsyWMA$Fb7as8O1xVR0c/M3JUph3G0YMkYqHwaVgZbdlibwMYw";

/**
 * Whether `password` matches `passwordHash`. With no hash (no account has that email) it still runs a full argon2id
 * check, against a hash no password matches, and answers false.
 */
export async function verifyPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  try {
    if (passwordHash == null) {
      await verify(NO_ACCOUNT_HASH, password);
      return false;
    }
    return await verify(passwordHash, password);
  } catch {
    return false; // a malformed stored hash is a failed sign-in, not a crash
  }
}
