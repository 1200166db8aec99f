// Every route answers with the security headers, each page's policy carries a fresh nonce, and the
// session cookie is httpOnly and SameSite=Lax. Routes are found from app/ itself, so a new page or
// route handler without an entry in SAMPLE_PATHS fails this test instead of going unchecked.
import { randomUUID } from "node:crypto";
import { readdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { expect, test, type TestUser } from "./fixtures";

const APP_DIR = path.resolve(import.meta.dirname, "../../app");

/** Every page and route handler under app/, as its URL pattern ("/contacts/[id]/edit"). */
function discoverRoutes(dir = APP_DIR, segments: string[] = []): string[] {
  const routes: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      // Route groups "(app)" do not appear in the URL.
      const segment = /^\(.*\)$/.test(entry.name) ? [] : [entry.name];
      routes.push(...discoverRoutes(path.join(dir, entry.name), [...segments, ...segment]));
    } else if (/^(page|route)\.tsx?$/.test(entry.name)) {
      routes.push(`/${segments.join("/")}`);
    }
  }
  return routes.sort();
}

type World = { contact: string; event: string; template: string; calendarToken: string };

/** A URL to request for each dynamic route; static routes are requested as they are. */
const SAMPLE_PATHS: Record<string, (world: World) => string> = {
  "/api/auth/[...nextauth]": () => "/api/auth/session",
  "/api/calendar/[token]": (world) => `/api/calendar/${world.calendarToken}`,
  "/contacts/[id]": (world) => `/contacts/${world.contact}`,
  "/contacts/[id]/edit": (world) => `/contacts/${world.contact}/edit`,
  "/contacts/[id]/invite": (world) => `/contacts/${world.contact}/invite`,
  "/contacts/[id]/merge": (world) => `/contacts/${world.contact}/merge`,
  "/contacts/[id]/thank": (world) => `/contacts/${world.contact}/thank`,
  "/contacts/[id]/vcard": (world) => `/contacts/${world.contact}/vcard`,
  "/events/[id]": (world) => `/events/${world.event}`,
  "/events/[id]/edit": (world) => `/events/${world.event}/edit`,
  // No invitation received in this world: the page's 404 carries the headers too.
  "/inbox/[id]/reply": (world) => `/inbox/${world.contact}/reply`,
  "/templates/[id]/edit": (world) => `/templates/${world.template}/edit`,
  "/export/[file]": () => "/export/contacts.csv",
};

async function createWorld(user: TestUser): Promise<World> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT id, "calendarToken" FROM "User" WHERE email = $1`, [user.email]);
    const owner = rows[0].id as string;
    const world = { contact: randomUUID(), event: randomUUID(), template: randomUUID(), calendarToken: rows[0].calendarToken as string };
    await client.query(`INSERT INTO "Contact" (id, "ownerId", "firstName", "lastName", "updatedAt") VALUES ($1, $2, 'Nadia', 'Petrova', now())`, [world.contact, owner]);
    await client.query(`INSERT INTO "Event" (id, "ownerId", name, "startsOn", "updatedAt") VALUES ($1, $2, 'Design Systems Summit', now(), now())`, [world.event, owner]);
    await client.query(
      `INSERT INTO "Template" (id, "ownerId", kind, name, body, "updatedAt") VALUES ($1, $2, 'INVITATION', 'Met at an event', 'Hi {firstName}', now())`,
      [world.template, owner],
    );
    return world;
  } finally {
    await client.end();
  }
}

function expectSecurityHeaders(headers: Record<string, string>, url: string) {
  const policy = headers["content-security-policy"] ?? "";
  expect(policy, `${url}: Content-Security-Policy`).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'(;|$)/);
  expect(policy, `${url}: no eval, no inline script`).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
  expect(policy, `${url}: frame-ancestors`).toContain("frame-ancestors 'none'");
  expect(headers["referrer-policy"], `${url}: Referrer-Policy`).toBe("strict-origin-when-cross-origin");
  expect(headers["x-content-type-options"], `${url}: X-Content-Type-Options`).toBe("nosniff");
  expect(headers["permissions-policy"], `${url}: Permissions-Policy`).toContain("camera=()");
  // Served over http://localhost here: no HSTS (lib/security/headers.test.ts covers HTTPS).
  expect(headers["strict-transport-security"], `${url}: HSTS over HTTP`).toBeUndefined();
}

test("every page and route handler sends the security headers, signed in or not", async ({ page, signedIn, playwright, baseURL }) => {
  const routes = discoverRoutes();
  const dynamic = routes.filter((route) => route.includes("["));
  expect(dynamic.filter((route) => !SAMPLE_PATHS[route]), "dynamic routes without an entry in SAMPLE_PATHS").toEqual([]);
  const world = await createWorld(signedIn);
  const anonymous = await playwright.request.newContext({ baseURL });

  for (const route of routes) {
    const url = SAMPLE_PATHS[route]?.(world) ?? route;
    // GET only: POST-only handlers (import upload, restore) answer 405 here, with the headers all the same.
    const response = await page.request.get(url, { maxRedirects: 0 });
    expect(response.status(), `${url} signed in`).toBeLessThan(500);
    expectSecurityHeaders(response.headers(), `${url} signed in`);
    const outsider = await anonymous.get(url, { maxRedirects: 0 });
    expect(outsider.status(), `${url} signed out`).toBeLessThan(500);
    expectSecurityHeaders(outsider.headers(), `${url} signed out`);
  }
  await anonymous.dispose();
});

test("each page gets a nonce of its own, and the page works under the policy", async ({ page, signedIn }) => {
  const policies = new Set<string>();
  for (let i = 0; i < 3; i++) {
    const response = await page.goto("/today");
    policies.add(response!.headers()["content-security-policy"]!);
  }
  expect(policies.size).toBe(3);
  // The page hydrated under the policy (the fixture also fails any test on a policy violation).
  await page.getByRole("button", { name: `Account: ${signedIn.name}` }).click();
  await expect(page.getByRole("menuitem", { name: "Sign out" })).toBeVisible();
});

test("the session cookie is httpOnly and SameSite=Lax", async ({ page, signedIn }) => {
  expect(signedIn.email).toBeTruthy();
  const cookie = (await page.context().cookies()).find((entry) => entry.name.includes("next-auth.session-token"));
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
});
