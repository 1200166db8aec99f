// Browser-test fixtures: every test gets its own freshly signed-up user, and every page the test
// visits is checked with axe; serious or critical accessibility violations fail the test.
import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type APIRequestContext, type Page } from "@playwright/test";
import pg from "pg";
import { hashPassword } from "../../lib/auth/password";

export type TestUser = { name: string; email: string; password: string };

type Violation = { url: string; id: string; impact: string; help: string; targets: string[] };

async function scan(page: Page, violations: Violation[]) {
  const url = page.url();
  try {
    // Next.js streams a dynamic page's metadata: the <title> may arrive just after "load".
    await page.waitForFunction(() => document.title !== "", undefined, { timeout: 10_000 }).catch(() => {});
    // The test navigated on meanwhile: axe would scan the next page half-loaded under this one's address. That page
    // gets its own scan (on its load, or as the test's final page).
    if (page.url() !== url) return;
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    for (const violation of results.violations) {
      if (violation.impact === "serious" || violation.impact === "critical") {
        violations.push({ url, id: violation.id, impact: violation.impact, help: violation.help, targets: violation.nodes.map((node) => node.target.join(" ")) });
      }
    }
  } catch (error) {
    // The test navigated on while axe was running; the next page gets its own scan.
    if (!/Execution context was destroyed|Target page, context or browser has been closed|navigat|runPartial/i.test(String(error))) throw error;
  }
}

// Each route is scanned the first time this worker sees it (ids folded, so /contacts/a and
// /contacts/b are one route), and every test's final page is scanned too: that is where the
// states a test produced (errors shown, lists filled) are. Scanning every load of every test
// doubled the suite's time on two cores.
const scannedRoutes = new Set<string>();
const routeOf = (url: string) => new URL(url).pathname.replace(/\/c[a-z0-9]{20,}(?=\/|$)/g, "/:id");

export const test = base.extend<{ user: TestUser; signedIn: TestUser; accessibility: void; contentSecurity: void }>({
  // Every test also proves the pages it visits work under the Content-Security-Policy: the browser
  // reports each blocked script, style or connection on the console, and any such report fails it.
  contentSecurity: [
    async ({ page }, use) => {
      const violations: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error" && /Content Security Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
      });
      await use();
      expect(violations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],

  accessibility: [
    async ({ page }, use) => {
      const violations: Violation[] = [];
      const pending: Promise<void>[] = [];
      page.on("load", () => {
        const route = routeOf(page.url());
        if (scannedRoutes.has(route)) return;
        scannedRoutes.add(route);
        pending.push(scan(page, violations));
      });
      await use();
      await Promise.all(pending);
      if (!page.isClosed()) await scan(page, violations);
      const unique = [...new Map(violations.map((violation) => [`${violation.url}|${violation.id}`, violation])).values()];
      expect(unique, `accessibility violations:\n${unique.map((v) => `${v.impact} ${v.id} on ${v.url}: ${v.help} (${v.targets.join(", ")})`).join("\n")}`).toEqual([]);
    },
    { auto: true },
  ],

  user: async ({}, use) => {
    const id = randomUUID().slice(0, 8);
    await use({ name: `Test User ${id}`, email: `user-${id}@e2e.rapport.local`, password: `password-${id}` });
  },

  // Signing up through the form is tested once (auth.spec.ts); other tests start signed in faster:
  // the account is written to the test database and the session comes from next-auth's endpoint.
  signedIn: async ({ page, user }, use) => {
    await createAccount(user);
    await signInByRequest(page.request, user);
    await page.goto("/contacts");
    await use(user);
  },
});

async function createAccount(user: TestUser) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "User" (id, email, name, "passwordHash", "calendarToken", "updatedAt") VALUES ($1, $2, $3, $4, $5, now())`,
      [randomUUID(), user.email, user.name, await hashPassword(user.password), randomUUID()],
    );
  } finally {
    await client.end();
  }
}

/** Signs in through next-auth's credentials endpoint; the session cookie lands in the page's context. */
async function signInByRequest(request: APIRequestContext, user: TestUser) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: user.email, password: user.password, json: "true" },
  });
  expect(response.ok(), `signing in ${user.email} failed with ${response.status()}`).toBe(true);
}

export async function signUp(page: Page, user: TestUser) {
  await page.goto("/signup");
  await page.getByLabel("Name").fill(user.name);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(page).toHaveURL(/\/today$/);
}

export async function signIn(page: Page, user: Pick<TestUser, "email" | "password">) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/today$/);
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: /^Account:/ }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
}

/** A query on the test database (tests that set up what the UI cannot, such as a day in the past). */
export async function sql(query: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(query, params)).rows;
  } finally {
    await client.end();
  }
}

/** An id shaped like the app's own (a cuid's "c" and 32 more characters). */
export const newId = () => `c${randomUUID().replaceAll("-", "")}`;

export { expect };
