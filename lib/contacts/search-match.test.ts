import { describe, expect, it } from "vitest";
import { explainMatch, foldForSearch, trigramSimilarity, type MatchSource, type Piece } from "./search-match";

const nadia: MatchSource = {
  firstName: "Nadia",
  lastName: "Petrova",
  title: "Design Lead",
  company: "Figma",
  email: "nadia@figma.example",
  location: "Zürich",
  notes: null,
  tags: ["design", "a11y"],
  encounters: [
    {
      eventName: "Config",
      eventLocation: "San Francisco",
      where: null,
      context: "Accessibility audits for design systems; she runs the a11y guild at Figma and offered to review our color tokens",
      topic: "your Config talk on contrast",
      theyCanHelpWith: null,
      iCanHelpWith: null,
    },
  ],
};

/** Pieces written as text with the marked ones in [brackets], which is how a reader checks them. */
const show = (pieces: Piece[]) => pieces.map((piece) => (piece.mark ? `[${piece.text}]` : piece.text)).join("");

describe("explainMatch", () => {
  it("says what was talked about, shortened around the match", () => {
    const match = explainMatch(nadia, "audits");
    expect(match.reasons.map((reason) => `${reason.label}: ${show(reason.pieces)}`)).toEqual([
      "Talked about: Accessibility [audits] for design systems; she runs the a11y guild at Figma and offered to review our color…",
    ]);
    expect(show(match.name)).toBe("Nadia Petrova");
  });

  it("says which topic to mention matched", () => {
    const match = explainMatch(nadia, "contrast");
    expect(match.reasons.map((reason) => `${reason.label}: ${show(reason.pieces)}`)).toEqual(["Topic to mention: your Config talk on [contrast]"]);
  });

  it("ignores accents and case both ways, and marks the original letters", () => {
    expect(show(explainMatch({ ...nadia, firstName: "Zoë", lastName: "Ångström" }, "ZOE angstrom").name)).toBe("[Zoë] [Ångström]");
    expect(show(explainMatch(nadia, "zurich").reasons[0]!.pieces)).toBe("[Zürich]");
    expect(show(explainMatch({ ...nadia, firstName: "Jose" }, "JOSÉ").name)).toBe("[Jose] Petrova");
    expect(show(explainMatch({ ...nadia, lastName: "Łukasz-Straße" }, "strasse lukasz").name)).toBe("Nadia [Łukasz]-[Straße]");
  });

  it("marks the name and work line in place, with no reason line for them", () => {
    const match = explainMatch(nadia, "petrova figma");
    expect(show(match.name)).toBe("Nadia [Petrova]");
    expect(show(match.work)).toBe("Design Lead at [Figma]");
    expect(match.reasons).toEqual([]);
  });

  it("explains each word of the search, the field covering most words first", () => {
    const match = explainMatch(nadia, "nadia config tokens");
    expect(show(match.name)).toBe("[Nadia] Petrova");
    expect(match.reasons.map((reason) => reason.label)).toEqual(["Met at", "Talked about"]);
    expect(show(match.reasons[1]!.pieces)).toMatch(/review our color \[tokens\]$/);
  });

  it("marks the word closest to a misspelt one", () => {
    const match = explainMatch(nadia, "accesibility");
    expect(match.reasons).toHaveLength(1);
    expect(match.reasons[0]!.label).toBe("Talked about");
    expect(show(match.reasons[0]!.pieces)).toMatch(/^\[Accessibility\] audits for design systems/);
  });

  it("matches a one- or two-letter word at the start of a word only", () => {
    expect(show(explainMatch(nadia, "pe").name)).toBe("Nadia [Pe]trova");
    expect(show(explainMatch(nadia, "ov").name)).toBe("Nadia Petrova");
  });

  it("keeps text that looks like HTML as text", () => {
    const match = explainMatch({ ...nadia, encounters: [], notes: '<img src=x onerror="alert(1)"> <b>accessibility</b> review' }, "review accessibility");
    expect(match.reasons.map((reason) => reason.label)).toEqual(["Notes"]);
    expect(match.reasons[0]!.pieces).toEqual([
      { text: '<img src=x onerror="alert(1)"> <b>', mark: false },
      { text: "accessibility", mark: true },
      { text: "</b> ", mark: false },
      { text: "review", mark: true },
    ]);
  });

  it("explains nothing for an empty search, and never more than two lines", () => {
    expect(explainMatch(nadia, "")).toEqual({ name: [{ text: "Nadia Petrova", mark: false }], work: [{ text: "Design Lead at Figma", mark: false }], reasons: [] });
    expect(explainMatch(nadia, "config zurich a11y nadia@").reasons).toHaveLength(2);
  });
});

describe("foldForSearch", () => {
  it("folds as unaccent and lower() do, remembering where each letter came from", () => {
    expect(foldForSearch("Æsop Straße").folded).toBe("aesop strasse");
    expect(foldForSearch("Æb").origin).toEqual([0, 0, 1, 2]);
    expect(foldForSearch("Nguyễn").folded).toBe("nguyen");
  });
});

describe("trigramSimilarity", () => {
  it("counts as pg_trgm does", () => {
    // pg_trgm: similarity('accesibility', 'accessibility') = 0.8
    expect(trigramSimilarity("accesibility", "accessibility")).toBeCloseTo(0.8);
    expect(trigramSimilarity("word", "word")).toBe(1);
    expect(trigramSimilarity("abc", "xyz")).toBe(0);
  });
});
