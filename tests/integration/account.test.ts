// "Sign out everywhere", "Change password" and "Delete account" through their server actions, with real session
// tokens: each simulated browser is a cookie jar that next/headers reads and the actions write, and who is signed in is
// asked of the real getCurrentUser (next-auth's getServerSession, then the database). Sessions expiring after 30 days
// idle are proven through proxy.ts itself, with the clock moved.
import { createRequire } from "node:module";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { db } from "@/lib/db";
import { initialFormState } from "@/lib/forms";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { createUser } from "./database";

const browsers = vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET = "rapport-integration-secret";
  process.env.NEXTAUTH_URL = "http://localhost:3000";
  return { current: new Map<string, string>() };
});

type CookieArgument = string | { name: string };
const requestApis = vi.hoisted(() => ({
  cookies: async () => ({
    getAll: () => [...browsers.current].map(([name, value]) => ({ name, value })),
    get: (name: string) => (browsers.current.has(name) ? { name, value: browsers.current.get(name) } : undefined),
    set: (name: string, value: string) => void browsers.current.set(name, value),
    delete: (cookie: CookieArgument) => void browsers.current.delete(typeof cookie === "string" ? cookie : cookie.name),
  }),
  headers: async () => new Headers({ host: "localhost:3000" }),
}));
vi.mock("next/headers", () => requestApis);
// next-auth's getServerSession require()s next/headers, which vi.mock does not reach: the CommonJS module gets them too.
Object.assign(createRequire(import.meta.url)("next/headers") as object, requestApis);
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Redirect(url);
  },
}));
class Redirect extends Error {
  constructor(readonly url: string) {
    super(`redirect to ${url}`);
  }
}

const { getCurrentUser } = await import("@/lib/auth/session");
const { authOptions } = await import("@/lib/auth/options");
const { issueSessionCookie } = await import("@/lib/auth/session-cookie");
const { changePasswordAction, deleteAccountAction, signOutEverywhereAction } = await import("@/lib/account/actions");
const { proxy } = await import("@/proxy");

const COOKIE = "next-auth.session-token";
const DAY = 24 * 60 * 60 * 1000;
const PASSWORD = "correct horse battery";

type Account = { id: string; email: string };

async function createAccount(name: string): Promise<Account> {
  const { id } = await createUser(name);
  return db.user.update({ where: { id }, data: { passwordHash: await hashPassword(PASSWORD) }, select: { id: true, email: true } });
}

/** A browser signed in as `user`: its token made by the jwt callback as next-auth's sign-in makes it. */
async function signIn(user: Account): Promise<Map<string, string>> {
  // authorize() hands the jwt callback the version it read with the password hash.
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } });
  const token = await authOptions.callbacks!.jwt!({ token: { sub: user.id, email: user.email, name: "Signed in" }, user: { id: user.id, sessionVersion }, account: null, trigger: "signIn" });
  const cookie = await issueSessionCookie(token);
  return new Map([[cookie.name, cookie.value]]);
}

/** Who `browser` is signed in as, or null. */
async function whoIs(browser: Map<string, string>): Promise<string | null> {
  browsers.current = browser;
  return (await getCurrentUser())?.id ?? null;
}

/** Runs an action in `browser`; a redirect comes back as its address. */
async function inBrowser<T>(browser: Map<string, string>, action: () => Promise<T>): Promise<T | Redirect> {
  browsers.current = browser;
  try {
    return await action();
  } catch (error) {
    if (error instanceof Redirect) return error;
    throw error;
  }
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

async function credentialsOf(id: string) {
  return db.user.findUniqueOrThrow({ where: { id }, select: { passwordHash: true, sessionVersion: true } });
}

/** One row of each kind a user can own, linked to each other as the app links them. */
async function fillAccount(ownerId: string) {
  const batch = await db.importBatch.create({ data: { ownerId, source: "CSV", fileName: "people.csv", createdCount: 1 } });
  const friend = await db.contact.create({ data: { ownerId, firstName: "Mutual", lastName: "Friend", importId: batch.id } });
  const contact = await db.contact.create({ data: { ownerId, firstName: "Dana", lastName: "Reyes", tags: ["design"], stage: "CONNECTED", notes: "private" } });
  const event = await db.event.create({ data: { ownerId, name: "Config", startsOn: new Date("2026-05-01") } });
  await db.encounter.create({ data: { ownerId, contactId: contact.id, eventId: event.id, throughContactId: friend.id, kind: "EVENT", metOn: new Date("2026-05-01"), context: "talked type" } });
  await db.activity.create({ data: { ownerId, contactId: contact.id, kind: "NOTE", body: "coffee", importId: batch.id } });
  await db.invitation.create({ data: { ownerId, contactId: contact.id, direction: "OUTGOING", status: "ACCEPTED", message: "Hi Dana" } });
  await db.invitation.create({ data: { ownerId, contactId: friend.id, direction: "OUTGOING", status: "DRAFT", draftFor: friend.id, message: "Hi" } });
  await db.thankYouDraft.create({ data: { ownerId, contactId: contact.id, message: "Thanks!" } });
  await db.template.create({ data: { ownerId, kind: "INVITATION", name: "Mine", body: "Hi {firstName}" } });
  await db.followUp.create({ data: { ownerId, contactId: contact.id, dueOn: new Date("2026-12-01"), note: "send deck" } });
}

/** Every row in every table whose columns mention `needle` (a user's id or email), as JSON text, sorted. */
async function rowsMentioning(needle: string): Promise<string[]> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`;
  const rows: string[] = [];
  for (const { name } of tables) {
    const found = await db.$queryRawUnsafe<{ row: string }[]>(
      `SELECT to_jsonb(t)::text AS row FROM "${name.replaceAll('"', '""')}" t WHERE strpos(to_jsonb(t)::text, $1) > 0`,
      needle,
    );
    rows.push(...found.map(({ row }) => `${name} ${row}`));
  }
  return rows.sort();
}

describe("Sign out everywhere", () => {
  it("ends every session of the account, this one included, and no other account's", async () => {
    const alice = await createAccount("Alice");
    const bob = await createAccount("Bob");
    const [laptop, phone, bobs] = [await signIn(alice), await signIn(alice), await signIn(bob)];
    expect([await whoIs(laptop), await whoIs(phone), await whoIs(bobs)]).toEqual([alice.id, alice.id, bob.id]);

    expect(await inBrowser(laptop, () => signOutEverywhereAction())).toEqual({ ok: true });
    expect(laptop.has(COOKIE)).toBe(false);
    expect((await credentialsOf(alice.id)).sessionVersion).toBe(1);
    expect(await whoIs(phone)).toBeNull();
    expect(await whoIs(bobs)).toBe(bob.id);

    // Signing in again gives a token of the current version.
    expect(await whoIs(await signIn(alice))).toBe(alice.id);
  });

  it("cannot be undone by the browser: next-auth's session update keeps the old version", async () => {
    const alice = await createAccount("Alice");
    const phone = await signIn(alice);
    const stale = (await authOptions.callbacks!.jwt!({ token: { sub: alice.id }, user: { id: alice.id }, account: null })).sessionVersion;
    await db.user.update({ where: { id: alice.id }, data: { sessionVersion: { increment: 1 } } });
    const updated = await authOptions.callbacks!.jwt!({ token: { sub: alice.id, sessionVersion: stale }, user: undefined as never, account: null, trigger: "update", session: { sessionVersion: 1 } });
    expect(updated.sessionVersion).toBe(stale);
    expect(await whoIs(phone)).toBeNull();
  });
});

describe("Change password", () => {
  let alice: Account;
  let laptop: Map<string, string>;
  let phone: Map<string, string>;

  beforeEach(async () => {
    alice = await createAccount("Alice");
    laptop = await signIn(alice);
    phone = await signIn(alice);
  });

  it("refuses a wrong current password, never echoes a password, and changes nothing", async () => {
    const before = await credentialsOf(alice.id);
    const state = await inBrowser(laptop, () => changePasswordAction(initialFormState, form({ currentPassword: "not my password", newPassword: "a brand new password" })));
    expect(state).toEqual({ ok: false, fieldErrors: { currentPassword: ["That is not your current password. Nothing was changed."] }, values: {} });
    expect(await credentialsOf(alice.id)).toEqual(before);
    expect([await whoIs(laptop), await whoIs(phone)]).toEqual([alice.id, alice.id]);
  });

  it.each([
    [{ currentPassword: PASSWORD, newPassword: "short" }, { newPassword: ["Use at least 10 characters."] }],
    [{ currentPassword: PASSWORD, newPassword: PASSWORD }, { newPassword: ["That is your current password. Choose a new one."] }],
    [{ newPassword: "a brand new password" }, { currentPassword: ["Enter your current password."] }],
  ])("refuses %j beside the field and changes nothing", async (fields, fieldErrors) => {
    const before = await credentialsOf(alice.id);
    const state = await inBrowser(laptop, () => changePasswordAction(initialFormState, form(fields)));
    expect(state).toMatchObject({ ok: false, fieldErrors, values: {} });
    expect(await credentialsOf(alice.id)).toEqual(before);
    expect(await whoIs(phone)).toBe(alice.id);
  });

  it("sets the new password, signs out the other sessions and keeps this one", async () => {
    const bob = await createAccount("Bob");
    const bobs = await signIn(bob);
    const oldToken = laptop.get(COOKIE);

    const state = await inBrowser(laptop, () => changePasswordAction(initialFormState, form({ currentPassword: PASSWORD, newPassword: "a brand new password" })));
    expect(state).toEqual({ ok: true });
    const { passwordHash, sessionVersion } = await credentialsOf(alice.id);
    expect(sessionVersion).toBe(1);
    expect(await verifyPassword(passwordHash, "a brand new password")).toBe(true);
    expect(await verifyPassword(passwordHash, PASSWORD)).toBe(false);

    expect(laptop.get(COOKIE)).not.toBe(oldToken);
    expect(await whoIs(laptop)).toBe(alice.id);
    expect(await whoIs(phone)).toBeNull();
    expect(await whoIs(new Map([[COOKIE, oldToken!]]))).toBeNull();
    expect(await whoIs(bobs)).toBe(bob.id);
  });
});

describe("Delete account", () => {
  let alice: Account;
  let bob: Account;

  beforeEach(async () => {
    alice = await createAccount("Alice");
    bob = await createAccount("Bob");
    await fillAccount(alice.id);
    await fillAccount(bob.id);
  });

  it("refuses a wrong or missing password and deletes nothing", async () => {
    const before = await rowsMentioning(alice.id);
    const laptop = await signIn(alice);
    expect(await inBrowser(laptop, () => deleteAccountAction(initialFormState, form({ password: "not my password" })))).toEqual({
      ok: false,
      fieldErrors: { password: ["That is not your password. Nothing was deleted."] },
      values: {},
    });
    expect(await inBrowser(laptop, () => deleteAccountAction(initialFormState, form({})))).toMatchObject({
      ok: false,
      fieldErrors: { password: ["Enter your password to delete your account."] },
    });
    expect(await rowsMentioning(alice.id)).toEqual(before);
    expect(await whoIs(laptop)).toBe(alice.id);
  });

  it("deletes every row of the account, signs it out, and leaves the other user's rows exactly as they were", async () => {
    const alicesRows = await rowsMentioning(alice.id);
    const bobsRows = await rowsMentioning(bob.id);
    // Every model holds a row of each user (the User row, then one or more per owned model).
    expect(new Set(alicesRows.map((row) => row.split(" ")[0])).size).toBe(10);
    const [laptop, phone] = [await signIn(alice), await signIn(alice)];

    expect(await inBrowser(laptop, () => deleteAccountAction(initialFormState, form({ password: PASSWORD })))).toEqual({ ok: true });
    expect(laptop.has(COOKIE)).toBe(false);
    expect(await whoIs(phone)).toBeNull();
    expect(await rowsMentioning(alice.id)).toEqual([]);
    expect(await rowsMentioning(alice.email)).toEqual([]);
    expect(await rowsMentioning(bob.id)).toEqual(bobsRows);
  });

  it("is all or nothing: a failure in the middle of the delete leaves the whole account as it was", async () => {
    const before = await rowsMentioning(alice.id);
    const laptop = await signIn(alice);
    // Follow-ups are reached through the cascade after the contacts and events have begun to go.
    await db.$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION fail_account_delete() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION 'injected failure while deleting follow-ups'; END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(`CREATE TRIGGER fail_account_delete BEFORE DELETE ON "FollowUp" FOR EACH ROW EXECUTE FUNCTION fail_account_delete()`);
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const state = await inBrowser(laptop, () => deleteAccountAction(initialFormState, form({ password: PASSWORD })));
      expect(state).toMatchObject({ ok: false, message: "Rapport could not delete your account just now, and nothing was deleted. Try again in a moment." });
      expect(String(errors.mock.calls[0]?.[1])).toContain("injected failure while deleting follow-ups");
    } finally {
      errors.mockRestore();
      await db.$executeRawUnsafe(`DROP TRIGGER fail_account_delete ON "FollowUp"`);
      await db.$executeRawUnsafe(`DROP FUNCTION fail_account_delete()`);
    }
    expect(await rowsMentioning(alice.id)).toEqual(before);
    expect(await whoIs(laptop)).toBe(alice.id);
  });
});

describe("sessions expire after 30 days without use", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  /** The session cookie a browser holding `browser` gets back from proxy.ts for `method path`, or null. */
  async function throughProxy(browser: Map<string, string>, path: string, method = "GET") {
    const request = new NextRequest(`http://localhost:3000${path}`, { method, headers: { cookie: `${COOKIE}=${browser.get(COOKIE)}` } });
    const response = await proxy(request);
    return { response, renewed: response.cookies.get(COOKIE) ?? null };
  }

  async function signedInDaysAgo(user: Account, days: number) {
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() - days * DAY });
    const browser = await signIn(user);
    vi.useRealTimers();
    return browser;
  }

  it("refuses a token last renewed 31 days ago: the app's pages send it to the sign-in page", async () => {
    const alice = await createAccount("Alice");
    const browser = await signedInDaysAgo(alice, 31);
    expect(await whoIs(browser)).toBeNull();
    const { response, renewed } = await throughProxy(browser, "/contacts");
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe("http://localhost:3000/login?callbackUrl=%2Fcontacts");
    expect(renewed).toBeNull();
  });

  it("renews a day-old token on a page load, so a session used on day 29 still works on day 31", async () => {
    const alice = await createAccount("Alice");
    const browser = await signedInDaysAgo(alice, 29);
    expect(await whoIs(browser)).toBe(alice.id);

    const { renewed } = await throughProxy(browser, "/today");
    expect(renewed).toMatchObject({ name: COOKIE, httpOnly: true, sameSite: "lax", path: "/" });
    expect(Math.abs(renewed!.expires!.valueOf() - (Date.now() + 30 * DAY))).toBeLessThan(60_000);
    const used = new Map([[COOKIE, renewed!.value]]);

    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 2 * DAY });
    expect(await whoIs(used)).toBe(alice.id);
    expect(await whoIs(browser)).toBeNull(); // the same session, had it not been used
  });

  it("does not re-issue a fresh token, nor renew on a write or on next-auth's own endpoints", async () => {
    const alice = await createAccount("Alice");
    expect((await throughProxy(await signIn(alice), "/today")).renewed).toBeNull();
    const dayOld = await signedInDaysAgo(alice, 2);
    expect((await throughProxy(dayOld, "/settings", "POST")).renewed).toBeNull();
    expect((await throughProxy(dayOld, "/api/auth/signout")).renewed).toBeNull();
    expect((await throughProxy(dayOld, "/contacts")).renewed).not.toBeNull();
  });
});
