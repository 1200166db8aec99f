// Settings through the server action, as a given signed-in user: only valid values are written, only to that user.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { initialFormState } from "@/lib/forms";
import { createUser } from "./database";

const session = vi.hoisted(() => ({ userId: "" }));
vi.mock("@/lib/auth/session", () => ({
  requireUser: async () => ({ id: session.userId, name: "Signed in", email: "x@example.com", inviteNoteLimit: 300, timezone: "UTC" }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { updateSettingsAction } = await import("@/lib/settings/actions");

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

async function settingsOf(id: string) {
  return db.user.findUnique({ where: { id }, select: { name: true, inviteNoteLimit: true, timezone: true } });
}

describe("updateSettingsAction", () => {
  let userId = "";
  let otherId = "";

  beforeEach(async () => {
    userId = (await createUser("Sam")).id;
    otherId = (await createUser("Other")).id;
    session.userId = userId;
  });

  it("saves the name, a note limit of 200 or 300 and the timezone, for the signed-in user only", async () => {
    expect(await updateSettingsAction(initialFormState, form({ name: " Sam Lee ", inviteNoteLimit: "200", timezone: "Europe/Berlin" }))).toEqual({ ok: true });
    expect(await settingsOf(userId)).toEqual({ name: "Sam Lee", inviteNoteLimit: 200, timezone: "Europe/Berlin" });
    expect(await settingsOf(otherId)).toEqual({ name: "Other", inviteNoteLimit: 300, timezone: "UTC" });

    expect(await updateSettingsAction(initialFormState, form({ name: "Sam Lee", inviteNoteLimit: "300", timezone: "America/New_York" }))).toEqual({ ok: true });
    expect(await settingsOf(userId)).toEqual({ name: "Sam Lee", inviteNoteLimit: 300, timezone: "America/New_York" });
  });

  it.each(["250", "0", "2000", ""])("refuses a note limit of %j and changes nothing", async (inviteNoteLimit) => {
    const state = await updateSettingsAction(initialFormState, form({ name: "Changed", inviteNoteLimit, timezone: "Europe/Berlin" }));
    expect(state).toMatchObject({ ok: false, fieldErrors: { inviteNoteLimit: ["Choose 300 or 200 characters."] } });
    expect(await settingsOf(userId)).toEqual({ name: "Sam", inviteNoteLimit: 300, timezone: "UTC" });
  });

  it("refuses an invalid timezone and an empty name beside their fields, and changes nothing", async () => {
    const state = await updateSettingsAction(initialFormState, form({ name: "  ", inviteNoteLimit: "200", timezone: "Mars/Olympus_Mons" }));
    expect(state).toMatchObject({
      ok: false,
      fieldErrors: { name: ["Enter your name."], timezone: ["Choose a timezone from the list, like Europe/Berlin."] },
      values: { timezone: "Mars/Olympus_Mons" },
    });
    expect(await settingsOf(userId)).toEqual({ name: "Sam", inviteNoteLimit: 300, timezone: "UTC" });
    expect(await settingsOf(otherId)).toEqual({ name: "Other", inviteNoteLimit: 300, timezone: "UTC" });
  });

  it("ignores a user id smuggled into the form", async () => {
    expect(await updateSettingsAction(initialFormState, form({ id: otherId, userId: otherId, name: "Sam", inviteNoteLimit: "200", timezone: "UTC" }))).toEqual({ ok: true });
    expect(await settingsOf(otherId)).toEqual({ name: "Other", inviteNoteLimit: 300, timezone: "UTC" });
    expect((await settingsOf(userId))?.inviteNoteLimit).toBe(200);
  });
});
