// Browser tests: Debian's Chromium against the built app (`next start`), on a database that
// scripts/test.ts created for this run and passes in DATABASE_URL.
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  // One worker: on two cores the server, Chromium and axe already use both; two workers were slower.
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  // Artifacts in their own folder: Playwright empties it, and test-results/ also holds vitest reports.
  // A run on another port (E2E_PORT) is another run: it gets its own folders so neither empties the other's.
  outputDir: process.env.E2E_PORT ? `test-results/e2e-${port}` : "test-results/e2e",
  reporter: [["list"], ["json", { outputFile: process.env.E2E_PORT ? `test-results/e2e-${port}.json` : "test-results/e2e.json" }]],
  use: {
    baseURL,
    // Recording a trace costs every test time; CI keeps no artifacts, so it records none.
    trace: process.env.CI ? "off" : "retain-on-failure",
    screenshot: "only-on-failure",
    // The app honours reduced motion (globals.css): a menu is fully drawn at once, so axe never measures the
    // contrast of a half-faded item while a test opens a menu as a page's scan runs.
    contextOptions: { reducedMotion: "reduce" },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: `node_modules/.bin/next start -p ${port}`,
    url: `${baseURL}/login`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      DATABASE_URL: process.env.DATABASE_URL ?? "",
      NEXTAUTH_URL: baseURL,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "rapport-e2e-secret-not-for-production",
      NEXT_TELEMETRY_DISABLED: "1",
      // Lets a test set the server's "now" with the rapport-test-now cookie (lib/dates/clock.ts); never set elsewhere.
      RAPPORT_TEST_CLOCK: "1",
      // The suite signs up hundreds of users from this one address and fails sign-ins on purpose: sign-ups are not
      // limited here and the per-address sign-in limit is generous. The per-account limit (10 failures in 15 minutes,
      // always on) stays, and auth.spec.ts proves it.
      RAPPORT_SIGNUP_LIMIT_PER_ADDRESS: "0",
      RAPPORT_SIGNIN_LIMIT_PER_ADDRESS: "1000",
    },
  },
});
