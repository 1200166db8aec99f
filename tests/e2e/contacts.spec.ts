import { expect, signUp, test } from "./fixtures";

test("create, edit and delete a contact", async ({ page, signedIn }) => {
  void signedIn;
  await page.getByRole("link", { name: "Add your first contact" }).click();
  await page.getByLabel("First name").fill("Colleen");
  await page.getByLabel("Last name").fill("Murphy");
  await page.getByLabel("Company").fill("Northwind Health");
  await page.getByLabel("LinkedIn URL").fill("linkedin.com/in/colleen-murphy?utm_source=share");
  await page.getByLabel("Tags").fill("healthcare, product");
  await page.getByLabel("Notes").fill("Met at the AMA Leadership Summit.");
  await page.getByRole("button", { name: "Save contact" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Colleen Murphy" })).toBeVisible();
  await expect(page.getByRole("link", { name: /linkedin\.com\/in\/colleen-murphy/ })).toHaveAttribute("href", "https://www.linkedin.com/in/colleen-murphy");
  await expect(page.getByText("Met at the AMA Leadership Summit.")).toBeVisible();

  await page.getByRole("link", { name: "Edit" }).click();
  await page.getByLabel("Title").fill("VP Product");
  await page.getByRole("button", { name: "Save contact" }).click();
  await expect(page.getByText("VP Product at Northwind Health")).toBeVisible();

  await page.getByRole("link", { name: "Contacts" }).click();
  await expect(page.getByRole("link", { name: /Colleen Murphy/ })).toBeVisible();
  await page.getByRole("link", { name: /Colleen Murphy/ }).click();

  await page.getByRole("button", { name: "Delete contact" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete Colleen Murphy?" });
  await dialog.getByRole("button", { name: "Delete contact" }).click();
  await expect(page).toHaveURL(/\/contacts$/);
  await expect(page.getByText("Colleen Murphy was deleted.", { exact: true })).toBeVisible();
  await expect(page.getByText("No contacts yet")).toBeVisible();
});

test("an edit form's notes cannot be typed into until the page is ready, so loading never replaces what was typed", async ({ browser, context, page, signedIn }) => {
  void signedIn;
  await page.goto("/contacts/new");
  await page.getByLabel("First name").fill("Rosa");
  await page.getByLabel("Notes").fill("Runs the Lisbon design meetup.");
  await page.getByRole("button", { name: "Save contact" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Rosa" })).toBeVisible();
  await page.getByRole("link", { name: "Edit" }).click();
  await expect(page).toHaveURL(/\/edit$/);
  const editPath = new URL(page.url()).pathname;

  // The page as it arrives, before its scripts run: the saved notes are shown read-only (hydration would put them
  // back over anything typed), while an empty field can be typed into at once.
  const early = await browser.newContext({ javaScriptEnabled: false, storageState: await context.storageState() });
  const earlyPage = await early.newPage();
  await earlyPage.goto(editPath);
  await expect(earlyPage.getByLabel("Notes")).toHaveValue("Runs the Lisbon design meetup.");
  await expect(earlyPage.getByLabel("Notes")).not.toBeEditable();
  await expect(earlyPage.getByLabel("Company")).toBeEditable();
  await early.close();

  // Once it is ready, the notes are editable and the edit is saved.
  const notes = page.getByLabel("Notes");
  await expect(notes).toBeEditable();
  await notes.fill("Runs the Lisbon design meetup; loves type design.");
  await page.getByRole("button", { name: "Save contact" }).click();
  await expect(page.getByText("Runs the Lisbon design meetup; loves type design.")).toBeVisible();
});

test("invalid input shows errors beside the fields and saves nothing", async ({ page, signedIn }) => {
  void signedIn;
  await page.goto("/contacts/new");
  await page.getByLabel("Company").fill("Nameless Inc");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("LinkedIn URL").fill("https://example.com/someone");
  await page.getByRole("button", { name: "Save contact" }).click();

  await expect(page.getByLabel("First name")).toHaveAccessibleDescription(/Enter a first or last name\./);
  await expect(page.getByLabel("Email")).toHaveAccessibleDescription(/Enter a valid email/);
  await expect(page.getByLabel("LinkedIn URL")).toHaveAccessibleDescription(/Enter a LinkedIn profile URL/);
  await expect(page.getByLabel("Company")).toHaveValue("Nameless Inc");

  await page.goto("/contacts");
  await expect(page.getByText("No contacts yet")).toBeVisible();
});

test("a second contact with the same LinkedIn profile is refused with a link to the first", async ({ page, signedIn }) => {
  void signedIn;
  await page.goto("/contacts/new");
  await page.getByLabel("First name").fill("Jane");
  await page.getByLabel("LinkedIn URL").fill("https://www.linkedin.com/in/jane-doe/");
  await page.getByRole("button", { name: "Save contact" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Jane" })).toBeVisible();

  await page.goto("/contacts/new");
  await page.getByLabel("First name").fill("Jane D.");
  await page.getByLabel("LinkedIn URL").fill("m.linkedin.com/in/Jane-Doe");
  await page.getByRole("button", { name: "Save contact" }).click();
  await expect(page.getByLabel("LinkedIn URL")).toHaveAccessibleDescription(/Jane already has this LinkedIn URL/);
  await page.getByRole("link", { name: "Open Jane" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Jane" })).toBeVisible();
});

test("another user's contact is a 404, and its edit page too", async ({ browser, page, signedIn }) => {
  void signedIn;
  await page.goto("/contacts/new");
  await page.getByLabel("First name").fill("Private");
  await page.getByLabel("Notes").fill("Only mine");
  await page.getByRole("button", { name: "Save contact" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Private" })).toBeVisible();
  const contactUrl = new URL(page.url()).pathname;

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  const suffix = Math.random().toString(36).slice(2, 10);
  await signUp(otherPage, { name: "Other User", email: `other-${suffix}@e2e.rapport.local`, password: `password-${suffix}` });
  for (const path of [contactUrl, `${contactUrl}/edit`]) {
    const response = await otherPage.goto(path);
    expect(response?.status()).toBe(404);
    await expect(otherPage.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(otherPage.getByText("Only mine")).toHaveCount(0);
  }
  await other.close();
});

test("the contact list works on a 375 px phone without sideways scrolling", async ({ page, signedIn }) => {
  void signedIn;
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto("/contacts/new");
  await page.getByLabel("First name").fill("Aiko");
  await page.getByLabel("Last name").fill("Tanaka-Featherstonehaugh");
  await page.getByLabel("Company").fill("A design studio with a remarkably long company name");
  await page.getByRole("button", { name: "Save contact" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Aiko Tanaka-Featherstonehaugh" })).toBeVisible();
  await page.goto("/contacts");
  for (const path of ["/contacts", "/contacts/new"]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
  }
});
