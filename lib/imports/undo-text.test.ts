import { describe, expect, it } from "vitest";
import { undoPreviewSentences, undoResultMessage } from "@/lib/imports/undo-text";

const none = { removed: 0, kept: 0, entriesRemoved: 0, yoursChanged: 0 };

describe("undo wording", () => {
  it("says in numbers which contacts go and which were changed since and are kept", () => {
    expect(undoPreviewSentences({ ...none, removed: 1200, kept: 12 })).toEqual([
      "It deletes the 1,200 contacts it created that nobody has changed since, with everything on them.",
      "12 contacts were changed since and are kept (merged, edited, invited, thanked, moved or given notes since): they stay in Contacts with their whole history.",
      "Contacts you had before stay as they are.",
    ]);
    expect(undoPreviewSentences({ ...none, kept: 1 })).toEqual([
      "It deletes no contacts: none of those it created is left unchanged.",
      "1 contact was changed since and is kept (merged, edited, invited, thanked, moved or given notes since): it stays in Contacts with its whole history.",
      "Contacts you had before stay as they are.",
    ]);
  });

  it("says what happens to what the import added to contacts the user had before", () => {
    expect(undoPreviewSentences({ ...none, removed: 1, entriesRemoved: 1 }).at(-1)).toBe("Contacts you had before stay as they are; the 1 timeline entry or invitation it added to them is removed.");
    expect(undoPreviewSentences({ ...none, entriesRemoved: 3, yoursChanged: 2 }).at(-1)).toBe(
      "Contacts you had before stay as they are; the 3 timeline entries and invitations it added to them are removed, except on the 2 contacts you changed since.",
    );
    expect(undoPreviewSentences({ ...none, yoursChanged: 1 }).at(-1)).toBe("Contacts you had before stay as they are, and what it added to the 1 contact you changed since stays.");
  });

  it("reports the undo with the same numbers", () => {
    expect(undoResultMessage({ removed: 6, kept: 0 })).toBe("Import undone: 6 contacts removed.");
    expect(undoResultMessage({ removed: 1, kept: 12 })).toBe("Import undone: 1 contact removed. 12 contacts were changed since and are kept.");
  });
});
