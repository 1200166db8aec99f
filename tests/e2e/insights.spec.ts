// /insights: the received breakdown from an imported Invitations.csv, and the page on a phone (no horizontal scroll,
// axe-clean through the fixtures) refusing a period that ends before it starts.
import { expect, test } from "./fixtures";

// Four invitations received — two with LinkedIn's default text (one without a note at all), one with only a greeting
// added, one personal — and one sent, which counts under "Sent", not "Received".
const INVITATIONS_CSV = [
  "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl",
  `Colleen O'Brien,Test User,"7/8/26, 3:43 PM",,INCOMING,https://www.linkedin.com/in/colleen-obrien,https://www.linkedin.com/in/test-user`,
  `Raj Patel,Test User,"8/14/26, 10:00 AM","I'd like to join your LinkedIn network.",INCOMING,https://www.linkedin.com/in/raj-patel,https://www.linkedin.com/in/test-user`,
  `Dana Kim,Test User,"10/1/26, 12:00 AM","Hi Test, I'd like to join your LinkedIn network.",INCOMING,https://www.linkedin.com/in/dana-kim,https://www.linkedin.com/in/test-user`,
  `Élodie Martin,Test User,"10/2/26, 12:30 PM","Bonjour, on s'est croisés au salon du livre à Lyon, ravie de rester en contact 😊",INCOMING,https://fr.linkedin.com/in/elodie-martin/,https://www.linkedin.com/in/test-user`,
  `Test User,Marco Rossi,"11/20/26, 9:05 AM","Hi Marco, loved your talk on pricing at the AMA summit, would be great to connect!",OUTGOING,https://www.linkedin.com/in/test-user,https://www.linkedin.com/in/marco-rossi`,
].join("\n");

test("an imported Invitations.csv shows as the received breakdown on /insights", async ({ page, signedIn }) => {
  void signedIn;
  await page.goto("/import");
  await page.getByLabel("File", { exact: true }).setInputFiles({ name: "Invitations.csv", mimeType: "text/csv", buffer: Buffer.from(INVITATIONS_CSV) });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await page.getByRole("region", { name: "Preview of Invitations.csv" }).getByRole("button", { name: "Confirm import" }).click();
  await expect(page.getByRole("heading", { name: "Imported Invitations.csv" })).toBeVisible();

  await page.goto("/insights");
  await page.getByRole("navigation", { name: "Period" }).getByRole("link", { name: "All time" }).click();
  await expect(page).toHaveURL(/period=all/);
  const received = page.getByRole("region", { name: "Received" });
  await expect(received.getByText("4 received · 2 default (50%) · 1 greeting only (25%) · 1 personal (25%)")).toBeVisible();
  await expect(received.getByRole("img", { name: "50% of the invitations you received were LinkedIn’s default text; 25% added only a greeting and 25% were personal." })).toBeVisible();
  await received.getByText("Show as table").first().click();
  await expect(received.getByRole("row", { name: "Greeting only 1 25%" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Sent" }).getByText("1 sent · 1 personal (100%) · 0 default (0%)")).toBeVisible();
});

test("on a phone /insights fits the screen and refuses a period that ends before it starts", async ({ page, signedIn }) => {
  void signedIn;
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/insights");
  await expect(page.getByRole("heading", { level: 1, name: "Insights" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

  await page.getByLabel("From", { exact: true }).fill("2026-10-01");
  await page.getByLabel("To", { exact: true }).fill("2026-09-01");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByRole("alert")).toHaveText("The period ends before it starts: choose an end date on or after the start date.");
  // The dates stay as typed, and the figures are the default period's.
  await expect(page.getByLabel("To", { exact: true })).toHaveValue("2026-09-01");
  await expect(page.getByRole("region", { name: "Received" }).getByText("Import your LinkedIn data to see your inbox in numbers", { exact: false })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});
