import { describe, expect, it } from "vitest";
import {
  fillTemplate,
  placeholdersIn,
  SAMPLE_VALUES,
  splitPlaceholders,
  TEMPLATE_PLACEHOLDERS,
  unknownPlaceholders,
  type TemplateValues,
} from "./fill";

const values: TemplateValues = SAMPLE_VALUES;

describe("fillTemplate", () => {
  it("fills every known placeholder", () => {
    const body = TEMPLATE_PLACEHOLDERS.map((name) => `{${name}}`).join("|");
    expect(fillTemplate(body, values)).toBe("Priya|Northwind|Product Leaders Summit|12 March|onboarding design|Jordan Lee|Sam");
  });

  it("fills a placeholder each time it appears", () => {
    expect(fillTemplate("{firstName}, {firstName}!", values)).toBe("Priya, Priya!");
  });

  it("keeps placeholders it has no value for visible", () => {
    expect(fillTemplate("Hi {firstName}, from {eventName}", { firstName: "Priya" })).toBe("Hi Priya, from {eventName}");
    expect(fillTemplate("Hi {firstName}", {})).toBe("Hi {firstName}");
  });

  it("treats blank values as missing and trims the others", () => {
    expect(fillTemplate("Hi {firstName} at {company}", { firstName: "   ", company: "  Contoso " })).toBe("Hi {firstName} at Contoso");
    expect(fillTemplate("Hi {firstName}", { firstName: "" })).toBe("Hi {firstName}");
  });

  it("leaves unknown placeholders exactly as typed", () => {
    expect(fillTemplate("Hi {firstname} from {city}", values)).toBe("Hi {firstname} from {city}");
    expect(fillTemplate("{toString} {constructor} {__proto__}", values)).toBe("{toString} {constructor} {__proto__}");
  });

  it("tolerates spaces inside braces and doubled braces", () => {
    expect(fillTemplate("Hi { firstName }, {{company}} and {{ topic }}", values)).toBe("Hi Priya, Northwind and onboarding design");
    expect(fillTemplate("Hi {{firstName}}", {})).toBe("Hi {firstName}");
  });

  it("leaves malformed braces alone", () => {
    const malformed = ["Hi {firstName", "Hi firstName}", "{}", "{ }", "{{{firstName}}}", "{first name}", "{1st}", "{firstName}}", "{{firstName}"];
    for (const body of malformed) expect(fillTemplate(body, values)).toBe(body);
  });

  it("does not fill placeholders that appear inside values", () => {
    expect(fillTemplate("Hi {firstName} of {company}", { firstName: "{company}", company: "$& Co" })).toBe("Hi {company} of $& Co");
  });

  it("keeps text without placeholders unchanged, including other scripts and emoji", () => {
    const text = "Hallo Jürgen 👋 — 田中さん、よろしくお願いします。";
    expect(fillTemplate(text, values)).toBe(text);
  });
});

describe("placeholders in a body", () => {
  it("lists each once in order, known or not", () => {
    expect(placeholdersIn("{topic} {firstName} {topic} {city}")).toEqual(["topic", "firstName", "city"]);
    expect(unknownPlaceholders("{topic} {firstName} {city} {FirstName}")).toEqual(["city", "FirstName"]);
    expect(unknownPlaceholders("No placeholders {here")).toEqual([]);
  });

  it("splits a body into text and placeholders for highlighting", () => {
    expect(splitPlaceholders("Hi {firstName}, see {city}.")).toEqual([
      { text: "Hi ", placeholder: false, known: false },
      { text: "{firstName}", placeholder: true, known: true },
      { text: ", see ", placeholder: false, known: false },
      { text: "{city}", placeholder: true, known: false },
      { text: ".", placeholder: false, known: false },
    ]);
    expect(splitPlaceholders("")).toEqual([]);
  });
});
