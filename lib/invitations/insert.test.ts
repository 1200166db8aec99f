import { describe, expect, it } from "vitest";
import { insertAt } from "./insert";

describe("insertAt", () => {
  it.each([
    ["into an empty message", "", 0, 0, "Colleen", "Colleen", 7],
    ["after a space", "Hi ", 3, 3, "Colleen", "Hi Colleen", 10],
    ["after a word, adding the space", "Hi", 2, 2, "Colleen", "Hi Colleen", 10],
    ["before a comma, without a space", "Hi , great to meet you", 3, 3, "Colleen", "Hi Colleen, great to meet you", 10],
    ["before a word, adding the space after", "Hi great", 3, 3, "Colleen", "Hi Colleen great", 10],
    ["in place of a selection", "Hi {firstName}, hello", 3, 14, "Colleen", "Hi Colleen, hello", 10],
    ["after an opening bracket", "the summit (", 12, 12, "Chicago", "the summit (Chicago", 19],
    ["trimming the fact", "at ", 3, 3, "  Health Tech Meetup ", "at Health Tech Meetup", 21],
  ])("inserts %s", (_name, text, start, end, fact, expected, caret) => {
    expect(insertAt(text, start, end, fact)).toEqual({ text: expected, caret });
  });

  it("clamps a selection outside the text", () => {
    expect(insertAt("Hi", 10, 20, "Colleen")).toEqual({ text: "Hi Colleen", caret: 10 });
    expect(insertAt("Hi", 2, 1, "Colleen")).toEqual({ text: "Hi Colleen", caret: 10 });
  });

  it("changes nothing for an empty fact", () => {
    expect(insertAt("Hi there", 3, 3, "  ")).toEqual({ text: "Hi there", caret: 3 });
  });
});
