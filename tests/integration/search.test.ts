// Finding people: every field the search box covers, accents and case, filters, sorts and paging.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listContacts } from "@/lib/contacts/queries";
import type { ContactSearch } from "@/lib/contacts/search";
import { createUser } from "./database";

let ownerId = "";
let summitId = "";
const ids: Record<string, string> = {};

async function names(search: Partial<ContactSearch>) {
  return (await listContacts(ownerId, search)).items.map((item) => `${item.firstName} ${item.lastName}`.trim()).sort();
}

beforeAll(async () => {
  ownerId = (await createUser("Searcher")).id;
  const people = [
    { firstName: "José", lastName: "García", company: "Lumen Labs", title: "Staff Engineer", tags: ["engineering"], notes: "Wants intros in Berlin." },
    { firstName: "Colleen", lastName: "Murphy", company: "Northwind Health", title: "VP Product", tags: ["healthcare"], notes: null, stage: "SENT" as const },
    { firstName: "Zoë", lastName: "Ångström", company: "Fjord & Co", title: "Designer", tags: ["design", "nordics"], notes: "Offered 50% off a workshop." },
    { firstName: "Tom", lastName: "Becker", company: null, title: null, tags: [], notes: null },
  ];
  for (const person of people) {
    const contact = await db.contact.create({ data: { ownerId, ...person } });
    ids[person.firstName] = contact.id;
  }
  const summit = await db.event.create({ data: { ownerId, name: "AMA Leadership Summit", startsOn: new Date("2026-10-01"), location: "Chicago" } });
  summitId = summit.id;
  await db.encounter.create({
    data: { ownerId, contactId: ids.Tom!, eventId: summit.id, kind: "EVENT", metOn: new Date("2026-10-01"), context: "Recommended a podcast about negotiation", topic: "his talk on pricing" },
  });
  await db.contact.create({ data: { ownerId, firstName: "Archie", lastName: "Ved", archivedAt: new Date(), notes: "podcast fan" } });
  const stranger = await createUser("Stranger");
  await db.contact.create({ data: { ownerId: stranger.id, firstName: "José", lastName: "Stranger", notes: "podcast" } });
});

describe("contact search", () => {
  it.each([
    ["part of a first name", "colle", ["Colleen Murphy"]],
    ["part of a last name", "arcí", ["José García"]],
    ["a company", "northwind", ["Colleen Murphy"]],
    ["a title", "staff engineer", ["José García"]],
    ["a tag", "nordics", ["Zoë Ångström"]],
    ["the notes", "berlin", ["José García"]],
    ["an event name", "leadership summit", ["Tom Becker"]],
    ["the event's place", "chicago", ["Tom Becker"]],
    ["what you talked about", "negotiation", ["Tom Becker"]],
    ["the topic to mention", "pricing talk", ["Tom Becker"]],
    ["words from different fields", "tom podcast", ["Tom Becker"]],
  ])("finds by %s", async (_field, q, expected) => {
    expect(await names({ q })).toEqual(expected);
  });

  it("ignores accents and case both ways", async () => {
    expect(await names({ q: "jose garcia" })).toEqual(["José García"]);
    expect(await names({ q: "JOSÉ" })).toEqual(["José García"]);
    expect(await names({ q: "angstrom" })).toEqual(["Zoë Ångström"]);
    expect(await names({ q: "zoe" })).toEqual(["Zoë Ångström"]);
  });

  it("matches a one- or two-letter fragment at the start of a word", async () => {
    expect(await names({ q: "jo" })).toEqual(["José García"]);
    expect(await names({ q: "ur" })).toEqual([]);
  });

  it("treats LIKE wildcards as plain characters", async () => {
    expect(await names({ q: "50%" })).toEqual(["Zoë Ångström"]);
    expect(await names({ q: "%" })).toEqual(["Zoë Ångström"]);
    expect(await names({ q: "_" })).toEqual([]);
  });

  it("finds nothing that is not there, nor archived contacts, nor another user's", async () => {
    expect(await names({ q: "kubernetes" })).toEqual([]);
    expect(await names({ q: "podcast" })).toEqual(["Tom Becker"]);
    expect(await names({ q: "podcast", archived: true })).toEqual(["Archie Ved"]);
  });

  it("stays current when only an encounter's topic changes", async () => {
    await db.encounter.updateMany({ where: { contactId: ids.Tom! }, data: { topic: "his book on hiring" } });
    expect(await names({ q: "hiring" })).toEqual(["Tom Becker"]);
    expect(await names({ q: "pricing" })).toEqual([]);
    await db.encounter.updateMany({ where: { contactId: ids.Tom! }, data: { topic: "his talk on pricing" } });
  });

  it("stays current when an encounter or its event changes", async () => {
    await db.event.update({ where: { id: summitId }, data: { name: "Growth Forum" } });
    expect(await names({ q: "growth forum" })).toEqual(["Tom Becker"]);
    expect(await names({ q: "leadership summit" })).toEqual([]);
    await db.encounter.deleteMany({ where: { contactId: ids.Tom! } });
    expect(await names({ q: "growth" })).toEqual([]);
    await db.event.update({ where: { id: summitId }, data: { name: "AMA Leadership Summit" } });
  });

  it("filters by tag, stage and event", async () => {
    expect(await names({ tag: "design" })).toEqual(["Zoë Ångström"]);
    expect(await names({ stage: "SENT" })).toEqual(["Colleen Murphy"]);
    await db.encounter.create({ data: { ownerId, contactId: ids.Colleen!, eventId: summitId, kind: "EVENT", metOn: new Date("2026-10-01") } });
    expect(await names({ event: summitId })).toEqual(["Colleen Murphy"]);
    expect(await names({ event: summitId, tag: "design" })).toEqual([]);
  });
});

describe("sorting and paging", () => {
  async function allPages(search: Partial<ContactSearch>) {
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const page = await listContacts(ownerId, { ...search, after }, 2);
      seen.push(...page.items.map((item) => item.firstName));
      after = page.nextCursor ?? undefined;
    } while (after);
    return seen;
  }

  it("pages by name, last name first", async () => {
    expect(await allPages({ sort: "name" })).toEqual(["Tom", "José", "Colleen", "Zoë"]);
  });

  it("pages by last interaction, never-met last", async () => {
    await db.contact.update({ where: { id: ids.Zoë! }, data: { lastInteractionAt: new Date("2026-11-20") } });
    await db.contact.update({ where: { id: ids.Tom! }, data: { lastInteractionAt: new Date("2026-11-25") } });
    const order = await allPages({ sort: "interaction" });
    expect(order.slice(0, 2)).toEqual(["Tom", "Zoë"]);
    expect(order.slice(2).sort()).toEqual(["Colleen", "José"]);
  });

  it("pages newest first by default", async () => {
    expect(await allPages({})).toEqual(["Tom", "Zoë", "Colleen", "José"]);
  });
});
