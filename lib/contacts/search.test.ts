import { describe, expect, it } from "vitest";
import { contactSearchHref, decodeCursor, encodeCursor, escapeLike, matchCountLabel, parseContactSearch, searchWords } from "./search";

describe("parseContactSearch", () => {
  it("reads every parameter", () => {
    expect(parseContactSearch({ q: " podcast ", tag: "design", event: "ev1", stage: "SENT", sort: "name", archived: "1" })).toEqual({
      q: "podcast",
      tag: "design",
      event: "ev1",
      stage: "SENT",
      sort: "name",
      after: undefined,
      archived: true,
    });
  });

  it("ignores what it does not understand instead of failing", () => {
    expect(parseContactSearch({ stage: "NOPE", sort: "random", q: "", tag: ["a", "b"] })).toMatchObject({
      stage: undefined,
      sort: "added",
      q: undefined,
      tag: "a",
      archived: false,
    });
  });
});

describe("contactSearchHref", () => {
  it("leaves defaults out and keeps the rest", () => {
    expect(contactSearchHref({ sort: "added" })).toBe("/contacts");
    expect(contactSearchHref({ q: "josé garcía", tag: "a&b", sort: "name" })).toBe("/contacts?q=jos%C3%A9+garc%C3%ADa&tag=a%26b&sort=name");
  });
});

describe("searchWords", () => {
  it("splits, lower-cases and de-duplicates", () => {
    expect(searchWords("  José  garcía JOSÉ ")).toEqual(["josé", "garcía"]);
    expect(searchWords(undefined)).toEqual([]);
    expect(searchWords("a b c d e f g h i j")).toHaveLength(8);
  });
});

describe("escapeLike", () => {
  it("escapes LIKE wildcards", () => {
    expect(escapeLike("50%_off\\")).toBe("50\\%\\_off\\\\");
  });
});

describe("cursors", () => {
  it("round-trip, and a mangled one is ignored", () => {
    const cursor = { key: "2026-11-26T10:00:00.000Z", id: "c123" };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    expect(decodeCursor(encodeCursor({ key: null, id: "c1" }))).toEqual({ key: null, id: "c1" });
    expect(decodeCursor("not-a-cursor")).toBeNull();
    expect(decodeCursor(Buffer.from('{"a":1}').toString("base64url"))).toBeNull();
  });
});

describe("matchCountLabel", () => {
  it("counts matches as the header shows them", () => {
    expect(matchCountLabel(0)).toBe("No matches");
    expect(matchCountLabel(1)).toBe("1 match");
    expect(matchCountLabel(12)).toBe("12 matches");
    expect(matchCountLabel(1000, true)).toBe("1,000+ matches");
  });
});
