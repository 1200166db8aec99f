import { describe, expect, it } from "vitest";
import { assessInvitation, noteLength, type InvitationFacts } from "@/lib/invitations/assess";
import { BUILTIN_TEMPLATES, builtinTemplateId, findBuiltinTemplate } from "./builtins";
import { fillTemplate, placeholdersIn, SAMPLE_VALUES, unknownPlaceholders, type TemplateValues } from "./fill";

// Two realistic sets of values: short, and as long as typical names, companies and event names get.
const people: { values: Required<TemplateValues>; facts: InvitationFacts }[] = [
  {
    values: SAMPLE_VALUES,
    facts: {
      firstName: "Priya",
      lastName: "Raman",
      company: "Northwind",
      events: ["Product Leaders Summit"],
      topics: ["onboarding design"],
      mutualNames: ["Jordan Lee"],
      encounterKinds: ["EVENT"],
      noteLimit: 200,
    },
  },
  {
    values: {
      firstName: "Alexandra",
      company: "Contoso Pharmaceuticals",
      eventName: "AMA Leadership Summit 2025",
      metOn: "Tuesday, 14 October",
      topic: "hiring product designers",
      mutualName: "Bartholomew Okafor",
      myFirstName: "Jonathan",
    },
    facts: {
      firstName: "Alexandra",
      lastName: "Lindqvist",
      company: "Contoso Pharmaceuticals",
      events: ["AMA Leadership Summit 2025"],
      places: ["Chicago"],
      topics: ["hiring product designers"],
      mutualNames: ["Bartholomew Okafor"],
      encounterKinds: ["EVENT", "MUTUAL_CONNECTION"],
      noteLimit: 200,
    },
  },
];

describe("built-in templates", () => {
  it("covers each starter the product promises, with unique slugs", () => {
    const slugs = BUILTIN_TEMPLATES.map((template) => template.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(BUILTIN_TEMPLATES.filter((template) => template.kind === "INVITATION")).toHaveLength(4);
    expect(BUILTIN_TEMPLATES.filter((template) => template.kind === "REPLY").map((template) => template.name)).toEqual([
      "Reply to a stranger",
      "Ask where we met",
      "Start a conversation",
      "Decline politely",
    ]);
    expect(BUILTIN_TEMPLATES.filter((template) => template.kind === "THANK_YOU")).toHaveLength(1);
  });

  it.each(BUILTIN_TEMPLATES)("$name uses only known placeholders and greets by name", (template) => {
    expect(unknownPlaceholders(template.body)).toEqual([]);
    expect(placeholdersIn(template.body)).toContain("firstName");
    expect(template.name.length).toBeLessThanOrEqual(80);
  });

  it.each(BUILTIN_TEMPLATES)("$name, filled with realistic values, satisfies the coach", (template) => {
    for (const { values, facts } of people) {
      const message = fillTemplate(template.body, values);
      // A stranger's invitation: all Rapport knows is their profile.
      const known = template.kind === "REPLY" ? { firstName: facts.firstName, lastName: facts.lastName, company: facts.company } : facts;
      const assessment = assessInvitation(message, known);
      expect(assessment.findings.filter((finding) => finding.severity === "error"), message).toEqual([]);
      expect(assessment.score, message).toBeGreaterThanOrEqual(80);
    }
  });

  it.each(BUILTIN_TEMPLATES.filter((template) => template.kind === "INVITATION"))(
    "$name fits LinkedIn's 200-character limit once filled",
    (template) => {
      for (const { values } of people) expect(noteLength(fillTemplate(template.body, values))).toBeLessThanOrEqual(200);
    },
  );

  it("keeps the PLACEHOLDER finding when a value is missing", () => {
    const [first] = BUILTIN_TEMPLATES;
    const message = fillTemplate(first?.body ?? "", { firstName: "Priya" });
    expect(assessInvitation(message, { firstName: "Priya" }).findings.map((finding) => finding.code)).toContain("PLACEHOLDER");
  });

  it("finds built-ins by id", () => {
    expect(findBuiltinTemplate(builtinTemplateId("met-at-event"))?.name).toBe("Met at an event");
    expect(findBuiltinTemplate("builtin:nope")).toBeUndefined();
    expect(findBuiltinTemplate("met-at-event")).toBeUndefined();
  });
});
