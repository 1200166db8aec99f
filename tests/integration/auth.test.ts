// Accounts: sign-up through the real server action, sign-in through next-auth's credentials check.
import { randomBytes } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { signUpAction } from "@/lib/auth/actions";
import { authOptions } from "@/lib/auth/options";
import { initialFormState } from "@/lib/forms";

// Sign-ups are limited per address (tests/integration/throttle.test.ts): this file's requests come from an address
// of their own, so that running it again does not meet the limit.
const address = `2001:db8:${randomBytes(2).toString("hex")}::${randomBytes(2).toString("hex")}`;
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": address }) }));

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

type Authorize = (credentials: Record<string, string>, request: unknown) => Promise<{ id: string } | null>;
const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;

describe("accounts", () => {
  const email = `Ada.${Date.now()}@Example.com`;

  it("creates an account with a lower-case email and an argon2id hash", async () => {
    const state = await signUpAction(initialFormState, form({ name: "Ada Lovelace", email, password: "correct horse battery" }));
    expect(state.ok).toBe(true);
    const user = await db.user.findUnique({ where: { email: email.toLowerCase() } });
    expect(user?.name).toBe("Ada Lovelace");
    expect(user?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user?.inviteNoteLimit).toBe(300);
  });

  it("refuses a second account for the same email, whatever its case", async () => {
    const state = await signUpAction(initialFormState, form({ name: "Imposter", email: email.toUpperCase(), password: "another long password" }));
    expect(state).toMatchObject({ ok: false, fieldErrors: { email: [expect.stringContaining("already exists")] } });
    expect(await db.user.count({ where: { email: email.toLowerCase() } })).toBe(1);
  });

  it("refuses a short password and a bad email, writing nothing", async () => {
    const state = await signUpAction(initialFormState, form({ name: "Short", email: "short@", password: "123" }));
    expect(state.ok).toBe(false);
    expect(Object.keys(state.fieldErrors ?? {})).toEqual(expect.arrayContaining(["email", "password"]));
    expect(state.values).not.toHaveProperty("password");
    expect(await db.user.count({ where: { name: "Short" } })).toBe(0);
  });

  it("signs in with the right password only", async () => {
    expect(await authorize({ email, password: "correct horse battery" }, {})).toMatchObject({ email: email.toLowerCase() });
    expect(await authorize({ email, password: "wrong horse battery" }, {})).toBeNull();
    expect(await authorize({ email: "nobody@example.com", password: "correct horse battery" }, {})).toBeNull();
  });
});
