import { describe, expect, it } from "vitest";
import { sampleBackup } from "./fixtures/sample-backup";
import { planRestore, restoredSummary, sequentialIds } from "./restore-plan";

describe("sequentialIds", () => {
  it("hands out cuid-shaped ids that sort in the order they were handed out", () => {
    const next = sequentialIds();
    const ids = Array.from({ length: 2_000 }, next);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^c[0-9a-z]{24}$/);
    expect([...ids].sort()).toEqual(ids);
    expect(sequentialIds()()).not.toBe(sequentialIds()());
  });
});

describe("planRestore", () => {
  it("gives every row a new id, remaps every reference to it, and keeps dates as they were", () => {
    const backup = sampleBackup();
    let n = 0;
    const plan = planRestore(backup, "owner-2", () => `new${n++}`);
    const [grace, alan] = plan.contacts;
    const [batch] = plan.imports;
    expect(batch).toMatchObject({ id: "new0", ownerId: "owner-2", fileName: "Connections.csv", createdAt: new Date(backup.imports[0]!.createdAt) });
    expect(grace).toMatchObject({
      id: "new1",
      ownerId: "owner-2",
      importId: "new0",
      version: 3,
      tags: ["vip"],
      nextFollowUpOn: new Date("2026-12-01T00:00:00.000Z"),
      connectedAt: new Date("2026-11-20T08:00:00.000Z"),
      updatedAt: new Date("2026-11-20T08:00:00.000Z"),
    });
    expect(alan).toMatchObject({ id: "new2", importId: null });
    expect(plan.events[0]).toMatchObject({ id: "new3", startsOn: new Date("2026-11-10T00:00:00.000Z") });
    expect(plan.encounters[0]).toMatchObject({ contactId: "new2", eventId: "new3", throughContactId: "new1", metOn: new Date("2026-11-10T00:00:00.000Z") });
    expect(plan.invitations[0]).toMatchObject({ contactId: "new2", draftFor: "new2", importId: null, flags: ["NO_CONTEXT"] });
    expect(plan.activities[0]).toMatchObject({ contactId: "new1", importId: "new0" });
    expect(plan.followUps[0]).toMatchObject({ contactId: "new1", dueOn: new Date("2026-12-01T00:00:00.000Z"), doneAt: null });
    expect(plan.templates[0]).toMatchObject({ ownerId: "owner-2", name: "Thanks" });
    expect(plan.thankYouDrafts[0]).toMatchObject({ ownerId: "owner-2", contactId: "new1", message: "Thank you, Grace" });
    expect(plan.settings).toEqual({ name: "Ada", inviteNoteLimit: 200, timezone: "Europe/Berlin" });
    // Nothing of the original account's ids is left.
    expect(JSON.stringify(plan)).not.toMatch(/"(c1|c2|e1|i1|n1|v1|t1|a1|f1|d1)"/);
  });
});

describe("restoredSummary", () => {
  it("says what was restored", () => {
    const none = { imports: 0, contacts: 0, events: 0, encounters: 0, invitations: 0, templates: 0, activities: 0, followUps: 0, thankYouDrafts: 0 };
    expect(restoredSummary({ ...none, contacts: 1 })).toBe("Restored 1 contact.");
    expect(restoredSummary({ ...none, contacts: 12, events: 3, activities: 40 })).toBe("Restored 12 contacts, 3 events and 40 timeline entries.");
    expect(restoredSummary(none)).toBe("Restored your settings; the backup held no contacts.");
  });
});
