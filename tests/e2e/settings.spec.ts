import type { Browser } from "@playwright/test";
import { expect, signIn, test, type TestUser } from "./fixtures";

test.use({ timezoneId: "Asia/Tokyo" });

test("change the note limit to 200 and the timezone; both are still there after a reload", async ({ page, signedIn }) => {
  await page.goto("/settings");
  await expect(page.getByLabel("Name")).toHaveValue(signedIn.name);
  const limits = page.getByRole("group", { name: "Note limit" });
  await expect(limits).toContainText("LinkedIn limits the note");
  await expect(limits.getByRole("radio", { name: "300 characters (LinkedIn Premium)" })).toBeChecked();
  const timezone = page.getByRole("combobox", { name: "Timezone" });
  await expect(timezone).toHaveValue("UTC");

  await limits.getByRole("radio", { name: "200 characters (free accounts)" }).check();
  await page.getByRole("button", { name: "Use this device's timezone" }).click();
  await expect(timezone).toHaveValue("Asia/Tokyo");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved", { exact: true })).toBeVisible();

  await page.reload();
  await expect(page.getByRole("radio", { name: "200 characters (free accounts)" })).toBeChecked();
  await expect(page.getByRole("radio", { name: "300 characters (LinkedIn Premium)" })).not.toBeChecked();
  await expect(page.getByRole("combobox", { name: "Timezone" })).toHaveValue("Asia/Tokyo");

  // The template editor measures invitations against the new limit.
  await page.goto("/templates/new");
  await page.getByRole("textbox", { name: "Text" }).fill("Hi {firstName}");
  await expect(page.getByRole("region", { name: "Preview" }).getByText("8 / 200")).toBeVisible();
});

test("settings refuse an empty name beside the field and keep what was chosen", async ({ page, signedIn }) => {
  await page.goto("/settings");
  await page.getByLabel("Name").fill("   ");
  await page.getByRole("radio", { name: "200 characters (free accounts)" }).check();
  await page.getByRole("combobox", { name: "Timezone" }).selectOption("Europe/Berlin");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Enter your name.")).toBeVisible();
  await expect(page.getByLabel("Name")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("radio", { name: "200 characters (free accounts)" })).toBeChecked();
  await expect(page.getByRole("combobox", { name: "Timezone" })).toHaveValue("Europe/Berlin");

  await page.reload();
  await expect(page.getByLabel("Name")).toHaveValue(signedIn.name);
  await expect(page.getByRole("radio", { name: "300 characters (LinkedIn Premium)" })).toBeChecked();
  await expect(page.getByRole("combobox", { name: "Timezone" })).toHaveValue("UTC");
});

/** A second browser (its own cookies) signed in as `user` through the sign-in form. */
async function signInElsewhere(browser: Browser, user: TestUser) {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const other = await context.newPage();
  await signIn(other, user);
  return { other, close: () => context.close() };
}

test("Sign out everywhere signs out every browser, this one included", async ({ page, signedIn, browser }) => {
  const { other, close } = await signInElsewhere(browser, signedIn);
  await page.goto("/settings");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  const dialog = page.getByRole("dialog", { name: "Sign out everywhere?" });
  await dialog.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/login\?notice=signed-out-everywhere$/);
  await expect(page.getByText("You are signed out on every browser and device, this one included. Sign in again to continue.")).toBeVisible();
  await page.goto("/today");
  await expect(page).toHaveURL(/\/login/);

  await other.getByRole("link", { name: "Contacts", exact: true }).click();
  await expect(other).toHaveURL(/\/login/);
  await expect(other.getByRole("button", { name: "Sign in" })).toBeVisible();
  await close();
});

test("Change password needs the current one, signs out the other browsers and keeps this one", async ({ page, signedIn, browser }) => {
  const { other, close } = await signInElsewhere(browser, signedIn);
  const newPassword = `${signedIn.password}-changed`;
  await page.goto("/settings");
  await page.getByLabel("Current password").fill("not my password");
  await page.getByLabel("New password").fill(newPassword);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("That is not your current password. Nothing was changed.")).toBeVisible();
  await other.reload();
  await expect(other).toHaveURL(/\/today$/);

  await page.getByLabel("Current password").fill(signedIn.password);
  await page.getByLabel("New password").fill(newPassword);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Password changed. Every other browser and device is signed out.", { exact: true })).toBeVisible();
  await page.reload();
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByRole("heading", { name: "Settings" })).toBeVisible();

  await other.reload();
  await expect(other).toHaveURL(/\/login/);
  await other.getByLabel("Email").fill(signedIn.email);
  await other.getByLabel("Password").fill(signedIn.password);
  await other.getByRole("button", { name: "Sign in" }).click();
  await expect(other.getByRole("alert").filter({ hasText: "That email and password do not match an account." })).toBeVisible();
  await signIn(other, { email: signedIn.email, password: newPassword });
  await close();
});

test("Delete account asks for the password, deletes the account and signs out; the email no longer signs in", async ({ page, signedIn }) => {
  await page.goto("/settings");
  await expect(page.getByRole("link", { name: "Download everything" })).toHaveAttribute("href", "/export/backup.json");
  await page.getByRole("button", { name: "Delete account" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete your account?" });
  await expect(dialog).toContainText("This cannot be undone");
  await dialog.getByRole("button", { name: "Keep my account" }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole("button", { name: "Delete account" }).click();
  await dialog.getByLabel("Password").fill("not my password");
  await dialog.getByRole("button", { name: "Delete account" }).click();
  await expect(dialog.getByText("That is not your password. Nothing was deleted.")).toBeVisible();
  await dialog.getByLabel("Password").fill(signedIn.password);
  await dialog.getByRole("button", { name: "Delete account" }).click();
  await expect(page).toHaveURL(/\/login\?notice=account-deleted$/);
  await expect(page.getByText("Your account and everything in it have been deleted. You have been signed out.")).toBeVisible();

  await page.getByLabel("Email").fill(signedIn.email);
  await page.getByLabel("Password").fill(signedIn.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "That email and password do not match an account." })).toBeVisible();
});
