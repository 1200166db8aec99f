// Contact reads and writes against PostgreSQL: validation, ownership, duplicates, concurrency, paging.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { contactInput, type ContactInput } from "@/lib/contacts/schema";
import { addTag, createContact, deleteContact, removeTag, renameTag, setContactArchived, updateContact } from "@/lib/contacts/mutations";
import { getContact, getContactsSummary, listContacts } from "@/lib/contacts/queries";
import { createUser } from "./database";

function input(fields: Partial<Record<keyof ContactInput, string>>): ContactInput {
  const blank = { firstName: "", lastName: "", email: "", phone: "", company: "", title: "", linkedinUrl: "", location: "", notes: "", tags: "" };
  return contactInput.parse({ ...blank, ...fields });
}

async function created(ownerId: string, fields: Partial<Record<keyof ContactInput, string>>) {
  const result = await createContact(ownerId, input(fields));
  if (!result.ok) throw new Error(`could not create contact: ${result.reason}`);
  return result.id;
}

describe("contacts", () => {
  it("stores a contact with normalized fields and reads it back", async () => {
    const user = await createUser();
    const id = await created(user.id, {
      firstName: " Colleen ",
      lastName: "Murphy",
      email: "Colleen@Northwind.example",
      linkedinUrl: "linkedin.com/in/colleen-murphy/?utm_source=share",
      tags: "healthcare, Product, healthcare",
    });
    const contact = await getContact(user.id, id);
    expect(contact).toMatchObject({
      firstName: "Colleen",
      email: "colleen@northwind.example",
      linkedinUrl: "https://www.linkedin.com/in/colleen-murphy",
      tags: ["healthcare", "Product"],
      stage: "PERSONALIZE",
      version: 1,
    });
  });

  it("refuses invalid input before anything is written", () => {
    const result = contactInput.safeParse({ firstName: "", lastName: "", email: "not-an-email", linkedinUrl: "https://example.com/jane", tags: "" });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((issue) => issue.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["email", "linkedinUrl"]));
    const nameless = contactInput.safeParse({ firstName: " ", lastName: "", tags: "", email: "", phone: "", company: "", title: "", linkedinUrl: "", location: "", notes: "" });
    expect(nameless.error?.issues[0]).toMatchObject({ path: ["firstName"], message: "Enter a first or last name." });
  });

  it("finds a duplicate by LinkedIn URL whatever its spelling, and writes nothing", async () => {
    const user = await createUser();
    const first = await created(user.id, { firstName: "Jane", linkedinUrl: "https://www.linkedin.com/in/jane-doe" });
    for (const variant of ["linkedin.com/in/jane-doe", "https://m.linkedin.com/in/Jane-Doe/", "www.linkedin.com/in/jane-doe/?trk=x"]) {
      const result = await createContact(user.id, input({ firstName: "Jane D.", linkedinUrl: variant }));
      expect(result).toMatchObject({ ok: false, reason: "duplicate", existingId: first });
    }
    expect(await db.contact.count({ where: { ownerId: user.id } })).toBe(1);
  });

  it("refuses a second contact with the same email, in any case", async () => {
    const user = await createUser();
    const first = await created(user.id, { firstName: "Ada", email: "ada@example.com" });
    expect(await createContact(user.id, input({ firstName: "Ada L.", email: "ADA@example.com" }))).toMatchObject({
      ok: false,
      reason: "duplicate",
      field: "email",
      existingId: first,
    });
  });

  it("warns about the same name at the same company, and saves once confirmed", async () => {
    const user = await createUser();
    const first = await created(user.id, { firstName: "Tom", lastName: "Becker", company: "Fieldwork" });
    const again = input({ firstName: "tom", lastName: "becker", company: "FIELDWORK" });
    expect(await createContact(user.id, again)).toMatchObject({ ok: false, reason: "possible_duplicate", existingId: first });
    expect(await db.contact.count({ where: { ownerId: user.id } })).toBe(1);
    expect((await createContact(user.id, again, true)).ok).toBe(true);
    expect((await createContact(user.id, input({ firstName: "Tom", lastName: "Becker", company: "Other Co" }))).ok).toBe(true);
  });

  it("lets two people each keep the same LinkedIn URL", async () => {
    const [alice, bob] = [await createUser("Alice"), await createUser("Bob")];
    await created(alice.id, { firstName: "Jane", linkedinUrl: "linkedin.com/in/shared-profile" });
    expect((await createContact(bob.id, input({ firstName: "Jane", linkedinUrl: "linkedin.com/in/shared-profile" }))).ok).toBe(true);
  });

  it("refuses a stale edit instead of overwriting a newer one", async () => {
    const user = await createUser();
    const id = await created(user.id, { firstName: "Tom", company: "Acme" });
    expect(await updateContact(user.id, id, 1, input({ firstName: "Tom", company: "Fieldwork" }))).toEqual({ ok: true, id });
    expect(await updateContact(user.id, id, 1, input({ firstName: "Tom", company: "Stale tab" }))).toEqual({ ok: false, reason: "conflict" });
    expect(await getContact(user.id, id)).toMatchObject({ company: "Fieldwork", version: 2 });
  });

  it("keeps one user's contacts out of another user's reach", async () => {
    const [owner, intruder] = [await createUser("Owner"), await createUser("Intruder")];
    const id = await created(owner.id, { firstName: "Private", notes: "secret" });

    expect(await getContact(intruder.id, id)).toBeNull();
    expect((await listContacts(intruder.id)).items).toEqual([]);
    expect(await updateContact(intruder.id, id, 1, input({ firstName: "Hacked" }))).toEqual({ ok: false, reason: "not_found" });
    expect(await deleteContact(intruder.id, id)).toBe(false);
    expect(await getContact(owner.id, id)).toMatchObject({ firstName: "Private", notes: "secret", version: 1 });
  });

  it("deletes a contact for its owner", async () => {
    const user = await createUser();
    const id = await created(user.id, { lastName: "Only-a-last-name" });
    expect(await deleteContact(user.id, id)).toBe(true);
    expect(await getContact(user.id, id)).toBeNull();
  });

  it("pages through contacts newest first without repeating or skipping anyone", async () => {
    const user = await createUser();
    const base = Date.now();
    await db.contact.createMany({
      data: Array.from({ length: 7 }, (_, index) => ({ ownerId: user.id, firstName: `Person ${index}`, createdAt: new Date(base + index * 1000) })),
    });
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const page = await listContacts(user.id, { after }, 3);
      seen.push(...page.items.map((item) => item.firstName));
      after = page.nextCursor ?? undefined;
    } while (after);
    expect(seen).toEqual(["Person 6", "Person 5", "Person 4", "Person 3", "Person 2", "Person 1", "Person 0"]);
  });
});

describe("tags and archiving", () => {
  it("adds a tag once whatever its case, removes it, and refuses another user's contact", async () => {
    const [user, other] = [await createUser(), await createUser()];
    const id = await created(user.id, { firstName: "Sofia", tags: "community" });
    expect(await addTag(user.id, id, "Speaking")).toEqual(["community", "Speaking"]);
    expect(await addTag(user.id, id, "speaking")).toEqual(["community", "Speaking"]);
    expect(await removeTag(user.id, id, "community")).toEqual(["Speaking"]);
    expect(await addTag(other.id, id, "hacked")).toBeNull();
    expect(await removeTag(other.id, id, "Speaking")).toBeNull();
    expect(await getContact(user.id, id)).toMatchObject({ tags: ["Speaking"], version: 3 });
  });

  it("renames a tag on every contact of its owner only, without doubling it", async () => {
    const [user, other] = [await createUser(), await createUser()];
    const a = await created(user.id, { firstName: "A", tags: "berln, design" });
    const b = await created(user.id, { firstName: "B", tags: "berln, Berlin" });
    const c = await created(other.id, { firstName: "C", tags: "berln" });
    expect(await renameTag(user.id, "berln", "Berlin")).toBe(2);
    expect((await getContact(user.id, a))?.tags).toEqual(["design", "Berlin"]);
    expect((await getContact(user.id, b))?.tags).toEqual(["Berlin"]);
    expect((await getContact(other.id, c))?.tags).toEqual(["berln"]);
  });

  it("counts contacts and their tags for the filter, leaving out archived ones and other users'", async () => {
    const [user, other] = [await createUser(), await createUser()];
    await created(user.id, { firstName: "A", tags: "design, berlin" });
    await created(user.id, { firstName: "B", tags: "design" });
    await created(user.id, { firstName: "C" });
    await setContactArchived(user.id, await created(user.id, { firstName: "D", tags: "archived-only, design" }), true);
    await created(other.id, { firstName: "E", tags: "design, secret" });
    expect(await getContactsSummary(user.id)).toEqual({
      total: 3,
      tags: [
        { tag: "berlin", count: 1 },
        { tag: "design", count: 2 },
      ],
    });
  });

  it("archives out of the list and back", async () => {
    const user = await createUser();
    const id = await created(user.id, { firstName: "Archie" });
    expect(await setContactArchived(user.id, id, true)).toBe(true);
    expect((await listContacts(user.id)).items).toEqual([]);
    expect((await listContacts(user.id, { archived: true })).items.map((item) => item.id)).toEqual([id]);
    expect(await setContactArchived((await createUser()).id, id, false)).toBe(false);
    expect(await setContactArchived(user.id, id, false)).toBe(true);
    expect((await listContacts(user.id)).items.map((item) => item.id)).toEqual([id]);
  });
});
