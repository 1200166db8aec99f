// Search as a reader uses it: a typo still finds the person, each result says why it matched, and
// the list knows how many matched.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listContacts, MATCH_COUNT_LIMIT } from "@/lib/contacts/queries";
import type { Piece } from "@/lib/contacts/search-match";
import { createUser } from "./database";

let ownerId = "";
const show = (pieces: Piece[]) => pieces.map((piece) => (piece.mark ? `[${piece.text}]` : piece.text)).join("");

async function search(q: string, take?: number) {
  const page = await listContacts(ownerId, { q }, take);
  return {
    names: page.items.map((item) => `${item.firstName} ${item.lastName}`),
    reasons: page.items.map((item) => (item.match?.reasons ?? []).map((reason) => `${reason.label}: ${show(reason.pieces)}`)),
    total: page.total,
    more: page.more,
    similar: page.similar,
    nextCursor: page.nextCursor,
  };
}

beforeAll(async () => {
  ownerId = (await createUser("Why")).id;
  const nadia = await db.contact.create({ data: { ownerId, firstName: "Nadia", lastName: "Petrova", company: "Figma", title: "Design Lead", tags: ["design"] } });
  const config = await db.event.create({ data: { ownerId, name: "Config", startsOn: new Date("2026-11-10"), location: "San Francisco" } });
  await db.encounter.create({
    data: {
      ownerId,
      contactId: nadia.id,
      eventId: config.id,
      kind: "EVENT",
      metOn: new Date("2026-11-10"),
      context: "Accessibility audits for design systems; she runs the a11y guild at Figma and offered to review our color tokens",
    },
  });
  await db.contact.create({ data: { ownerId, firstName: "Omar", lastName: "Haddad", notes: "Podcast host; <b>loves</b> negotiation books" } });
  await db.contact.create({ data: { ownerId, firstName: "Ines", lastName: "Archived", notes: "accessibility lead", archivedAt: new Date() } });
  const stranger = await createUser("Stranger");
  await db.contact.create({ data: { ownerId: stranger.id, firstName: "Other", lastName: "Owner", notes: "accessibility audits" } });
});

describe("a misspelt search", () => {
  it("still finds the person by the word spelt like it, and says so", async () => {
    const result = await search("accesibility");
    expect(result.names).toEqual(["Nadia Petrova"]);
    expect(result.similar).toBe(true);
    expect(result.total).toBe(1);
    expect(result.reasons).toEqual([["Talked about: [Accessibility] audits for design systems; she runs the a11y guild at Figma and offered to review our color…"]]);
  });

  it("mixes a misspelt word with exact ones, and stays within the owner's unarchived contacts", async () => {
    expect((await search("accesibility figma")).names).toEqual(["Nadia Petrova"]);
    expect((await search("negotiaton")).names).toEqual(["Omar Haddad"]);
    expect((await search("negotiaton accesibility")).names).toEqual([]);
  });

  it("is not used when something matches exactly", async () => {
    const result = await search("accessibility");
    expect(result.similar).toBe(false);
    expect(result.names).toEqual(["Nadia Petrova"]);
  });

  it("does not turn short or unlike words into matches", async () => {
    expect((await search("kubernetes")).names).toEqual([]);
    expect((await search("fig")).names).toEqual(["Nadia Petrova"]);
    expect((await search("fgi")).names).toEqual([]);
    expect(await search("zzzzzz")).toMatchObject({ names: [], total: 0, similar: false });
  });
});

describe("why a contact matched", () => {
  it("marks the name and work line, and gives other fields as reasons", async () => {
    const page = await listContacts(ownerId, { q: "petrova lead config" });
    const [nadia] = page.items;
    expect(show(nadia!.match!.name)).toBe("Nadia [Petrova]");
    expect(show(nadia!.match!.work)).toBe("Design [Lead] at Figma");
    expect(nadia!.match!.reasons.map((reason) => `${reason.label}: ${show(reason.pieces)}`)).toEqual(["Met at: [Config]"]);
  });

  it("keeps notes that look like HTML as text", async () => {
    expect((await search("loves")).reasons).toEqual([["Notes: Podcast host; <b>[loves]</b> negotiation books"]]);
  });

  it("explains nothing when there is no search", async () => {
    const page = await listContacts(ownerId, { tag: "design" });
    expect(page.items.map((item) => item.match)).toEqual([undefined]);
    expect(page.total).toBe(1);
  });
});

describe("how many matched", () => {
  beforeAll(async () => {
    await db.contact.createMany({ data: Array.from({ length: 30 }, (_, index) => ({ ownerId, firstName: `Guest${index}`, lastName: "Dinner", notes: "met at the speakers dinner" })) });
  });

  it("counts every match, not only the page shown", async () => {
    const first = await search("speakers dinner", 25);
    expect(first.names).toHaveLength(25);
    expect(first).toMatchObject({ total: 30, more: false });
    const second = await listContacts(ownerId, { q: "speakers dinner", after: first.nextCursor! }, 25);
    expect(second.items).toHaveLength(5);
    expect(second.total).toBe(30);
  });

  it("counts close spellings too", async () => {
    expect(await search("speekers", 10)).toMatchObject({ total: 30, similar: true });
  });

  it("stops counting at the limit", async () => {
    await db.contact.createMany({ data: Array.from({ length: MATCH_COUNT_LIMIT + 1 }, (_, index) => ({ ownerId, firstName: `Crowd${index}`, lastName: "Member", notes: "stadium crowd" })) });
    expect(await search("stadium", 5)).toMatchObject({ total: MATCH_COUNT_LIMIT, more: true });
  });
});
