import { describe, expect, it } from "vitest";
import { normalizeLinkedinUrl } from "./linkedin";

describe("normalizeLinkedinUrl", () => {
  const canonical = "https://www.linkedin.com/in/jane-doe";

  it.each([
    "linkedin.com/in/jane-doe",
    "www.linkedin.com/in/jane-doe/",
    "https://linkedin.com/in/jane-doe?utm_source=share&utm_medium=member_ios",
    "http://www.linkedin.com/in/Jane-Doe",
    "https://m.linkedin.com/in/jane-doe/",
    "https://de.linkedin.com/in/jane-doe/details/experience/",
    "  https://www.linkedin.com/in/jane-doe#about  ",
  ])("treats %s as the same profile", (input) => {
    expect(normalizeLinkedinUrl(input)).toBe(canonical);
  });

  it("keeps accented slugs in one canonical encoding", () => {
    expect(normalizeLinkedinUrl("linkedin.com/in/josé-garcía")).toBe(normalizeLinkedinUrl("https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa/"));
  });

  it.each([
    "",
    "jane-doe",
    "https://example.com/in/jane-doe",
    "https://linkedin.com.evil.example/in/jane-doe",
    "https://www.linkedin.com/company/acme",
    "https://www.linkedin.com/in/",
    "ftp://linkedin.com/in/jane-doe",
  ])("refuses %s", (input) => {
    expect(normalizeLinkedinUrl(input)).toBeNull();
  });
});
