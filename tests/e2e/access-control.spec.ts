// Access control over HTTP, exhaustively (issue 12, item 1): every page and route handler under app/ (found by
// tests/access/discover.ts) has an entry below, and is requested
//   - signed out: pages and the app's routes redirect to /login (the calendar feed answers only its secret token);
//   - as user B with user A's ids (in the path and in the query): a 404, or B's own data, never a trace of A's;
//   - as A: the same address works (so B's 404 came from the ownership check, not from a wrong address).
// Afterwards every row A owns is as it was (tests/access/owned-rows.ts). The server actions behind these pages are
// covered in tests/integration/access-control.test.ts.
// Requests only, no browser pages: the base test rather than ./fixtures (whose checks scan the pages a test opens).
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import pg from "pg";
import { hashPassword } from "../../lib/auth/password";
import { discoverApp } from "../access/discover";
import { ownedRows } from "../access/owned-rows";
import { insertWorld, type WorldRows } from "../access/world";

type World = WorldRows & { password: string; request: APIRequestContext };

// ---------------------------------------------------------------------------------------------------------------
// Pages. An entry gives the address to request with the owner's ids (`a`), and what the other user gets there:
//   other: 404 — the page is about one of the owner's rows; 200 — a page of the visitor's own (a list, a form), which
//          must show nothing of the owner's even when the address names the owner's rows;
//   mixed: more addresses for the other user that combine their own ids (`b`) with the owner's, answered like `other`;
//   public: a page for signed-out visitors (sign-in, sign-up, the landing page).
// Adding a page: one line, `"/things/[id]": { path: (a) => \`/things/${a.thing}\`, other: 404 },`.

type PageEntry = { public: true } | { path: (a: World) => string; other: 404 | 200; mixed?: (a: World, b: World) => string[] };

const PAGES: Record<string, PageEntry> = {
  "/": { public: true },
  "/login": { public: true },
  "/signup": { public: true },
  "/capture": { path: (a) => `/capture?event=${a.event}`, other: 200 },
  "/contacts": { path: (a) => `/contacts?tag=${a.tag}`, other: 200, mixed: (a) => ["/contacts?q=Lovelace", `/contacts?event=${a.event}`] },
  "/contacts/new": { path: () => "/contacts/new", other: 200 },
  "/contacts/[id]": { path: (a) => `/contacts/${a.contact}`, other: 404 },
  "/contacts/[id]/edit": { path: (a) => `/contacts/${a.contact}/edit`, other: 404 },
  "/contacts/[id]/invite": { path: (a) => `/contacts/${a.contact}/invite`, other: 404 },
  "/contacts/[id]/thank": { path: (a) => `/contacts/${a.connected}/thank`, other: 404 },
  "/contacts/[id]/merge": {
    path: (a) => `/contacts/${a.contact}/merge?with=${a.other}`,
    other: 404,
    mixed: (a, b) => [`/contacts/${a.contact}/merge`, `/contacts/${b.contact}/merge?with=${a.contact}`, `/contacts/${b.contact}/merge?with=${a.other}`],
  },
  "/events": { path: () => "/events", other: 200 },
  "/events/new": { path: () => "/events/new?from=capture", other: 200 },
  "/events/[id]": { path: (a) => `/events/${a.event}`, other: 404 },
  "/events/[id]/edit": { path: (a) => `/events/${a.event}/edit`, other: 404 },
  "/export": { path: () => "/export", other: 200 },
  "/inbox": { path: (a) => `/inbox?after=${a.received}&q=Bea`, other: 200, mixed: () => ["/inbox?status=new&class=customized"] },
  "/inbox/new": { path: () => "/inbox/new", other: 200 },
  "/import": { path: () => "/import", other: 200 },
  "/inbox/[id]/reply": { path: (a) => `/inbox/${a.received}/reply`, other: 404 },
  "/insights": { path: () => "/insights?period=all&sort=met-desc", other: 200 },
  "/pipeline": { path: (a) => `/pipeline?tag=${a.tag}`, other: 200, mixed: (a) => [`/pipeline?event=${a.event}`] },
  "/settings": { path: () => "/settings", other: 200 },
  "/templates": { path: () => "/templates?kind=INVITATION", other: 200 },
  "/templates/new": { path: (a) => `/templates/new?copy=${a.template}`, other: 404 },
  "/templates/[id]/edit": { path: (a) => `/templates/${a.template}/edit`, other: 404 },
  "/today": { path: () => "/today", other: 200 },
};

// ---------------------------------------------------------------------------------------------------------------
// Route handlers over HTTP (each method is also called directly, as each user, in the integration test).

type RouteEntry = { check: (a: World, b: World, anonymous: APIRequestContext) => Promise<void> };

/** The Origin a page of Rapport's own sends (the POST routes refuse any other). */
const sameOrigin = () => ({ origin: new URL(baseURL).origin });

/** Nothing of the owner's world in a response: no marker (their rows' text) and not their calendar secret. */
function expectNoTrace(text: string, owner: World, what: string) {
  for (const secret of [owner.marker, owner.calendarToken]) {
    const at = text.indexOf(secret);
    expect(at, `${what} shows the owner's data: …${text.slice(Math.max(0, at - 150), at + 50)}…`).toBe(-1);
  }
}

async function expectLogin(response: APIResponse, what: string) {
  expect([302, 303, 307, 308], `${what} signed out: ${response.status()}`).toContain(response.status());
  expect(new URL(response.headers().location!, "http://x").pathname, `${what} signed out goes to`).toBe("/login");
}

const ROUTES: Record<string, RouteEntry> = {
  "/contacts/[id]/vcard": {
    check: async (a, b, anonymous) => {
      const path = `/contacts/${a.contact}/vcard`;
      await expectLogin(await anonymous.get(path, { maxRedirects: 0 }), path);
      const other = await b.request.get(path, { maxRedirects: 0 });
      expect(other.status(), `${path} as another user`).toBe(404);
      expectNoTrace(await other.text(), a, `${path} as another user`);
      const own = await a.request.get(path);
      expect(own.status()).toBe(200);
      expect(await own.text()).toContain(a.marker);
    },
  },
  "/export/[file]": {
    check: async (a, b, anonymous) => {
      for (const file of ["contacts.csv", "contacts.vcf", "backup.json"]) {
        const path = `/export/${file}`;
        await expectLogin(await anonymous.get(path, { maxRedirects: 0 }), path);
        const other = await b.request.get(path, { maxRedirects: 0 });
        expect(other.status(), `${path} as another user`).toBe(200);
        const text = await other.text();
        expect(text, `${path} as another user is their own`).toContain(b.marker);
        expectNoTrace(text, a, `${path} as another user`);
      }
    },
  },
  "/export/restore": {
    check: async (a, b, anonymous) => {
      const backup = { name: "backup.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ format: "rapport-backup", version: 1, contacts: [{ id: a.contact }] })) };
      const origin = sameOrigin();
      await expectLogin(await anonymous.post("/export/restore", { multipart: { file: backup }, headers: origin, maxRedirects: 0 }), "POST /export/restore");
      const other = await b.request.post("/export/restore", { multipart: { file: backup }, headers: origin, maxRedirects: 0 });
      // B's account has rows, so nothing is restored into it; either way only B's account could be written.
      expect(other.status(), `POST /export/restore as another user: ${await other.text()}`).toBe(422);
    },
  },
  "/import/upload": {
    check: async (a, b, anonymous) => {
      const headers = { ...sameOrigin(), "x-file-name": "people.csv", "content-type": "text/csv" };
      const body = "First Name,Last Name\nIda,Upload\n";
      await expectLogin(await anonymous.post("/import/upload", { data: body, headers, maxRedirects: 0 }), "POST /import/upload");
      const other = await b.request.post("/import/upload", { data: body, headers, maxRedirects: 0 });
      expect(other.status(), "POST /import/upload as another user (their own upload)").toBe(200);
      expectNoTrace(await other.text(), a, "POST /import/upload as another user");
    },
  },
  "/api/calendar/[token]": {
    check: async (a, b, anonymous) => {
      // Public on purpose: the token is the credential. Anything but the exact token is a 404 that says nothing.
      const feed = await anonymous.get(`/api/calendar/${a.calendarToken}.ics`);
      expect(feed.status()).toBe(200);
      expect(await feed.text()).toContain(a.marker);
      for (const token of [`${a.calendarToken}x`, a.calendarToken.slice(0, -1), a.calendarToken.toUpperCase(), a.userId, a.contact, "0".repeat(a.calendarToken.length)]) {
        const refused = await b.request.get(`/api/calendar/${token}.ics`);
        expect(refused.status(), `/api/calendar/${token}.ics`).toBe(404);
        expectNoTrace(await refused.text(), a, `/api/calendar/${token}.ics`);
      }
    },
  },
  "/api/auth/[...nextauth]": {
    check: async (a, b, anonymous) => {
      expect(await (await anonymous.get("/api/auth/session")).json(), "signed out, no session").toEqual({});
      const session = (await (await b.request.get("/api/auth/session")).json()) as { user?: { email?: string } };
      expect(session.user?.email, "each session is its own user's").toBe(b.email);
      // Signing in as A with a wrong password gives no session.
      const outsider = await newContext();
      const { csrfToken } = (await (await outsider.get("/api/auth/csrf")).json()) as { csrfToken: string };
      await outsider.post("/api/auth/callback/credentials", { form: { csrfToken, email: a.email, password: `${a.password}-wrong`, json: "true" }, maxRedirects: 0 });
      expect(await (await outsider.get("/api/auth/session")).json(), "a wrong password signs nobody in").toEqual({});
      await outsider.dispose();
    },
  },
};

// ---------------------------------------------------------------------------------------------------------------

let baseURL = "";
let newContext: () => Promise<APIRequestContext>;

async function signInByRequest(request: APIRequestContext, email: string, password: string) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", { form: { csrfToken, email, password, json: "true" } });
  expect(response.ok(), `signing in ${email} failed with ${response.status()}`).toBe(true);
}

test("every page and route handler found under app/ has an access-control entry", () => {
  const pages = discoverApp("page").map((entry) => entry.pattern);
  const routes = discoverApp("route").map((entry) => entry.pattern);
  expect(pages.filter((pattern) => !PAGES[pattern]), 'pages without an entry: add one to PAGES in tests/e2e/access-control.spec.ts').toEqual([]);
  expect(routes.filter((pattern) => !ROUTES[pattern]), "route handlers without an entry: add one to ROUTES in tests/e2e/access-control.spec.ts").toEqual([]);
  expect(Object.keys(PAGES).filter((pattern) => !pages.includes(pattern)), "entries for pages that no longer exist").toEqual([]);
  expect(Object.keys(ROUTES).filter((pattern) => !routes.includes(pattern)), "entries for routes that no longer exist").toEqual([]);
});

test.describe("access control over HTTP", () => {
  let client: pg.Client;
  let a: World;
  let b: World;
  let anonymous: APIRequestContext;

  test.beforeAll(async ({ playwright }, testInfo) => {
    baseURL = testInfo.project.use.baseURL!;
    newContext = () => playwright.request.newContext({ baseURL });
    client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    const password = "access-control-password";
    const hash = await hashPassword(password);
    const [ownerRows, otherRows] = [await insertWorld(client, "Ada Owner", hash), await insertWorld(client, "Ben Other", hash)];
    a = { ...ownerRows, password, request: await newContext() };
    b = { ...otherRows, password, request: await newContext() };
    await signInByRequest(a.request, a.email, password);
    await signInByRequest(b.request, b.email, password);
    anonymous = await newContext();
  });

  test.afterAll(async () => {
    await Promise.all([a?.request.dispose(), b?.request.dispose(), anonymous?.dispose()]);
    await client?.end();
  });

  test("pages: signed out to /login, another user's ids a 404 or nothing of theirs, the owner served", async () => {
    test.setTimeout(120_000);
    const before = await ownedRows(client, a.userId);
    for (const [pattern, entry] of Object.entries(PAGES)) {
      if ("public" in entry) {
        const response = await anonymous.get(pattern, { maxRedirects: 0 });
        expect(response.status(), `${pattern} signed out`).toBe(200);
        continue;
      }
      const path = entry.path(a);
      await expectLogin(await anonymous.get(path, { maxRedirects: 0 }), path);
      for (const address of [path, ...(entry.mixed?.(a, b) ?? [])]) {
        const response = await b.request.get(address, { maxRedirects: 0 });
        expect(response.status(), `${address} as another user`).toBe(entry.other);
        expectNoTrace(await response.text(), a, `${address} as another user`);
      }
      if (entry.other === 404 || path.includes("?")) {
        const own = await a.request.get(path, { maxRedirects: 0 });
        expect(own.status(), `${path} as the owner`).toBe(200);
        if (entry.other === 404) expect(await own.text(), `${path} as the owner shows their data`).toContain(a.marker);
      }
    }
    expect(await ownedRows(client, a.userId), "the owner's rows after the other user's visits").toEqual(before);
  });

  test("route handlers: signed out to /login, another user gets a 404 or their own data, the feed only with its token", async () => {
    test.setTimeout(60_000);
    const before = await ownedRows(client, a.userId);
    for (const [pattern, entry] of Object.entries(ROUTES)) {
      await test.step(pattern, () => entry.check(a, b, anonymous));
    }
    expect(await ownedRows(client, a.userId), "the owner's rows after the other user's requests").toEqual(before);
  });
});
