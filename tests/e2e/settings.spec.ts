import { expect, test } from "./fixtures";

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
