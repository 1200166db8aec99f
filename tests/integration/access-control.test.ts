// Access control, exhaustively (issue 12, item 1): every server action and every route handler, found on disk
// (tests/access/discover.ts), has an entry below, and each entry is called
//   - anonymously: Next's redirect to /login (or a 401/404), and nothing changes;
//   - as user B with user A's ids (bound, in the form data, in the payload; and mixed with B's own): a refusal or a
//     404, and every row A owns (tests/access/owned-rows.ts) is exactly as before;
//   - as the owner, on a world of their own: it works (so the refusals above came from the ownership checks, not from
//     a malformed call);
//   - as the owner, with each id the call hands over replaced by a hostile one (tests/access/hostile-ids.ts): the
//     answer an unknown id gets, nothing thrown, nothing changed (issue 12, item 2).
// The session is next-auth's: getServerSession is replaced by one that runs Rapport's own jwt and session callbacks
// on a token made at "sign in", so lib/auth/session.ts runs unchanged. Pages, and the routes over HTTP, are in
// tests/e2e/access-control.spec.ts.
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { NextAuthOptions } from "next-auth";
import { initialFormState, isRowId } from "@/lib/forms";
import { addDays, todayIn } from "@/lib/dates/calendar";
import { encodeMergeDraft } from "@/lib/contacts/merge-schema";
import { findUpload, saveUpload } from "@/lib/imports/uploads";
import { hashPassword } from "@/lib/auth/password";
import { createUser } from "./database";
import { discoverActionModules, discoverApp, discoverInlineActions, ROOT } from "../access/discover";
import { ownedRows } from "../access/owned-rows";
import { insertWorld, type WorldRows } from "../access/world";
import { HOSTILE_IDS, unknownLike } from "../access/hostile-ids";

const signedIn = vi.hoisted(() => {
  // "Change password" signs this browser's new session token (lib/auth/session-cookie.ts).
  process.env.NEXTAUTH_SECRET ??= "access-control-secret";
  return { token: null as Record<string, unknown> | null };
});

vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  // What next-auth does on each request with a JWT session: the jwt callback on the token, then the session callback.
  getServerSession: async (options: NextAuthOptions) => {
    if (!signedIn.token) return null;
    const jwt = options.callbacks?.jwt;
    const token = jwt ? await jwt({ token: signedIn.token } as Parameters<typeof jwt>[0]) : signedIn.token;
    if (!token) return null;
    const session = { user: { name: token.name as string, email: token.email as string }, expires: new Date(Date.now() + 86_400_000).toISOString() };
    const callback = options.callbacks?.session;
    return callback ? callback({ session, token } as Parameters<typeof callback>[0]) : session;
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));
vi.mock("next/headers", () => {
  const cookies = new Map<string, { name: string; value: string }>();
  // Sign-ups are limited per address: each run comes from an address of its own, so runs on one database never add up.
  const address = `2001:db8:${Math.floor(Math.random() * 0xffff).toString(16)}::1`;
  return {
    headers: async () => new Headers({ host: "localhost:3000", "x-forwarded-for": address }),
    cookies: async () => ({
      get: (name: string) => cookies.get(name),
      getAll: () => [...cookies.values()],
      has: (name: string) => cookies.has(name),
      set: (name: string, value: string) => void cookies.set(name, { name, value }),
      delete: (name: string) => void cookies.delete(name),
    }),
  };
});

const { authOptions } = await import("@/lib/auth/options");
const account = await import("@/lib/account/actions");
const activities = await import("@/lib/activities/actions");
const auth = await import("@/lib/auth/actions");
const capture = await import("@/lib/capture/actions");
const contacts = await import("@/lib/contacts/actions");
const merge = await import("@/lib/contacts/merge-actions");
const encounters = await import("@/lib/encounters/actions");
const events = await import("@/lib/events/actions");
const followups = await import("@/lib/followups/actions");
const imports = await import("@/lib/imports/actions");
const inbox = await import("@/lib/inbox/actions");
const inboxReply = await import("@/lib/inbox/reply-actions");
const invitations = await import("@/lib/invitations/actions");
const pipeline = await import("@/lib/pipeline/actions");
const settings = await import("@/lib/settings/actions");
const templates = await import("@/lib/templates/actions");
const thankYou = await import("@/lib/thank-you/actions");
const vcardRoute = await import("@/app/(app)/contacts/[id]/vcard/route");
const exportRoute = await import("@/app/(app)/export/[file]/route");
const restoreRoute = await import("@/app/(app)/export/restore/route");
const uploadRoute = await import("@/app/(app)/import/upload/route");
const calendarRoute = await import("@/app/api/calendar/[token]/route");

// ---------------------------------------------------------------------------------------------------------------
// The worlds (tests/access/world.ts), plus a file uploaded and waiting for its confirm.

type World = WorldRows & { upload: string };

/** Every world's user has this password (for actions that ask for it again: changing it, deleting the account). */
const PASSWORD = "access-control-password";
const passwordHash = await hashPassword(PASSWORD);

const today = todayIn("UTC");
const CSV = (marker: string) => `First Name,Last Name,Company\nIda,Imported${marker},Northwind\n`;
const NEUTRAL_CSV = "First Name,Last Name,Company\nIda,Imported,Northwind\n";

const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
await client.connect();
afterAll(() => client.end());

async function createWorld(label: string): Promise<World> {
  const rows = await insertWorld(client, label, passwordHash);
  const { token: upload } = await saveUpload(rows.userId, "more.csv", new Blob([CSV(rows.marker)]).stream());
  return { ...rows, upload };
}

/** Everything the world's user owns: their rows, and whether their waiting upload is still there. */
async function snapshot(world: World) {
  return { rows: await ownedRows(client, world.userId), upload: (await findUpload(world.userId, world.upload)) !== null };
}

/** Worlds for the owners' own calls, one per call, made a few at a time up front. */
async function createWorlds(count: number): Promise<World[]> {
  const worlds: World[] = [];
  while (worlds.length < count) worlds.push(...(await Promise.all(Array.from({ length: Math.min(8, count - worlds.length) }, () => createWorld("Owner")))));
  return worlds;
}

// ---------------------------------------------------------------------------------------------------------------
// Sessions and outcomes.

async function signIn(world: World | null) {
  if (!world) {
    signedIn.token = null;
    return;
  }
  const jwt = authOptions.callbacks!.jwt!;
  // authorize() hands the jwt callback the version it read with the password hash.
  const { rows } = await client.query<{ sessionVersion: number }>(`SELECT "sessionVersion" FROM "User" WHERE id = $1`, [world.userId]);
  const sessionVersion = rows[0]?.sessionVersion ?? 0;
  const user = { id: world.userId, name: world.name, email: world.email, sessionVersion };
  signedIn.token = await jwt({ token: { sub: world.userId, name: world.name, email: world.email }, user, account: null, trigger: "signIn" } as Parameters<typeof jwt>[0]);
}

type Outcome = { value: unknown } | { thrown: unknown };

async function attempt(call: () => Promise<unknown>): Promise<Outcome> {
  try {
    return { value: await call() };
  } catch (thrown) {
    return { thrown };
  }
}

const digest = (outcome: Outcome) => ("thrown" in outcome ? String((outcome.thrown as { digest?: unknown })?.digest ?? "") : "");
/** Where Next's redirect() was sending the caller, if it threw one. */
const redirectedTo = (outcome: Outcome) => (digest(outcome).startsWith("NEXT_REDIRECT;") ? digest(outcome).split(";")[2] : null);
const isNotFound = (outcome: Outcome) => digest(outcome) === "NEXT_HTTP_ERROR_FALLBACK;404";
const toLogin = (outcome: Outcome) => /^\/login(\?|$)/.test(redirectedTo(outcome) ?? "");

function describeOutcome(outcome: Outcome): string {
  if ("value" in outcome) return `returned ${JSON.stringify(outcome.value)?.slice(0, 300)}`;
  return `threw ${outcome.thrown instanceof Error ? `${outcome.thrown.message} ${digest(outcome)}` : String(outcome.thrown)}`;
}

/** A refusal as actions give one: { ok: false, message } (or a 404). */
function isRefusal(outcome: Outcome): boolean {
  if (isNotFound(outcome)) return true;
  if (!("value" in outcome)) return false;
  const value = outcome.value as { ok?: unknown; message?: unknown; fieldErrors?: unknown } | undefined;
  return value?.ok === false && ((typeof value.message === "string" && value.message.length > 0) || Boolean(value.fieldErrors));
}

/** Worked: no refusal, no error; a redirect only onwards (a saved form opens what it saved), never to /login. */
function worked(outcome: Outcome): boolean {
  if ("thrown" in outcome) return redirectedTo(outcome) !== null && !toLogin(outcome);
  return (outcome.value as { ok?: unknown } | undefined)?.ok !== false;
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

// ---------------------------------------------------------------------------------------------------------------
// The table of server actions. Adding an action: one line in its module's block,
//   myNewAction: { call: (a) => area.myNewAction(a.contact, …) },
// calling it as its form would, with the owner's ids from the world `a`. Options:
//   mixed: calls by the other user that combine their own ids (`b`) with the owner's (`a`), refused like `call`;
//          `{ own: … }` for one that rightly works on the caller's own row (the owner's rows are still checked);
//   other: "own" when the action takes no id at all and only writes the caller's own rows; "silent" when it answers
//          nothing (the rows are the proof);
//   anonymous: "public" for the one action a signed-out visitor may use (it is then judged like the other user);
//   owner: a different call for the owner's own check, when `call` is meant to be refused for everyone.
// Every world's user has the password PASSWORD, for actions that ask for it.

type Mixed = (a: World, b: World) => Promise<unknown>;

type ActionEntry = {
  call: (a: World) => Promise<unknown>;
  mixed?: (Mixed | { own: Mixed })[];
  other?: "refused" | "own" | "silent";
  anonymous?: "login" | "public";
  owner?: (fresh: World) => Promise<unknown>;
};

const met = (fields: Record<string, string>) => form({ kind: "EVENT", metOn: today, context: "We met", ...fields });

const ACTIONS: Record<string, Record<string, ActionEntry>> = {
  // The account's own: no ids, only the caller's account. In this order, because the other user's call runs for real:
  // deleting their account gives them a new world (with PASSWORD), changing it leaves their password changed.
  "lib/account/actions.ts": {
    deleteAccountAction: { call: () => account.deleteAccountAction(initialFormState, form({ password: PASSWORD })), other: "own" },
    changePasswordAction: {
      call: () => account.changePasswordAction(initialFormState, form({ currentPassword: PASSWORD, newPassword: `${PASSWORD}-changed` })),
      other: "own",
    },
    signOutEverywhereAction: { call: () => account.signOutEverywhereAction(), other: "own" },
  },
  "lib/activities/actions.ts": {
    addNoteAction: { call: (a) => activities.addNoteAction(a.contact, initialFormState, form({ body: "A note", kind: "MEETING" })) },
  },
  "lib/auth/actions.ts": {
    signUpAction: {
      call: (a) => auth.signUpAction(initialFormState, form({ name: "Taken", email: a.email, password: "a-long-password" })),
      anonymous: "public",
      owner: (fresh) => auth.signUpAction(initialFormState, form({ name: "New", email: `new-${fresh.email}`, password: "a-long-password" })),
    },
  },
  "lib/capture/actions.ts": {
    captureAction: {
      call: (a) => capture.captureAction(initialFormState, form({ firstName: "Dee", lastName: "Captured", context: "At the stand", eventId: a.event })),
      mixed: [(a) => capture.captureAction(initialFormState, form({ firstName: "Ada", lastName: "Lovelace", context: "Again", addToContactId: a.contact, confirmed: "1" }))],
    },
  },
  "lib/contacts/actions.ts": {
    createContactAction: { call: (a) => contacts.createContactAction(initialFormState, form({ firstName: "Eve", lastName: "New", eventId: a.event, context: "Met" })) },
    updateContactAction: { call: (a) => contacts.updateContactAction(a.contact, initialFormState, form({ firstName: "Changed", lastName: "", version: "1", tags: "" })) },
    deleteContactAction: { call: (a) => contacts.deleteContactAction(a.contact) },
    setContactArchivedAction: { call: (a) => contacts.setContactArchivedAction(a.contact, true) },
    addTagAction: { call: (a) => contacts.addTagAction(a.contact, "added") },
    removeTagAction: { call: (a) => contacts.removeTagAction(a.contact, a.tag) },
    renameTagAction: { call: (a) => contacts.renameTagAction(initialFormState, form({ from: a.tag, to: "renamed" })) },
  },
  "lib/contacts/merge-actions.ts": {
    mergeContactsAction: {
      call: (a) => merge.mergeContactsAction(a.contact, a.other, initialFormState, form({ keepVersion: "1", otherVersion: "1" })),
      mixed: [
        (a, b) => merge.mergeContactsAction(b.contact, a.other, initialFormState, form({ keepVersion: "1", otherVersion: "1" })),
        (a, b) => merge.mergeContactsAction(a.contact, b.other, initialFormState, form({ keepVersion: "1", otherVersion: "1" })),
      ],
    },
    applyDraftAction: { call: (a) => merge.applyDraftAction(a.contact, initialFormState, form({ version: "1", draft: encodeMergeDraft({ firstName: "Ada", phone: "+44 20 7946 0000" }) })) },
  },
  "lib/encounters/actions.ts": {
    addEncounterAction: {
      call: (a) => encounters.addEncounterAction(a.contact, initialFormState, met({ eventId: a.event })),
      mixed: [
        (a, b) => encounters.addEncounterAction(b.contact, initialFormState, met({ eventId: a.event })),
        (a, b) => encounters.addEncounterAction(b.contact, initialFormState, met({ kind: "MUTUAL_CONNECTION", throughContactId: a.contact })),
      ],
    },
    updateEncounterAction: {
      call: (a) => encounters.updateEncounterAction(a.encounter, initialFormState, met({ kind: "OTHER", context: "Changed", version: "1" })),
      mixed: [
        (a, b) => encounters.updateEncounterAction(b.encounter, initialFormState, met({ eventId: a.event, version: "1" })),
        (a, b) => encounters.updateEncounterAction(b.encounter, initialFormState, met({ kind: "MUTUAL_CONNECTION", throughContactId: a.contact, version: "1" })),
      ],
    },
    deleteEncounterAction: { call: (a) => encounters.deleteEncounterAction(a.encounter) },
  },
  "lib/events/actions.ts": {
    createEventAction: { call: () => events.createEventAction(initialFormState, form({ name: "Meetup", startsOn: today })), other: "own" },
    updateEventAction: { call: (a) => events.updateEventAction(a.event, initialFormState, form({ name: "Renamed", startsOn: today, version: "1" })) },
    deleteEventAction: { call: (a) => events.deleteEventAction(a.event) },
  },
  "lib/followups/actions.ts": {
    addFollowUpAction: { call: (a) => followups.addFollowUpAction(a.contact, initialFormState, form({ dueOn: addDays(today, 3), note: "Call" })) },
    completeFollowUpAction: { call: (a) => followups.completeFollowUpAction(a.followUp) },
    undoCompleteFollowUpAction: {
      call: (a) => followups.undoCompleteFollowUpAction(a.doneFollowUp, { lastInteractionAt: null, cadence: null }),
      // The receipt names a follow-up too: the other user's own undo must not move the owner's.
      mixed: [{ own: (a, b) => followups.undoCompleteFollowUpAction(b.doneFollowUp, { lastInteractionAt: null, cadence: { id: a.followUp, dueOn: "2030-01-01" } }) }],
    },
    snoozeFollowUpAction: { call: (a) => followups.snoozeFollowUpAction(a.followUp, "1w") },
    rescheduleFollowUpAction: { call: (a) => followups.rescheduleFollowUpAction(a.followUp, initialFormState, form({ dueOn: addDays(today, 20), version: "1" })) },
    setStayInTouchAction: { call: (a) => followups.setStayInTouchAction(a.contact, "4") },
  },
  "lib/imports/actions.ts": {
    previewImportAction: { call: (a) => imports.previewImportAction(a.upload, { thankWindowDays: 30 }) },
    confirmImportAction: { call: (a) => imports.confirmImportAction(a.upload, { thankWindowDays: 30 }) },
    cancelImportAction: { call: (a) => imports.cancelImportAction(a.upload), other: "silent" },
    previewUndoImportAction: { call: (a) => imports.previewUndoImportAction(a.batch) },
    undoImportAction: { call: (a) => imports.undoImportAction(a.batch) },
  },
  "lib/inbox/actions.ts": {
    logInvitationAction: { call: () => inbox.logInvitationAction(initialFormState, form({ from: "Ida Inviter", message: "", receivedOn: today, linkedinUrl: "" })), other: "own" },
    acceptInvitationAction: { call: (a) => inbox.acceptInvitationAction(a.received) },
    ignoreInvitationAction: { call: (a) => inbox.ignoreInvitationAction(a.received) },
    undoIgnoreInvitationAction: {
      call: (a) => inbox.undoIgnoreInvitationAction(a.received, "NEW"),
      // The world's invitation is new, not ignored: the owner ignores it first, then undoes that.
      owner: async (fresh) => {
        await inbox.ignoreInvitationAction(fresh.received);
        return inbox.undoIgnoreInvitationAction(fresh.received, "NEW");
      },
    },
  },
  "lib/inbox/reply-actions.ts": {
    markReplySentAction: { call: (a) => inboxReply.markReplySentAction(a.received, { message: "Hi Bea, thanks for the invitation! Remind me where we met?" }) },
  },
  "lib/invitations/actions.ts": {
    saveDraftAction: { call: (a) => invitations.saveDraftAction(a.contact, "Hi Ada, changed", "COLLEAGUE") },
    markSentAction: { call: (a) => invitations.markSentAction(a.contact, { message: "Hi Ada, we met at the summit: let's stay in touch.", claim: null }) },
  },
  "lib/pipeline/actions.ts": {
    moveContactAction: { call: (a) => pipeline.moveContactAction(a.contact, "READY") },
  },
  "lib/settings/actions.ts": {
    updateSettingsAction: { call: () => settings.updateSettingsAction(initialFormState, form({ name: "Renamed", inviteNoteLimit: "200", timezone: "Europe/Berlin" })), other: "own" },
    resetCalendarTokenAction: { call: () => settings.resetCalendarTokenAction(), other: "own" },
  },
  "lib/templates/actions.ts": {
    createTemplateAction: { call: () => templates.createTemplateAction(initialFormState, form({ name: "Mine", kind: "REPLY", body: "Thanks {firstName}" })), other: "own" },
    updateTemplateAction: { call: (a) => templates.updateTemplateAction(a.template, initialFormState, form({ name: "Changed", kind: "INVITATION", body: "Hello", version: "1" })) },
    deleteTemplateAction: { call: (a) => templates.deleteTemplateAction(a.template) },
    restoreTemplateAction: { call: () => templates.restoreTemplateAction({ name: "Back", kind: "THANK_YOU", body: "Thank you" }), other: "own" },
  },
  "lib/thank-you/actions.ts": {
    saveThankYouDraftAction: { call: (a) => thankYou.saveThankYouDraftAction(a.connected, "Thank you, changed") },
    markThankYouSentAction: { call: (a) => thankYou.markThankYouSentAction(a.connected, { message: "Thank you!", noFollowUp: true, followUpOn: "", nextStep: "" }) },
  },
};

// ---------------------------------------------------------------------------------------------------------------
// The table of route handlers, by file and method. Each request is made with the owner's ids from `a`.
//   anonymous: "login" — a 401, a 404 or Next's redirect to /login; "token" — the secret in the URL is the only
//              credential (then `refusedTokens` must all be 404s);
//   other: "not_found" — the other user gets a 404; "own" — they get their own data only (no marker of A's);
//   e2e: handled by next-auth itself, which needs a real request: covered over HTTP in tests/e2e/access-control.spec.ts.

type RouteEntry =
  | {
      requests: Record<string, (a: World) => Promise<Response>>;
      anonymous: "login" | "token";
      other: "not_found" | "own";
      refusedTokens?: (a: World, b: World) => string[];
      /** What the owner's own request answers, when not 200 with their marker in the body; or made as an empty account. */
      owner?: { status: number; marker: boolean } | "empty account";
    }
  | { e2e: string };

const at = (pathname: string) => `http://localhost:3000${pathname}`;
const params = <T extends Record<string, string>>(value: T) => ({ params: Promise.resolve(value) });
const sameOrigin = { origin: "http://localhost:3000", host: "localhost:3000" };
const backupNaming = (a: World) =>
  JSON.stringify({
    format: "rapport-backup",
    version: 1,
    exportedAt: "2026-11-26T10:00:00.000Z",
    user: { name: "Restored", inviteNoteLimit: 300, timezone: "UTC" },
    imports: [],
    contacts: [],
    events: [],
    encounters: [],
    invitations: [],
    templates: [{ id: a.template, kind: "THANK_YOU", name: `Restored ${a.marker}`, body: "Thank you", createdAt: "2026-11-26T10:00:00.000Z", updatedAt: "2026-11-26T10:00:00.000Z" }],
    activities: [],
    followUps: [],
  });
const download = (file: string) => () => exportRoute.GET(new Request(at(`/export/${file}`)), params({ file }));

const ROUTES: Record<string, RouteEntry> = {
  "app/(app)/contacts/[id]/vcard/route.ts#GET": {
    requests: { vcard: (a) => vcardRoute.GET(new Request(at(`/contacts/${a.contact}/vcard`)), params({ id: a.contact })) },
    anonymous: "login",
    other: "not_found",
  },
  "app/(app)/export/[file]/route.ts#GET": {
    requests: { "contacts.csv": download("contacts.csv"), "contacts.vcf": download("contacts.vcf"), "backup.json": download("backup.json") },
    anonymous: "login",
    other: "own",
  },
  "app/(app)/export/[file]/route.ts#HEAD": {
    requests: { "backup.json": () => exportRoute.HEAD(new Request(at("/export/backup.json"), { method: "HEAD" }), params({ file: "backup.json" })) },
    anonymous: "login",
    other: "own",
    owner: { status: 200, marker: false },
  },
  "app/(app)/export/restore/route.ts#POST": {
    requests: {
      restore: (a) => {
        // A well-formed backup whose rows carry the owner's ids: a restore gives every row a new id of its own.
        const body = new FormData();
        body.set("file", new File([backupNaming(a)], "backup.json"));
        return restoreRoute.POST(new Request(at("/export/restore"), { method: "POST", headers: sameOrigin, body }));
      },
    },
    anonymous: "login",
    other: "own",
    // Only an empty account is restored into (the other user, with rows, is refused): the owner's check is made as a
    // new, empty account.
    owner: "empty account",
  },
  "app/(app)/import/upload/route.ts#POST": {
    requests: {
      upload: () =>
        uploadRoute.POST(
          new Request(at("/import/upload"), { method: "POST", headers: { ...sameOrigin, "x-file-name": "people.csv" }, body: NEUTRAL_CSV, duplex: "half" } as RequestInit),
        ),
    },
    anonymous: "login",
    other: "own",
    // It has no id to pass: the other user's upload is their own (the owner's rows are checked unchanged).
    owner: { status: 200, marker: false },
  },
  "app/api/calendar/[token]/route.ts#GET": {
    requests: { feed: (a) => calendarRoute.GET(new Request(at(`/api/calendar/${a.calendarToken}.ics`)), params({ token: `${a.calendarToken}.ics` })) },
    anonymous: "token",
    other: "own",
    refusedTokens: (a, b) => [`${a.calendarToken}x`, a.calendarToken.slice(0, -1), a.userId, b.userId, a.calendarToken.toUpperCase(), "0".repeat(a.calendarToken.length)],
  },
  "app/api/auth/[...nextauth]/route.ts#GET": { e2e: "next-auth's own endpoints: GET /api/auth/session answers only the caller's session" },
  "app/api/auth/[...nextauth]/route.ts#POST": { e2e: "next-auth's sign-in: a wrong password gets no session" },
};

// ---------------------------------------------------------------------------------------------------------------

const MISSING_ACTION = (file: string, name: string) =>
  `${file} exports ${name}, which has no entry: add \`${name}: { call: (a) => … }\` to ACTIONS["${file}"] in tests/integration/access-control.test.ts`;

describe("access control: every server action and route handler has an entry", () => {
  it("lists every exported server action", async () => {
    const missing: string[] = [];
    const listed = new Set<string>();
    for (const file of discoverActionModules()) {
      const exported = (await import(path.join(ROOT, file))) as Record<string, unknown>;
      for (const [name, value] of Object.entries(exported)) {
        if (typeof value !== "function") continue;
        listed.add(`${file}#${name}`);
        if (!ACTIONS[file]?.[name]) missing.push(MISSING_ACTION(file, name));
      }
    }
    expect(missing, "server actions without an access-control entry").toEqual([]);
    const stale = Object.entries(ACTIONS).flatMap(([file, entries]) => Object.keys(entries).map((name) => `${file}#${name}`)).filter((key) => !listed.has(key));
    expect(stale, "entries for server actions that no longer exist: remove them").toEqual([]);
    expect(discoverInlineActions(), "inline \"use server\" functions: move each into a lib/<area>/actions.ts so it gets an entry here").toEqual([]);
  });

  it("lists every route handler's methods", async () => {
    const missing: string[] = [];
    const listed = new Set<string>();
    for (const { file } of discoverApp("route")) {
      const exported = (await import(path.join(ROOT, file))) as Record<string, unknown>;
      for (const method of ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]) {
        if (typeof exported[method] !== "function") continue;
        listed.add(`${file}#${method}`);
        if (!ROUTES[`${file}#${method}`]) missing.push(`${file} answers ${method}: add ROUTES["${file}#${method}"] in tests/integration/access-control.test.ts`);
      }
    }
    expect(missing, "route handlers without an access-control entry").toEqual([]);
    expect(Object.keys(ROUTES).filter((key) => !listed.has(key)), "entries for route handlers that no longer exist: remove them").toEqual([]);
  });
});

describe("access control: server actions", () => {
  let a: World;
  let b: World;
  let owners: World[];

  const entries = Object.entries(ACTIONS).flatMap(([file, actions]) => Object.entries(actions).map(([name, entry]) => ({ key: `${file}#${name}`, entry })));

  beforeAll(async () => {
    [a, b] = await Promise.all([createWorld("Ada Owner"), createWorld("Ben Other")]);
    owners = await createWorlds(entries.length);
  });
  afterAll(() => signIn(null));
  // An action of the other user's own (deleting their account) may have ended their world: they get a new one.
  beforeEach(async () => {
    if ((await client.query(`SELECT 1 FROM "User" WHERE id = $1`, [b.userId])).rowCount === 0) b = await createWorld("Ben Other");
  });

  it.each(entries)("$key: anonymous and another user are refused, the owner's rows unchanged; the owner is served", async ({ key, entry }) => {
    const before = await snapshot(a);

    await signIn(null);
    const anonymous = await attempt(() => entry.call(a));
    if (entry.anonymous === "public") expect(isRefusal(anonymous), `${key} signed out with the owner's email: ${describeOutcome(anonymous)}`).toBe(true);
    else expect(toLogin(anonymous), `${key} signed out should redirect to /login, but ${describeOutcome(anonymous)}`).toBe(true);

    await signIn(b);
    const calls = [
      { call: () => entry.call(a), expected: entry.other ?? "refused" },
      ...(entry.mixed ?? []).map((mixed) => ("own" in mixed ? { call: () => mixed.own(a, b), expected: "own" } : { call: () => mixed(a, b), expected: "refused" })),
    ];
    for (const [index, { call, expected }] of calls.entries()) {
      const outcome = await attempt(call);
      const which = index === 0 ? "with the owner's ids" : `mixing the owner's ids with their own (mixed[${index - 1}])`;
      expect(toLogin(outcome), `${key}: the other user's session was not accepted (${describeOutcome(outcome)}): the session stub needs updating`).toBe(false);
      if (expected === "refused") expect(isRefusal(outcome), `${key} as another user ${which}: ${describeOutcome(outcome)}`).toBe(true);
      else if (expected === "silent") expect(outcome, `${key} as another user ${which}`).toEqual({ value: undefined });
      else expect(worked(outcome), `${key} as another user, on their own rows: ${describeOutcome(outcome)}`).toBe(true);
    }

    expect(await snapshot(a), `${key} changed the owner's rows`).toEqual(before);

    // The owner, on a world of their own: the same call works, so the refusals above were the ownership checks.
    const fresh = owners.pop()!;
    const freshBefore = await snapshot(fresh);
    await signIn(fresh);
    const own = await attempt(() => (entry.owner ?? entry.call)(fresh));
    expect(worked(own), `${key} as the owner: ${describeOutcome(own)}`).toBe(true);
    const reads = key.endsWith("#previewImportAction") || key.endsWith("#previewUndoImportAction");
    if (!reads && !entry.owner) expect(await snapshot(fresh), `${key} as the owner changed nothing: is the call right?`).not.toEqual(freshBefore);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Hostile ids (issue 12, item 2): every id an entry's calls hand their action — bound, as an argument or in the form —
// is replaced, one at a time, by each of HOSTILE_IDS, with the owner signed in. The answer must be the one the action
// gives for a well-formed id that names no row (or, for an id posted in a form field, that field's own refusal):
// nothing thrown but a 404, and none of the owner's rows changed. Which ids a call hands over is read from the call
// itself (a recording proxy, signed out so that nothing runs past requireUser()), so a new entry is covered as written.

/** The world's fields that are ids of rows (or of a waiting upload), as opposed to its name, email or marker. */
const ID_KEYS = ["contact", "other", "connected", "event", "encounter", "template", "followUp", "doneFollowUp", "batch", "upload", "received"] as const;
type IdKey = (typeof ID_KEYS)[number];
const isIdKey = (key: string | symbol): key is IdKey => (ID_KEYS as readonly (string | symbol)[]).includes(key);

/** The ids `call` hands its action from `world`, read signed out (every action but sign-up stops at requireUser()). */
async function idsHandedOver(call: (world: World) => Promise<unknown>, world: World): Promise<IdKey[]> {
  const read = new Set<IdKey>();
  const recording = new Proxy(world, {
    get: (target, key, receiver) => {
      if (isIdKey(key)) read.add(key);
      return Reflect.get(target, key, receiver);
    },
  });
  await signIn(null);
  const outcome = await attempt(() => call(recording));
  expect(toLogin(outcome), `signed out, the call should stop at requireUser(), but ${describeOutcome(outcome)}`).toBe(true);
  return [...read];
}

/** What an answer says, without the form's typed values (they echo the id that was posted). */
function answer(outcome: Outcome): unknown {
  if ("thrown" in outcome) return isNotFound(outcome) ? "notFound()" : outcome;
  if (outcome.value && typeof outcome.value === "object") return { ...outcome.value, values: undefined };
  return outcome.value;
}

/** A form field's own refusal of what was posted in it (a schema that checks the id's shape). */
function refusedField(outcome: Outcome, posted: unknown): boolean {
  if (!("value" in outcome)) return false;
  const value = outcome.value as { ok?: unknown; fieldErrors?: Record<string, unknown>; values?: Record<string, string> } | undefined;
  return value?.ok === false && Object.keys(value.fieldErrors ?? {}).some((field) => value.values?.[field] === String(posted));
}

/** Which of the owner's rows a call changed, in a line (tables with rows gone, new or different), or null. */
function rowsChanged(before: Awaited<ReturnType<typeof snapshot>>, after: Awaited<ReturnType<typeof snapshot>>): string | null {
  const tables = new Set([...Object.keys(before.rows), ...Object.keys(after.rows)]);
  const changes: string[] = [];
  for (const table of tables) {
    const [was, is] = [before.rows[table] ?? {}, after.rows[table] ?? {}];
    const gone = Object.keys(was).filter((id) => !(id in is)).length;
    const added = Object.keys(is).filter((id) => !(id in was)).length;
    const different = Object.keys(was).filter((id) => id in is && !isDeepStrictEqual(was[id], is[id])).length;
    if (gone || added || different) changes.push(`${table}: ${gone} gone, ${added} new, ${different} changed`);
  }
  if (before.upload !== after.upload) changes.push(`the waiting upload ${after.upload ? "appeared" : "is gone"}`);
  return changes.length ? changes.join("; ") : null;
}

describe("hostile ids: a malformed id is answered as one that names no row, and changes nothing", () => {
  let worlds: World[];
  const entries = Object.entries(ACTIONS).flatMap(([file, actions]) => Object.entries(actions).map(([name, entry]) => ({ key: `${file}#${name}`, entry })));

  beforeAll(async () => {
    worlds = await createWorlds(entries.length);
  });
  afterAll(() => signIn(null));

  it("the shape every action checks fits the ids PostgreSQL's rows get from Prisma (cuid) and from the worlds", async () => {
    const { id } = await createUser("Shape");
    const world = worlds[0]!;
    for (const value of [id, ...ID_KEYS.filter((key) => key !== "upload").map((key) => world[key])]) expect(isRowId(value), value).toBe(true);
  });

  it.each(entries)("$key", async ({ key, entry }) => {
    // Sign-up is the one public action: it takes no id (and calling it signed out would count against its limit).
    if (entry.anonymous === "public") return;
    const a = worlds.pop()!;
    const before = await snapshot(a);
    // The call as written, and the mixed calls the other user is refused, here with the owner's own ids beside the hostile one.
    const calls = [entry.call, ...(entry.mixed ?? []).flatMap((mixed) => ("own" in mixed ? [] : [(world: World) => mixed(world, a)]))];
    const handed = await idsHandedOver(entry.call, a);

    // Every problem is collected, so that one run shows each id and value an action mishandles.
    const problems: string[] = [];
    for (const [index, call] of calls.entries()) {
      const which = index === 0 ? "" : ` (mixed[${index - 1}])`;
      for (const id of index === 0 ? handed : await idsHandedOver(call, a)) {
        await signIn(a);
        const control = await attempt(() => call({ ...a, [id]: unknownLike(a[id]) }));
        const refused = entry.other === "silent" ? "value" in control && control.value === undefined : isRefusal(control);
        if (!refused) problems.push(`${which} an unknown ${id} id is not refused: ${describeOutcome(control)}`);
        const rowsBefore = await snapshot(a);
        for (const hostile of HOSTILE_IDS) {
          const outcome = await attempt(() => call({ ...a, [id]: hostile.value as string }));
          if (!isDeepStrictEqual(answer(outcome), answer(control)) && !refusedField(outcome, hostile.value)) {
            problems.push(`${which} ${hostile.label} as the ${id} id: ${describeOutcome(outcome).slice(0, 400)} (an unknown id: ${describeOutcome(control).slice(0, 200)})`);
          }
        }
        const changed = rowsChanged(rowsBefore, await snapshot(a));
        if (changed) problems.push(`${which} hostile ${id} ids changed the owner's rows: ${changed}`);
      }
    }
    expect(problems, `${key} with hostile ids`).toEqual([]);
    expect(await snapshot(a), `${key} with hostile ids changed the owner's rows`).toEqual(before);
  });
});

describe("access control: route handlers", () => {
  let a: World;
  let b: World;
  let owners: World[];

  const entries = Object.entries(ROUTES).map(([key, entry]) => ({ key, entry }));

  beforeAll(async () => {
    [a, b] = await Promise.all([createWorld("Ada Owner"), createWorld("Ben Other")]);
    owners = await createWorlds(entries.length);
  });
  afterAll(() => signIn(null));

  it.each(entries)("$key: anonymous and another user get nothing of the owner's; the owner is served", async ({ key, entry }) => {
    if ("e2e" in entry) {
      expect(entry.e2e).toBeTruthy(); // over HTTP in tests/e2e/access-control.spec.ts
      return;
    }
    const before = await snapshot(a);
    for (const [name, request] of Object.entries(entry.requests)) {
      const label = `${key} ${name}`;
      await signIn(null);
      const anonymous = await attempt(() => request(a));
      if (entry.anonymous === "login") {
        const status = "value" in anonymous ? (anonymous.value as Response).status : null;
        expect(toLogin(anonymous) || status === 401 || status === 404, `${label} signed out: ${describeOutcome(anonymous)} ${status ?? ""}`).toBe(true);
      } else {
        // The token is the credential: right token, the feed; any other, a 404 that says nothing.
        for (const token of entry.refusedTokens!(a, b)) {
          const refused = await calendarRoute.GET(new Request(at(`/api/calendar/${token}`)), params({ token }));
          expect(refused.status, `${label} with the token ${token}`).toBe(404);
          expect(await refused.text()).toBe("Not found");
        }
      }

      await signIn(b);
      const other = entry.anonymous === "token" ? { value: await calendarRoute.GET(new Request(at("/")), params({ token: b.calendarToken })) } : await attempt(() => request(a));
      expect("value" in other, `${label} as another user: ${describeOutcome(other)}`).toBe(true);
      const response = (other as { value: Response }).value;
      const text = await response.text();
      if (entry.other === "not_found") expect(response.status, `${label} as another user`).toBe(404);
      else expect(response.status, `${label} as another user (their own data): ${text.slice(0, 200)}`).toBeLessThan(500);
      expect(text, `${label} as another user shows the owner's data`).not.toContain(a.marker);
    }
    expect(await snapshot(a), `${key} changed the owner's rows`).toEqual(before);

    const fresh = owners.pop()!;
    if (entry.owner === "empty account") {
      const empty = { ...fresh, userId: `c${fresh.userId.slice(1, 20)}empty`, email: `empty-${fresh.email}` };
      await client.query(`INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") VALUES ($1, $2, 'Empty', 'not-a-real-hash', now())`, [empty.userId, empty.email]);
      await signIn(empty);
      for (const [name, request] of Object.entries(entry.requests)) {
        const response = await request(fresh);
        expect(response.status, `${key} ${name} into an empty account: ${await response.text()}`).toBe(200);
      }
      expect(JSON.stringify(await ownedRows(client, empty.userId)), `${key}: the empty account got the restored rows`).toContain(fresh.marker);
      return;
    }
    await signIn(fresh);
    for (const [name, request] of Object.entries(entry.requests)) {
      const response = await request(fresh);
      const text = await response.text();
      expect(response.status, `${key} ${name} as the owner: ${text.slice(0, 200)}`).toBe(entry.owner?.status ?? 200);
      if (entry.owner?.marker ?? true) expect(text, `${key} ${name} as the owner shows their own data`).toContain(fresh.marker);
    }
  });
});
