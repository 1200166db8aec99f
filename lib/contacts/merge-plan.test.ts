import { describe, expect, it } from "vitest";
import {
  buildMergePlan,
  compareFields,
  describeRelatedRows,
  furtherStage,
  joinNotes,
  earlierDate,
  laterDate,
  mergedActivityBody,
  resolveFields,
  unionTags,
  type MergeFieldValues,
} from "@/lib/contacts/merge-plan";

const empty: MergeFieldValues = {
  firstName: "",
  lastName: "",
  email: null,
  phone: null,
  company: null,
  title: null,
  linkedinUrl: null,
  location: null,
  notes: null,
};

const jane: MergeFieldValues = { ...empty, firstName: "Jane", lastName: "Doe", email: "jane@acme.example", company: "Acme", notes: "Likes sailing." };
const janeD: MergeFieldValues = { ...empty, firstName: "Jane", lastName: "D.", email: "jane.d@example.com", phone: "+1 555 0100", company: "Acme", notes: "Met at PyCon." };

describe("compareFields", () => {
  it("asks only about fields with two different values", () => {
    const outcomes = Object.fromEntries(compareFields(jane, janeD).map((field) => [field.field, field.outcome]));
    expect(outcomes).toEqual({
      firstName: "same",
      lastName: "choose",
      email: "choose",
      phone: "other",
      company: "same",
      title: "same",
      linkedinUrl: "same",
      location: "same",
      notes: "choose",
    });
  });

  it("treats CRLF and LF line breaks, and blank and missing values, as the same", () => {
    const a = { ...empty, notes: "one\r\ntwo", title: "  " };
    const b = { ...empty, notes: "one\ntwo", title: null };
    expect(compareFields(a, b).every((field) => field.outcome === "same")).toBe(true);
  });
});

describe("resolveFields", () => {
  it("keeps the kept contact's value unless told otherwise, and the only value where one side is empty", () => {
    const result = resolveFields(jane, janeD, {});
    expect(result).toMatchObject({ ok: true, values: { lastName: "Doe", email: "jane@acme.example", phone: "+1 555 0100", notes: "Likes sailing." }, fromOther: ["phone"] });
  });

  it("applies the chosen values, including both notes", () => {
    const both = joinNotes("Likes sailing.", "Met at PyCon.");
    expect(both).toBe("Likes sailing.\n\nMet at PyCon.");
    const result = resolveFields(jane, janeD, { email: "jane.d@example.com", lastName: "Doe", notes: both.replace(/\n/g, "\r\n") });
    expect(result).toMatchObject({ ok: true, values: { email: "jane.d@example.com", lastName: "Doe", notes: both } });
    expect(result.ok && result.fromOther.sort()).toEqual(["email", "notes", "phone"]);
  });

  it("refuses a value that neither contact has", () => {
    expect(resolveFields(jane, janeD, { email: "attacker@example.com" })).toEqual({
      ok: false,
      field: "email",
      message: "Email: choose one of the two contacts' values.",
    });
    expect(resolveFields(jane, janeD, { title: "CEO" })).toMatchObject({ ok: false, field: "title" });
    // "Keep both" exists only for notes.
    expect(resolveFields(jane, janeD, { lastName: "Doe\n\nD." })).toMatchObject({ ok: false, field: "lastName" });
  });
});

describe("tags, stages and dates", () => {
  it("unions tags once each whatever their case, the kept spelling first", () => {
    expect(unionTags(["design", "Berlin"], ["berlin", "python", "Design", "AI"])).toEqual(["design", "Berlin", "python", "AI"]);
  });

  it("keeps the stage further along the pipeline", () => {
    expect(furtherStage("SENT", "CONNECTED")).toBe("other");
    expect(furtherStage("THANKED", "PERSONALIZE")).toBe("keep");
    expect(furtherStage("READY", "READY")).toBe("keep");
    const plan = buildMergePlan({ ...jane, tags: ["a"], stage: "READY" }, { ...janeD, tags: ["A", "b"], stage: "THANKED" });
    expect(plan.stage).toEqual({ value: "THANKED", from: "other", differs: true });
    expect(plan.tags).toEqual(["a", "b"]);
    expect(plan.addedTags).toEqual(["b"]);
    expect(buildMergePlan({ ...jane, tags: [], stage: "SENT" }, { ...janeD, tags: [] }).stage).toBeNull();
  });

  it("takes the later of two dates", () => {
    const early = new Date("2026-01-01T00:00:00Z");
    const late = new Date("2026-03-01T00:00:00Z");
    expect(laterDate(early, late)).toBe(late);
    expect(laterDate(late, early)).toBe(late);
    expect(laterDate(null, early)).toBe(early);
    expect(laterDate(null, null)).toBeNull();
  });

  it("takes the earlier of two dates (when they first connected)", () => {
    const early = new Date("2026-01-01T00:00:00Z");
    const late = new Date("2026-03-01T00:00:00Z");
    expect(earlierDate(early, late)).toBe(early);
    expect(earlierDate(late, early)).toBe(early);
    expect(earlierDate(late, null)).toBe(late);
    expect(earlierDate(null, null)).toBeNull();
  });
});

describe("wording", () => {
  it("names the merged contact in the timeline entry", () => {
    expect(mergedActivityBody({ ...janeD, linkedinUrl: null })).toBe("Merged with Jane D. (jane.d@example.com)");
    expect(mergedActivityBody({ ...empty, firstName: "Ann", linkedinUrl: "https://www.linkedin.com/in/ann" })).toBe("Merged with Ann (linkedin.com/in/ann)");
    expect(mergedActivityBody({ ...empty, lastName: "Ng" }, { unsaved: true })).toBe("Merged with Ng, typed in as a new contact");
  });

  it("counts what moves", () => {
    expect(describeRelatedRows({ encounters: 3, activities: 5 })).toBe("3 ways you met, 5 timeline entries");
    expect(describeRelatedRows({ encounters: 1, activities: 0 })).toBe("1 way you met");
    expect(describeRelatedRows({ encounters: 0, activities: 1 })).toBe("1 timeline entry");
    expect(describeRelatedRows({ encounters: 0, activities: 0 })).toBeNull();
  });
});
