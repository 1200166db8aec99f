import { describe, expect, it } from "vitest";
import { encodeMergeDraft, mergeDraftHref, mergeInput, parseMergeDraft } from "@/lib/contacts/merge-schema";

describe("merge drafts", () => {
  it("round-trips what was typed, accents and line breaks included, through a URL-safe link", () => {
    const typed = { firstName: "José", lastName: "Núñez", email: "Jose@Example.com", notes: "Café chat\nabout ☕", tags: "a, b", version: "3", confirmed: "1" };
    const href = mergeDraftHref("c123", typed);
    expect(href).toMatch(/^\/contacts\/c123\/merge\?draft=[A-Za-z0-9_-]+$/);
    const parsed = parseMergeDraft(new URL(href, "http://x").searchParams.get("draft")!);
    expect(parsed).toMatchObject({
      ok: true,
      draft: { firstName: "José", lastName: "Núñez", email: "jose@example.com", notes: "Café chat\nabout ☕", tags: ["a", "b"], phone: null },
    });
  });

  it("leaves out empty values and anything that is not a contact field", () => {
    const decoded = JSON.parse(Buffer.from(encodeMergeDraft({ firstName: "Ann", company: " ", version: "2" }), "base64url").toString());
    expect(decoded).toEqual({ firstName: "Ann" });
  });

  it("explains a damaged or invalid draft instead of throwing", () => {
    for (const broken of ["", "%%%", "bm90IGpzb24", Buffer.from("[1,2]").toString("base64url"), Buffer.from([0xff, 0xfe]).toString("base64url")]) {
      expect(parseMergeDraft(broken)).toMatchObject({ ok: false, problems: [] });
    }
    const invalid = parseMergeDraft(Buffer.from(JSON.stringify({ firstName: "", email: "nope", phone: 42 })).toString("base64url"));
    expect(invalid.ok).toBe(false);
    expect(!invalid.ok && invalid.problems).toEqual(
      expect.arrayContaining(["Enter a valid email, like name@example.com.", "Enter a first or last name."]),
    );
  });
});

describe("mergeInput", () => {
  it("collects the chosen values and treats an empty one as no choice", () => {
    expect(mergeInput.parse({ keepVersion: "2", otherVersion: "5", email: "a@example.com", notes: "", junk: "x" })).toEqual({
      keepVersion: 2,
      otherVersion: 5,
      values: { email: "a@example.com" },
    });
    expect(mergeInput.safeParse({ keepVersion: "0", otherVersion: "x" }).success).toBe(false);
  });
});
