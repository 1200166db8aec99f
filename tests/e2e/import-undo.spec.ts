// Undoing an import after merging: the user's own Ann Lee, merged into the imported one, survives the undo with how
// they met and her timeline, and the undo dialog says beforehand that she is kept. (Issue 11, item 1.)
import { makeZip } from "../../lib/imports/fixtures/zip";
import { expect, test } from "./fixtures";

function linkedinExport(): Buffer {
  const connections = [
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
    "Ann,Lee,https://www.linkedin.com/in/ann-lee,,Northwind,Head of Product,10 Nov 2025",
    "Ben,Ortiz,https://www.linkedin.com/in/ben-ortiz,,Globex,Engineer,12 Oct 2025",
  ].join("\n");
  return makeZip([{ name: "Basic_LinkedInDataExport_11-26-2026/Connections.csv", content: Buffer.from(connections) }]);
}

test("merge your own contact into an imported one, undo the import, and she is still there with her history", async ({ page, signedIn }) => {
  void signedIn;
  // Seven pages, each scanned by axe on first visit: longer than one page's test.
  test.slow();
  // Ann Lee as the user captured her long before the import: how they met, and a note on her timeline.
  await page.goto("/capture");
  await page.getByLabel("First name").fill("Ann");
  await page.getByLabel("Last name").fill("Lee");
  await page.getByLabel("What you talked about").fill("Talked about onboarding flows");
  await page.getByRole("button", { name: "Save and add another" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved Ann Lee.");
  await page.getByRole("region", { name: "Captured this session" }).getByRole("link", { name: "Ann Lee" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ann Lee" })).toBeVisible();
  await page.getByLabel("Add a note").fill("Has two kids, loves sailing");
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByRole("region", { name: "Timeline" }).getByText("Has two kids, loves sailing")).toBeVisible();

  await page.goto("/import");
  await page.getByLabel("File", { exact: true }).setInputFiles({ name: "Basic_LinkedInDataExport.zip", mimeType: "application/zip", buffer: linkedinExport() });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await page.getByRole("region", { name: "Preview of Basic_LinkedInDataExport.zip" }).getByRole("button", { name: "Confirm import" }).click();
  await expect(page.getByText("2 created, 0 updated, 0 skipped")).toBeVisible();

  // On the imported Ann Lee (the one at Northwind), merge the user's own Ann Lee into it.
  await page.goto("/contacts");
  await page.getByLabel("Search contacts").fill("Northwind");
  await expect(page).toHaveURL(/q=Northwind/);
  await page.getByRole("link", { name: /Ann Lee/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ann Lee" })).toBeVisible();
  await page.getByRole("link", { name: "Merge with…" }).click();
  await page.getByLabel("Find the contact to merge with").fill("Ann Lee");
  await page.getByRole("list", { name: "Matching contacts" }).getByRole("link", { name: /Ann Lee/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Merge contacts" })).toBeVisible();
  await page.getByRole("button", { name: "Merge contacts" }).click();
  await page.getByRole("dialog", { name: "Merge Ann Lee into Ann Lee?" }).getByRole("button", { name: "Merge contacts" }).click();
  await expect(page.getByRole("region", { name: /Notifications/ }).getByText("Merged", { exact: true })).toBeVisible();

  // The undo dialog says, before anything happens, that Ann is kept and only Ben goes.
  await page.goto("/import");
  await page.getByRole("button", { name: "Undo import of Basic_LinkedInDataExport.zip" }).click();
  const dialog = page.getByRole("dialog", { name: "Undo this import?" });
  await expect(dialog).toContainText("1 contact was changed since and is kept");
  await expect(dialog).toContainText("It deletes the 1 contact it created that nobody has changed since");
  await dialog.getByRole("button", { name: "Undo import" }).click();
  await expect(page.getByRole("region", { name: /Notifications/ }).getByText("Import undone: 1 contact removed. 1 contact was changed since and is kept.")).toBeVisible();
  await expect(page.getByText("Undone", { exact: true })).toBeVisible();

  await page.goto("/contacts");
  await expect(page.getByRole("link", { name: /Ben Ortiz/ })).toHaveCount(0);
  await page.getByRole("link", { name: /Ann Lee/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ann Lee" })).toBeVisible();
  await expect(page.getByRole("region", { name: "How you met" }).getByText("Talked about onboarding flows")).toBeVisible();
  const timeline = page.getByRole("region", { name: "Timeline" });
  await expect(timeline.getByText("Has two kids, loves sailing")).toBeVisible();
  await expect(timeline.getByText("Connected on LinkedIn.")).toBeVisible();
});
