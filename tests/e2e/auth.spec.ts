import { expect, signIn, signOut, signUp, test } from "./fixtures";

test("a visitor signs up, signs out and signs back in", async ({ page, user }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Create your account" }).click();
  await signUp(page, user);
  // Signed in, home is what needs doing today.
  await expect(page.getByRole("heading", { name: "Today", exact: true })).toBeVisible();
  await page.getByRole("link", { name: "Contacts", exact: true }).click();
  await expect(page.getByText("No contacts yet")).toBeVisible();

  await signOut(page);
  await page.goto("/contacts");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fcontacts/);

  await signIn(page, user);
  await expect(page.getByRole("button", { name: `Account: ${user.name}` })).toBeVisible();
});

test("sign-up explains what is wrong and creates no account", async ({ page, user }) => {
  await page.goto("/signup");
  await page.getByLabel("Name").fill(user.name);
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(page.getByText("Enter a valid email, like name@example.com.")).toBeVisible();
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible();
  await expect(page.getByLabel("Name")).toHaveValue(user.name);

  await page.goto("/login");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "That email and password do not match an account." })).toBeVisible();
});

test("a wrong password is refused", async ({ page, signedIn }) => {
  await signOut(page);
  await page.getByLabel("Email").fill(signedIn.email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "That email and password do not match an account." })).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

test("after signing in, a link's callbackUrl leads to that page of Rapport", async ({ page, signedIn, baseURL }) => {
  await signOut(page);
  await page.goto("/contacts?archived=1");
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await page.getByLabel("Email").fill(signedIn.email);
  await page.getByLabel("Password").fill(signedIn.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${baseURL}/contacts?archived=1`);
  await expect(page.getByRole("heading", { name: "Archived contacts", exact: true })).toBeVisible();
});

test("a callbackUrl to another site is ignored: signing in lands on Today, on Rapport", async ({ page, signedIn, baseURL }) => {
  // Had the browser been sent away, it would show this page instead of failing on a name that does not resolve.
  await page.route((url) => url.hostname === "evil.example", (route) => route.fulfill({ contentType: "text/html", body: "<title>Elsewhere</title><h1>Elsewhere</h1>" }));
  await signOut(page);
  for (const callbackUrl of ["/%5Cevil.example", "/%09/evil.example"]) {
    await page.goto(`/login?callbackUrl=${callbackUrl}`);
    await page.getByLabel("Email").fill(signedIn.email);
    await page.getByLabel("Password").fill(signedIn.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page, `signing in from /login?callbackUrl=${callbackUrl}`).toHaveURL(`${baseURL}/today`);
    await expect(page.getByRole("heading", { name: "Today", exact: true })).toBeVisible();
    await signOut(page);
  }
});

test("after 10 wrong passwords the login page refuses for a while, even the right password", async ({ page, signedIn }) => {
  test.setTimeout(90_000); // twelve argon2id checks on a busy machine
  await signOut(page);
  const alert = page.getByRole("main").getByRole("alert"); // the form's, not Next's route announcer
  await page.getByLabel("Email").fill(signedIn.email);
  const attempt = async (password: string) => {
    // The previous attempt is over; a refused attempt keeps the email, so only the password is typed again.
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
    await expect(page.getByLabel("Email")).toHaveValue(signedIn.email);
    await page.getByLabel("Password").fill(password);
    await Promise.all([
      page.waitForResponse((response) => response.url().includes("/api/auth/callback/credentials")),
      page.getByRole("button", { name: "Sign in" }).click(),
    ]);
  };
  for (let i = 1; i <= 10; i++) {
    await attempt(`wrong password ${i}`);
    await expect(alert).toHaveText("That email and password do not match an account.");
  }
  // The window started at the first failure, less than a minute ago.
  await attempt("wrong password 11");
  await expect(alert).toHaveText("Too many attempts. Try again in 15 minutes.");
  await attempt(signedIn.password);
  await expect(alert).toHaveText("Too many attempts. Try again in 15 minutes.");
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/contacts");
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
});

test("before the page is interactive, sign-in and sign-up cannot send the password anywhere, and a refused sign-in keeps the email", async ({ browser, page, signedIn }) => {
  // The pages as they arrive, before their scripts run: the buttons are disabled, and Enter in a field submits nothing.
  const early = await browser.newContext({ javaScriptEnabled: false });
  const earlyPage = await early.newPage();
  for (const [path, button] of [["/login", "Sign in"], ["/signup", "Sign up"]] as const) {
    await earlyPage.goto(path);
    await expect(earlyPage.getByRole("button", { name: button })).toBeDisabled();
    await earlyPage.getByLabel("Email").fill(signedIn.email);
    await earlyPage.getByLabel("Password").fill("typed-too-early");
    await earlyPage.getByLabel("Password").press("Enter");
    await expect(earlyPage).toHaveURL(new RegExp(`${path}$`));
  }
  await early.close();

  await signOut(page);
  await page.getByLabel("Email").fill(signedIn.email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("That email and password do not match an account.");
  await expect(page.getByLabel("Email")).toHaveValue(signedIn.email);
  await page.getByLabel("Password").fill(signedIn.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Today", exact: true })).toBeVisible();
});
