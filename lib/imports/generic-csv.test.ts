import { describe, expect, it } from "vitest";
import { guessMapping, mapGenericRow, mappingProblem } from "@/lib/imports/generic-csv";

describe("generic CSV", () => {
  it("guesses the mapping from the headers", () => {
    expect(guessMapping(["Name", "E-mail", "Organisation", "Notes", "Shoe size"])).toEqual({ fullName: 0, email: 1, company: 2, notes: 3 });
    expect(guessMapping(["First", "Last", "LinkedIn"])).toEqual({ firstName: 0, lastName: 1, linkedinUrl: 2 });
  });

  it("maps a row through the user's mapping, splitting a full name", () => {
    expect(mapGenericRow({ fullName: 0, email: 1, tags: 2 }, ["Grace Brewster Hopper", "GRACE@navy.example", "navy; compilers"], 2)).toMatchObject({
      kind: "ok",
      value: { row: 2, firstName: "Grace", lastName: "Brewster Hopper", email: "grace@navy.example", tags: ["navy", "compilers"] },
    });
    expect(mapGenericRow({ fullName: 0 }, ["", ""], 3)).toEqual({ kind: "blank" });
    expect(mapGenericRow({ fullName: 0, email: 1 }, ["", "x@y.example"], 4)).toMatchObject({ kind: "invalid", problem: { row: 4, reason: "Enter a first or last name." } });
  });

  it("refuses a mapping without a name or with a column the file does not have", () => {
    expect(mappingProblem({ email: 1 }, 3)).toBe("Choose the column with the name (full name, or first and last name).");
    expect(mappingProblem({ fullName: 5 }, 3)).toBe("The column chosen for Full name is not in the file.");
    expect(mappingProblem({ firstName: 0 }, 3)).toBeNull();
  });
});
