import { describe, expect, it } from "vitest";
import { captureInput } from "@/lib/capture/schema";
import { eventInput } from "./schema";

describe("required fields missing from a hand-made request", () => {
  it("refuses an event without a name", () => {
    const result = eventInput.safeParse({ startsOn: "2026-11-01" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toContain("name");
  });

  it("refuses a capture without what you talked about", () => {
    const result = captureInput.safeParse({ firstName: "Ada" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toContain("context");
  });
});
