// Browser-test fixtures: every test gets its own freshly signed-up user, and every page the test
// visits is checked with axe; serious or critical accessibility violations fail the test.
import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

export type TestUser = { name: string; email: string; password: string };

type Violation = { url: string; id: string; impact: string; help: string; targets: string[] };

async function scan(page: Page, violations: Violation[]) {
  const url = page.url();
  try {
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    for (const violation of results.violations) {
      if (violation.impact === "serious" || violation.impact === "critical") {
        violations.push({ url, id: violation.id, impact: violation.impact, help: violation.help, targets: violation.nodes.map((node) => node.target.join(" ")) });
      }
    }
  } catch (error) {
    // The test navigated on while axe was running; the next page gets its own scan.
    if (!/Execution context was destroyed|Target page, context or browser has been closed|navigat/i.test(String(error))) throw error;
  }
}

export const test = base.extend<{ user: TestUser; signedIn: TestUser; accessibility: void }>({
  accessibility: [
    async ({ page }, use) => {
      const violations: Violation[] = [];
      const scanned = new Set<string>();
      const pending: Promise<void>[] = [];
      page.on("load", () => {
        const path = new URL(page.url()).pathname;
        if (scanned.has(path)) return;
        scanned.add(path);
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

  signedIn: async ({ page, user }, use) => {
    await signUp(page, user);
    await use(user);
  },
});

export async function signUp(page: Page, user: TestUser) {
  await page.goto("/signup");
  await page.getByLabel("Name").fill(user.name);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(page).toHaveURL(/\/contacts$/);
}

export async function signIn(page: Page, user: Pick<TestUser, "email" | "password">) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/contacts$/);
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: /^Account:/ }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
}

export { expect };
