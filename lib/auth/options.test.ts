// Sign-in's credentials check and next-auth's redirects, with the database replaced by one account and argon2's
// verify watched: what a stranger can learn from a refusal is what this file pins down.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { User } from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { hashPassword } from "@/lib/auth/password";

const argon2 = vi.hoisted(() => ({ verify: vi.fn() }));
vi.mock("@node-rs/argon2", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@node-rs/argon2")>();
  argon2.verify.mockImplementation(actual.verify);
  return { ...actual, verify: argon2.verify };
});

type Account = { id: string; name: string; email: string; passwordHash: string };
const accounts = vi.hoisted(() => new Map<string, Account>());
vi.mock("@/lib/db", () => ({
  db: { user: { findUnique: async ({ where }: { where: { email: string } }) => accounts.get(where.email) ?? null } },
}));

// The limits are counted in PostgreSQL (tests/integration/throttle.test.ts); here every attempt is under them.
vi.mock("@/lib/auth/throttle", () => ({ startSignIn: async () => ({ limited: false, settle: async () => {} }) }));

type Authorize = (credentials: Record<string, string>, request: unknown) => Promise<User | null>;
const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;

/** "$argon2id$v=19$m=19456,t=2,p=1$salt$hash" → the algorithm, version and cost: what decides how long a check takes. */
const costOf = (hash: string) => hash.split("$").slice(1, 4).join("$");

describe("signing in", () => {
  beforeAll(async () => {
    accounts.set("ada@example.com", { id: "u1", name: "Ada", email: "ada@example.com", passwordHash: await hashPassword("correct horse battery") });
  });
  beforeEach(() => {
    argon2.verify.mockClear();
  });

  it("signs in with the right password only", async () => {
    expect(await authorize({ email: "Ada@Example.com", password: "correct horse battery" }, {})).toEqual({ id: "u1", name: "Ada", email: "ada@example.com" });
    expect(await authorize({ email: "ada@example.com", password: "wrong horse battery" }, {})).toBeNull();
  });

  it("runs the same argon2id check for an unknown email as for a wrong password, so timing does not reveal accounts", async () => {
    expect(await authorize({ email: "ada@example.com", password: "wrong horse battery" }, {})).toBeNull();
    expect(argon2.verify).toHaveBeenCalledTimes(1);
    const [realHash] = argon2.verify.mock.calls[0] as [string, string];

    argon2.verify.mockClear();
    expect(await authorize({ email: "nobody@example.com", password: "wrong horse battery" }, {})).toBeNull();
    expect(argon2.verify, "an unknown email was refused without checking the password").toHaveBeenCalledTimes(1);
    const [noAccountHash, password] = argon2.verify.mock.calls[0] as [string, string];
    expect(password).toBe("wrong horse battery");
    expect(noAccountHash).not.toBe(realHash);
    expect(costOf(noAccountHash), "NO_ACCOUNT_HASH in lib/auth/password.ts costs less or more than a real hash: make it again with hashPassword() of a random password").toBe(costOf(realHash));
    expect(costOf(realHash)).toBe("argon2id$v=19$m=19456,t=2,p=1");
  });
});

describe("next-auth's redirects", () => {
  const redirect = (url: string) => authOptions.callbacks!.redirect!({ url, baseUrl: "http://localhost:3000" });

  it("go to a page of this site", async () => {
    expect(await redirect("/login")).toBe("http://localhost:3000/login");
    expect(await redirect("http://localhost:3000/contacts?tag=a#x")).toBe("http://localhost:3000/contacts?tag=a#x");
  });

  it.each(["https://evil.example", "//evil.example", "/\\evil.example", "/x/..//evil.example", "http://localhost:3000.evil.example/", "http://localhost:3000@evil.example", "javascript:alert(1)", "http://localhost:3000"])(
    "go home instead of %j",
    async (url) => {
      expect(await redirect(url)).toBe("http://localhost:3000/");
    },
  );
});
