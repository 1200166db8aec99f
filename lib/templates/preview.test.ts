import { describe, expect, it } from "vitest";
import { previewTemplate } from "./preview";

describe("previewTemplate", () => {
  it("fills the sample values and lets the coach judge an invitation", () => {
    const preview = previewTemplate("Hi {firstName}, great meeting you at {eventName}. Would love to swap notes on {topic}!", "INVITATION", 300);
    expect(preview.text).toBe("Hi Priya, great meeting you at Product Leaders Summit. Would love to swap notes on onboarding design!");
    expect(preview.assessment?.findings).toEqual([]);
    expect(preview.assessment?.score).toBe(100);
  });

  it("flags what the template misses, and unknown placeholders left in it", () => {
    const codes = previewTemplate("I'd like to add you to my professional network on LinkedIn. {city}", "INVITATION", 300).assessment?.findings.map((finding) => finding.code);
    expect(codes).toEqual(expect.arrayContaining(["NO_GREETING", "PLACEHOLDER"]));
  });

  it("measures an invitation against the user's note limit", () => {
    const body = `Hi {firstName}, ${"we met at {eventName} and I would love to hear more. ".repeat(4)}`;
    const under300 = previewTemplate(body, "INVITATION", 300);
    expect(under300.text.length).toBeGreaterThan(200);
    expect(under300.text.length).toBeLessThanOrEqual(300);
    expect(under300.assessment?.findings.map((finding) => finding.code)).not.toContain("TOO_LONG");
    expect(previewTemplate(body, "INVITATION", 200).assessment?.findings.map((finding) => finding.code)).toContain("TOO_LONG");
  });

  it("does not assess thank-yous and replies", () => {
    expect(previewTemplate("Thanks {firstName}!", "THANK_YOU", 300)).toEqual({ text: "Thanks Priya!", assessment: null });
    expect(previewTemplate("Hi {firstName}", "REPLY", 200).assessment).toBeNull();
  });
});
