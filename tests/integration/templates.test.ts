// Templates through their server actions, as a given signed-in user: every write is scoped by owner, built-ins
// cannot be changed, and listTemplates puts the built-ins first and the user's own by name.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { initialFormState } from "@/lib/forms";
import { BUILTIN_TEMPLATES } from "@/lib/templates/builtins";
import { getTemplate, listTemplates } from "@/lib/templates/queries";
import { createUser } from "./database";

const session = vi.hoisted(() => ({ userId: "" }));
vi.mock("@/lib/auth/session", () => ({
  requireUser: async () => ({ id: session.userId, name: "Signed in", email: "x@example.com", inviteNoteLimit: 300, timezone: "UTC" }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { createTemplateAction, deleteTemplateAction, restoreTemplateAction, updateTemplateAction } = await import("@/lib/templates/actions");

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

const valid = { name: "After the meetup", kind: "INVITATION", body: "Hi {firstName}, good to meet you at {eventName}!" };

async function ownTemplates(ownerId: string) {
  return db.template.findMany({ where: { ownerId }, select: { name: true, kind: true, body: true }, orderBy: { name: "asc" } });
}

describe("template actions", () => {
  let ownerId = "";

  beforeEach(async () => {
    ownerId = (await createUser("Owner")).id;
    session.userId = ownerId;
  });

  it("creates, updates and deletes the signed-in user's own template", async () => {
    expect(await createTemplateAction(initialFormState, form({ ...valid, name: "  After the meetup  " }))).toEqual({ ok: true });
    const [created] = await db.template.findMany({ where: { ownerId }, select: { id: true, name: true, kind: true, body: true } });
    expect(created).toMatchObject(valid);
    const id = created?.id ?? "";

    const update = { name: "Thanks", kind: "THANK_YOU", body: "Thanks for connecting, {firstName}!\nLet's keep in touch." };
    expect(await updateTemplateAction(id, initialFormState, form({ ...update, version: "1" }))).toEqual({ ok: true });
    expect(await ownTemplates(ownerId)).toEqual([update]);

    expect(await deleteTemplateAction(id)).toEqual({ ok: true, values: update });
    expect(await ownTemplates(ownerId)).toEqual([]);
    expect(await restoreTemplateAction(update)).toEqual({ ok: true });
    expect(await ownTemplates(ownerId)).toEqual([update]);
  });

  it("refuses invalid input beside its field and writes nothing", async () => {
    const state = await createTemplateAction(
      initialFormState,
      form({ name: "x".repeat(81), kind: "POSTCARD", body: "Hi {firstname}, from {city}" }),
    );
    expect(state.ok).toBe(false);
    expect(state.fieldErrors).toEqual({
      name: ["Name must be at most 80 characters."],
      kind: ["Choose a kind: invitation, thank-you or reply."],
      body: [expect.stringMatching(/^Rapport cannot fill \{firstname\}, \{city\}\. Use only \{firstName\}, \{company\}, /)],
    });
    expect(state.values).toMatchObject({ kind: "POSTCARD", body: "Hi {firstname}, from {city}" });

    expect((await createTemplateAction(initialFormState, form({ name: "Empty", kind: "REPLY", body: "   " }))).fieldErrors).toEqual({
      body: ["Write the template's text."],
    });
    expect((await createTemplateAction(initialFormState, form({ ...valid, body: "y".repeat(2_001) }))).fieldErrors).toEqual({
      body: ["Text must be at most 2,000 characters."],
    });
    expect((await createTemplateAction(initialFormState, form({}))).fieldErrors).toMatchObject({
      name: ["Give the template a name."],
      body: ["Write the template's text."],
    });
    expect(await db.template.count({ where: { ownerId } })).toBe(0);
  });

  it("refuses another user's template id through every action and changes nothing", async () => {
    const mine = await db.template.create({ data: { ownerId, ...valid, kind: "INVITATION" }, select: { id: true } });
    session.userId = (await createUser("Intruder")).id;

    expect(await updateTemplateAction(mine.id, initialFormState, form({ ...valid, name: "Hacked", version: "1" }))).toMatchObject({
      ok: false,
      message: "This template no longer exists.",
    });
    expect(await deleteTemplateAction(mine.id)).toMatchObject({ ok: false, message: "This template no longer exists." });
    expect(await ownTemplates(ownerId)).toEqual([valid]);
    expect(await db.template.count({ where: { ownerId: session.userId } })).toBe(0);
    expect(await getTemplate(session.userId, mine.id)).toBeNull();
  });

  it("refuses to change or delete a built-in, and writes nothing", async () => {
    const builtinId = "builtin:met-at-event";
    const refusal = { ok: false, message: "Built-in templates cannot be changed. Copy it to make one of your own." };
    expect(await updateTemplateAction(builtinId, initialFormState, form({ ...valid, name: "Mine now", version: "1" }))).toMatchObject(refusal);
    expect(await deleteTemplateAction(builtinId)).toEqual(refusal);
    expect(await db.template.count({ where: { ownerId } })).toBe(0);
    expect((await listTemplates(ownerId)).find((template) => template.id === builtinId)).toMatchObject({ name: "Met at an event", builtIn: true });
  });
});

describe("listTemplates", () => {
  it("lists the built-ins first, then only the owner's own by name, filtered by kind", async () => {
    const ownerId = (await createUser("Owner")).id;
    const otherId = (await createUser("Other")).id;
    await db.template.createMany({
      data: [
        { ownerId, kind: "INVITATION", name: "zebra crossing", body: "Hi {firstName}" },
        { ownerId, kind: "THANK_YOU", name: "Merci", body: "Merci {firstName}" },
        { ownerId, kind: "INVITATION", name: "Apple", body: "Hi {firstName}" },
        { ownerId, kind: "INVITATION", name: "banana", body: "Hi {firstName}" },
        { ownerId: otherId, kind: "INVITATION", name: "Another user's", body: "Hi" },
      ],
    });

    const all = await listTemplates(ownerId);
    expect(all.map((template) => template.name)).toEqual([
      ...BUILTIN_TEMPLATES.map((template) => template.name),
      "Apple",
      "banana",
      "Merci",
      "zebra crossing",
    ]);
    expect(all.slice(0, BUILTIN_TEMPLATES.length).every((template) => template.builtIn && template.id.startsWith("builtin:"))).toBe(true);
    expect(all.slice(BUILTIN_TEMPLATES.length).every((template) => !template.builtIn)).toBe(true);

    const invitations = await listTemplates(ownerId, "INVITATION");
    expect(invitations.map((template) => template.name)).toEqual([
      "Met at an event",
      "Mutual connection",
      "Shared group",
      "After a talk",
      "Apple",
      "banana",
      "zebra crossing",
    ]);
    expect((await listTemplates(ownerId, "THANK_YOU")).map((template) => [template.name, template.builtIn])).toEqual([
      ["Thank-you after accepting", true],
      ["Merci", false],
    ]);
    expect((await listTemplates(otherId, "REPLY")).map((template) => template.name)).toEqual([
      "Reply to a stranger",
      "Ask where we met",
      "Start a conversation",
      "Decline politely",
    ]);
  });
});
