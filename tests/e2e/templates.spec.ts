import type { Page } from "@playwright/test";
import { expect, signUp, test } from "./fixtures";

test("write a template with inserted placeholders, preview it, edit it and delete it", async ({ page, signedIn }) => {
  void signedIn;
  await page.goto("/templates");
  await expect(page.getByRole("tab", { name: "Invitations", selected: true })).toBeVisible();
  await expect(page.getByText("No invitation templates of your own yet")).toBeVisible();
  await expect(page.getByRole("article", { name: "Met at an event" })).toBeVisible();

  await page.getByRole("link", { name: "New template" }).click();
  await expect(page).toHaveURL(/\/templates\/new\?kind=INVITATION$/);
  await page.getByLabel("Name").fill("Conference follow-up");
  await expect(page.getByRole("combobox", { name: "Kind" })).toHaveValue("INVITATION");

  // Each inserted placeholder lands at the cursor, and typing carries on after it.
  const text = page.getByRole("textbox", { name: "Text" });
  await text.click();
  await page.keyboard.type("Hi ");
  await page.getByRole("button", { name: "Insert {firstName}" }).click();
  await page.keyboard.type(", great to meet you at ");
  await page.getByRole("button", { name: "Insert {eventName}" }).click();
  await page.keyboard.type("!");
  await expect(text).toHaveValue("Hi {firstName}, great to meet you at {eventName}!");

  const preview = page.getByRole("region", { name: "Preview" });
  await expect(preview.getByText("Hi Priya, great to meet you at Product Leaders Summit!", { exact: true })).toBeVisible();
  await expect(preview.getByRole("listitem").filter({ hasText: "To fix: Gives a reason to connect" })).toBeVisible();

  // Put the cursor before the "!" and add a reason there.
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.type(". I'd love to swap notes on ");
  await page.getByRole("button", { name: "Insert {topic}" }).click();
  await expect(text).toHaveValue("Hi {firstName}, great to meet you at {eventName}. I'd love to swap notes on {topic}!");
  await expect(preview.getByText("Personal", { exact: true })).toBeVisible();
  await expect(preview.getByRole("listitem").filter({ hasText: "To fix:" })).toHaveCount(0);

  await page.getByRole("button", { name: "Save template" }).click();
  await expect(page).toHaveURL(/\/templates\?kind=INVITATION$/);
  await expect(page.getByText("Template saved", { exact: true })).toBeVisible();
  const card = page.getByRole("article", { name: "Conference follow-up" });
  await expect(card).toContainText("Hi {firstName}, great to meet you at {eventName}. I'd love to swap notes on {topic}!");

  // Edit: it becomes a thank-you, which the coach does not score.
  await card.getByRole("link", { name: /^Edit/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Edit Conference follow-up" })).toBeVisible();
  await page.getByLabel("Name").fill("Thanks after the summit");
  await page.getByRole("combobox", { name: "Kind" }).selectOption("THANK_YOU");
  await page.getByRole("textbox", { name: "Text" }).fill("Thanks for connecting, {firstName}! Let's keep in touch. ");
  await page.getByRole("button", { name: "Insert {myFirstName}" }).click();
  await expect(page.getByRole("list", { name: "Checklist" })).toHaveCount(0);
  await expect(preview.getByText("Thanks for connecting, Priya! Let's keep in touch. Sam", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Save template" }).click();

  await expect(page).toHaveURL(/\/templates\?kind=THANK_YOU$/);
  await expect(page.getByRole("tab", { name: "Thank-yous", selected: true })).toBeVisible();
  const edited = page.getByRole("article", { name: "Thanks after the summit" });
  await expect(edited).toContainText("Thanks for connecting, {firstName}! Let's keep in touch. {myFirstName}");
  await page.getByRole("tab", { name: "Invitations" }).click();
  await expect(page.getByText("No invitation templates of your own yet")).toBeVisible();
  await page.getByRole("tab", { name: "Thank-yous" }).click();

  // Delete after a confirmation; "Undo" brings it back; delete it again.
  await edited.getByRole("button", { name: /^Delete/ }).click();
  const dialog = page.getByRole("dialog", { name: "Delete Thanks after the summit?" });
  await dialog.getByRole("button", { name: "Keep template" }).click();
  await expect(edited).toBeVisible();
  await edited.getByRole("button", { name: /^Delete/ }).click();
  await dialog.getByRole("button", { name: "Delete template" }).click();
  await expect(page.getByText("Thanks after the summit was deleted.", { exact: true })).toBeVisible();
  await expect(page.getByText("No thank-you templates of your own yet")).toBeVisible();
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("article", { name: "Thanks after the summit" })).toBeVisible();

  await page.getByRole("article", { name: "Thanks after the summit" }).getByRole("button", { name: /^Delete/ }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete template" }).click();
  await expect(page.getByText("No thank-you templates of your own yet")).toBeVisible();
  await page.reload();
  await expect(page.getByText("No thank-you templates of your own yet")).toBeVisible();
});

async function expectNoHorizontalScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
}

test("a built-in is copied to be edited; unknown placeholders are refused beside the text", async ({ page, signedIn }) => {
  void signedIn;
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/templates?kind=REPLY");
  await expectNoHorizontalScroll(page);
  const starter = page.getByRole("article", { name: "Reply to a stranger" });
  await expect(starter.getByText("Built-in")).toBeVisible();
  await expect(starter.getByRole("link", { name: /^Edit/ })).toHaveCount(0);
  await expect(starter.getByRole("button", { name: /^Delete/ })).toHaveCount(0);
  await starter.getByRole("link", { name: /^Copy and edit/ }).click();

  await expect(page.getByLabel("Name")).toHaveValue("Reply to a stranger (copy)");
  await expect(page.getByRole("combobox", { name: "Kind" })).toHaveValue("REPLY");
  await expectNoHorizontalScroll(page);
  const text = page.getByRole("textbox", { name: "Text" });
  await text.fill("Hi {firstName}, which {city} are you in?");
  await page.getByRole("button", { name: "Save template" }).click();
  await expect(page.getByText(/Rapport cannot fill \{city\}\. Use only \{firstName\}/)).toBeVisible();
  await expect(text).toHaveAttribute("aria-invalid", "true");
  await expect(text).toHaveValue("Hi {firstName}, which {city} are you in?");
  await expect(page.getByLabel("Name")).toHaveValue("Reply to a stranger (copy)");
  await expect(page.getByRole("combobox", { name: "Kind" })).toHaveValue("REPLY");

  await text.fill("Hi {firstName}, which city are you in?");
  await page.getByRole("button", { name: "Save template" }).click();
  await expect(page).toHaveURL(/\/templates\?kind=REPLY$/);
  await expect(page.getByRole("article", { name: "Reply to a stranger (copy)" })).toContainText("which city are you in?");
  // The built-in itself is unchanged.
  await expect(page.getByRole("article", { name: "Reply to a stranger", exact: true })).toContainText("what made you reach out?");
});

test("another user's template is a 404, and so is a template that does not exist", async ({ browser, page, signedIn }) => {
  void signedIn;
  await page.goto("/templates/new?kind=INVITATION");
  await page.getByLabel("Name").fill("Private opener");
  await page.getByRole("textbox", { name: "Text" }).fill("Hi {firstName}, only mine");
  await page.getByRole("button", { name: "Save template" }).click();
  const card = page.getByRole("article", { name: "Private opener" });
  await card.getByRole("link", { name: /^Edit/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Edit Private opener" })).toBeVisible();
  const editUrl = new URL(page.url()).pathname;

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  const suffix = Math.random().toString(36).slice(2, 10);
  await signUp(otherPage, { name: "Other User", email: `other-${suffix}@e2e.rapport.local`, password: `password-${suffix}` });
  const templateId = editUrl.split("/")[2];
  for (const path of [editUrl, `/templates/new?copy=${templateId}`, "/templates/not-a-template/edit"]) {
    const response = await otherPage.goto(path);
    expect(response?.status()).toBe(404);
    await expect(otherPage.getByRole("heading", { name: "Page not found" })).toBeVisible();
  }
  await otherPage.goto("/templates");
  await expect(otherPage.getByText("Private opener")).toHaveCount(0);
  await other.close();
});
