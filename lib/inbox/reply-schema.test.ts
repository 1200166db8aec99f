import { describe, expect, it } from "vitest";
import { EMPTY_REPLY, MAX_REPLY_LENGTH, replyActivityBody, replyDraftKey, replyInput } from "./reply-schema";

const refusal = (values: unknown) => {
  const parsed = replyInput.safeParse(values);
  return parsed.success ? null : parsed.error.issues.map((issue) => issue.message);
};

describe("replyInput", () => {
  it("keeps the reply as written, without the spaces around it", () => {
    expect(replyInput.parse({ message: "  Hi Priya,\nremind me where we met?\n" })).toEqual({ message: "Hi Priya,\nremind me where we met?" });
  });

  it("refuses an empty or blank reply with a message that says what to do", () => {
    for (const message of ["", "   \n\t "]) expect(refusal({ message })).toEqual([EMPTY_REPLY]);
    expect(refusal({})).toEqual(["Write the reply as text."]);
    expect(refusal({ message: 42 })).toEqual(["Write the reply as text."]);
  });

  it("refuses what PostgreSQL cannot store, and a reply longer than a LinkedIn message", () => {
    expect(refusal({ message: "Hi\u0000" })?.[0]).toMatch(/NUL character/);
    expect(refusal({ message: "Hi \uD83D" })?.[0]).toMatch(/broken character/);
    expect(refusal({ message: "a".repeat(MAX_REPLY_LENGTH) })).toBeNull();
    expect(refusal({ message: "a".repeat(MAX_REPLY_LENGTH + 1) })).toEqual(["A reply must be at most 8,000 characters."]);
  });
});

it("writes the reply on the timeline after a line that says what it is", () => {
  expect(replyActivityBody("Hi Priya")).toBe("You replied to their invitation:\nHi Priya");
});

it("keeps one local draft per user and invitation", () => {
  expect(replyDraftKey("u1", "i1")).toBe("rapport:reply-draft:u1:i1");
  expect(replyDraftKey("u2", "i1")).not.toBe(replyDraftKey("u1", "i1"));
});
