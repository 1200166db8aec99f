// No lost writes: two edits opened at the same version of an event, an encounter, a template or a follow-up. The first
// is saved; the second is refused with a message that says what happened, hands back what was typed, and the first
// edit's content stays in the database.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { initialFormState, type FormState } from "@/lib/forms";
import { createUser } from "./database";

const session = vi.hoisted(() => ({ userId: "" }));
vi.mock("@/lib/auth/session", () => ({
  requireUser: async () => ({ id: session.userId, name: "Signed in", email: "x@example.com", inviteNoteLimit: 300, timezone: "UTC" }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { url });
  },
}));

const { updateEventAction } = await import("@/lib/events/actions");
const { updateEncounterAction } = await import("@/lib/encounters/actions");
const { updateTemplateAction } = await import("@/lib/templates/actions");
const { rescheduleFollowUpAction, snoozeFollowUpAction } = await import("@/lib/followups/actions");

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

/** Runs an action that redirects on success; returns the refusal it returned instead, or "saved". */
async function outcome(action: Promise<FormState>): Promise<FormState | "saved"> {
  try {
    return await action;
  } catch (error) {
    if (error instanceof Error && error.message === "NEXT_REDIRECT") return "saved";
    throw error;
  }
}

function expectStale(state: FormState | "saved", what: string, typed: Record<string, string>) {
  expect(state).not.toBe("saved");
  const refused = state as FormState;
  expect(refused.ok).toBe(false);
  expect(refused.message).toMatch(new RegExp(`^Someone changed this ${what} since you opened it, in another tab or on another device\\.`));
  expect(refused.message).toContain("reload the page");
  // What the second tab typed comes back, so the form still shows it.
  expect(refused.values).toMatchObject(typed);
}

let ownerId: string;
let contactId: string;

beforeEach(async () => {
  ownerId = (await createUser()).id;
  session.userId = ownerId;
  contactId = (await db.contact.create({ data: { ownerId, firstName: "Ada", lastName: "Byron" }, select: { id: true } })).id;
});

describe("a stale edit is refused and the newer one kept", () => {
  it("event", async () => {
    const { id } = await db.event.create({ data: { ownerId, name: "Summit", startsOn: new Date("2026-03-14") }, select: { id: true } });
    const first = { name: "Summit 2026", startsOn: "2026-03-14", notes: "Booth 12", version: "1" };
    const second = { name: "Summit (stale tab)", startsOn: "2026-03-15", notes: "Typed in the second tab", version: "1" };

    expect(await outcome(updateEventAction(id, initialFormState, form(first)))).toBe("saved");
    expectStale(await outcome(updateEventAction(id, initialFormState, form(second))), "event", { name: second.name, notes: second.notes });
    expect(await db.event.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: "Summit 2026", notes: "Booth 12", version: 2 });

    // Reloaded, the form has version 2 and saves.
    expect(await outcome(updateEventAction(id, initialFormState, form({ ...second, version: "2" })))).toBe("saved");
    expect(await db.event.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: second.name, version: 3 });
  });

  it("encounter", async () => {
    const { id } = await db.encounter.create({ data: { ownerId, contactId, kind: "OTHER", metOn: new Date("2026-01-01"), context: "Coffee" }, select: { id: true } });
    const first = { kind: "FRIEND", metOn: "2026-01-01", context: "Coffee, then a walk", version: "1" };
    const second = { kind: "COLLEAGUE", metOn: "2026-01-02", context: "Typed in the second tab", version: "1" };

    expect(await updateEncounterAction(id, initialFormState, form(first))).toMatchObject({ ok: true });
    expectStale(await updateEncounterAction(id, initialFormState, form(second)), "encounter", { context: second.context });
    expect(await db.encounter.findUniqueOrThrow({ where: { id } })).toMatchObject({ kind: "FRIEND", context: "Coffee, then a walk", version: 2 });
  });

  it("template", async () => {
    const { id } = await db.template.create({ data: { ownerId, kind: "INVITATION", name: "Meetup", body: "Hi {firstName}" }, select: { id: true } });
    const first = { kind: "INVITATION", name: "Meetup", body: "Hi {firstName}, great to meet you.", version: "1" };
    const second = { kind: "THANK_YOU", name: "Stale", body: "Typed in the second tab, {firstName}.", version: "1" };

    expect(await updateTemplateAction(id, initialFormState, form(first))).toEqual({ ok: true });
    expectStale(await updateTemplateAction(id, initialFormState, form(second)), "template", { name: "Stale", body: second.body });
    expect(await db.template.findUniqueOrThrow({ where: { id } })).toMatchObject({ kind: "INVITATION", body: first.body, version: 2 });
  });

  it("follow-up: a reschedule from a stale page, and a snooze's Undo after someone moved it again", async () => {
    const { id } = await db.followUp.create({ data: { ownerId, contactId, dueOn: new Date("2030-01-10"), note: "Coffee" }, select: { id: true } });

    expect(await rescheduleFollowUpAction(id, initialFormState, form({ dueOn: "2030-02-01", version: "1" }))).toEqual({ ok: true });
    expectStale(await rescheduleFollowUpAction(id, initialFormState, form({ dueOn: "2030-03-01", version: "1" })), "follow-up", { dueOn: "2030-03-01" });
    expect(await db.followUp.findUniqueOrThrow({ where: { id } })).toMatchObject({ dueOn: new Date("2030-02-01"), version: 2 });

    const snoozed = await snoozeFollowUpAction(id, "1w");
    expect(snoozed).toMatchObject({ ok: true, dueOn: "2030-02-08", previousDueOn: "2030-02-01", version: 3 });
    // Another tab reschedules it; the first tab's "Undo" of its snooze must not put the old day back over that.
    expect(await rescheduleFollowUpAction(id, initialFormState, form({ dueOn: "2030-05-05", version: "3" }))).toEqual({ ok: true });
    const undo = await rescheduleFollowUpAction(id, initialFormState, form({ dueOn: "2030-02-01", version: String((snoozed as { version: number }).version) }));
    expect(undo).toMatchObject({ ok: false, message: expect.stringContaining("Someone changed this follow-up") });
    expect(await db.followUp.findUniqueOrThrow({ where: { id } })).toMatchObject({ dueOn: new Date("2030-05-05"), version: 4 });
    expect(await db.contact.findUniqueOrThrow({ where: { id: contactId } })).toMatchObject({ nextFollowUpOn: new Date("2030-05-05") });
  });

  it("an edit without a version (a hand-made request) is refused and writes nothing", async () => {
    const { id } = await db.event.create({ data: { ownerId, name: "Summit", startsOn: new Date("2026-03-14") }, select: { id: true } });
    const state = await outcome(updateEventAction(id, initialFormState, form({ name: "No version", startsOn: "2026-03-14" })));
    expect(state).toMatchObject({ ok: false, fieldErrors: { version: ["Reload the page and try again."] } });
    expect(await db.event.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: "Summit", version: 1 });
  });
});
