// A page's id comes from its address, which anyone can type: one no id of Rapport's looks like (a NUL, SQL, a very
// long string) is "not found" — the page's 404 — never an error from PostgreSQL (a 500).
import { describe, expect, it } from "vitest";
import { getContact } from "@/lib/contacts/queries";
import { getMergeSide } from "@/lib/contacts/merge-queries";
import { getEvent } from "@/lib/events/queries";
import { getComposer } from "@/lib/invitations/queries";
import { getTemplate } from "@/lib/templates/queries";
import { getThankYouComposer } from "@/lib/thank-you/queries";
import { db } from "@/lib/db";
import { createUser } from "./database";

const HOSTILE = ["\u0000", "a\u0000b", "\ud800", "' OR 1=1 --", "x".repeat(10_000), "%00", "../../etc/passwd"];
const READS = { getContact, getMergeSide, getEvent, getComposer, getTemplate, getThankYouComposer };

describe("ids read from a page's address", () => {
  it("are not found when no id of Rapport's looks like them, and found when they name the owner's row", async () => {
    const owner = (await createUser("Addresses")).id;
    const contact = await db.contact.create({ data: { ownerId: owner, firstName: "Ada" } });
    for (const [name, read] of Object.entries(READS)) {
      for (const id of HOSTILE) await expect(read(owner, id), `${name}(${JSON.stringify(id.slice(0, 20))})`).resolves.toBeNull();
    }
    expect(await getContact(owner, contact.id)).toMatchObject({ firstName: "Ada" });
    expect(await getComposer(owner, contact.id)).toMatchObject({ contact: { firstName: "Ada" } });
  });
});
