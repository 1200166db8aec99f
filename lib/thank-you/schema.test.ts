import { describe, expect, it } from "vitest";
import { MAX_NEXT_STEP_LENGTH, MAX_THANK_YOU_LENGTH, suggestFollowUpDay, thankYouInput } from "./schema";

const today = "2026-11-26";
const parse = (values: Record<string, unknown>) => thankYouInput(today).safeParse(values);
const errors = (values: Record<string, unknown>) => {
  const result = parse(values);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
};

describe("suggestFollowUpDay", () => {
  it("suggests two weeks after today, across month and year ends", () => {
    expect(suggestFollowUpDay("2026-11-26")).toBe("2026-12-10");
    expect(suggestFollowUpDay("2026-12-25")).toBe("2027-01-08");
    expect(suggestFollowUpDay("2028-02-20")).toBe("2028-03-05");
  });
});

describe("thankYouInput", () => {
  it("keeps the trimmed message and turns the day and next step into a follow-up", () => {
    expect(parse({ message: "  Thanks, Colleen!  ", noFollowUp: false, followUpOn: "2026-12-10", nextStep: " Coffee to talk about their hiring " })).toEqual({
      success: true,
      data: { message: "Thanks, Colleen!", followUp: { dueOn: new Date("2026-12-10T00:00:00Z"), note: "Coffee to talk about their hiring" } },
    });
  });

  it("allows today and an empty next step", () => {
    expect(parse({ message: "Thanks!", followUpOn: today })).toMatchObject({ success: true, data: { followUp: { dueOn: new Date(`${today}T00:00:00Z`), note: "" } } });
  });

  it("schedules nothing with “No follow-up”, whatever the date says", () => {
    expect(parse({ message: "Thanks!", noFollowUp: true, followUpOn: "2020-01-01", nextStep: "" })).toEqual({ success: true, data: { message: "Thanks!", followUp: null } });
  });

  it("requires the message", () => {
    expect(errors({ message: "   ", followUpOn: "2026-12-10" })).toEqual({ message: "Write the thank-you first." });
    expect(errors({ followUpOn: "2026-12-10" })).toEqual({ message: "Write the thank-you first." });
    expect(errors({ message: "x".repeat(MAX_THANK_YOU_LENGTH + 1), noFollowUp: true })).toEqual({ message: "A message must be at most 8,000 characters." });
  });

  it("requires a day unless “No follow-up” is ticked", () => {
    expect(errors({ message: "Thanks!", followUpOn: "" })).toEqual({ followUpOn: "Pick a day to follow up, or tick “No follow-up”." });
    expect(errors({ message: "Thanks!" })).toEqual({ followUpOn: "Pick a day to follow up, or tick “No follow-up”." });
  });

  it.each(["2026-02-30", "26/11/2026", "tomorrow", "2026-13-01"])("refuses %j as a day", (followUpOn) => {
    expect(errors({ message: "Thanks!", followUpOn })).toEqual({ followUpOn: "Enter a valid date." });
  });

  it("refuses a day in the past, counted from the user's today", () => {
    expect(errors({ message: "Thanks!", followUpOn: "2026-11-25" })).toEqual({ followUpOn: "Pick today or a later day." });
    expect(thankYouInput("2026-11-25").safeParse({ message: "Thanks!", followUpOn: "2026-11-25" }).success).toBe(true);
  });

  it("limits the next step", () => {
    expect(errors({ message: "Thanks!", followUpOn: "2026-12-10", nextStep: "x".repeat(MAX_NEXT_STEP_LENGTH + 1) })).toEqual({
      nextStep: "The next step must be at most 500 characters.",
    });
    expect(parse({ message: "Thanks!", followUpOn: "2026-12-10", nextStep: "x".repeat(MAX_NEXT_STEP_LENGTH) }).success).toBe(true);
  });

  it("refuses values of the wrong type", () => {
    expect(errors({ message: 42, noFollowUp: "yes", followUpOn: 3 })).toEqual({
      message: "Write the thank-you first.",
      noFollowUp: "Say whether to follow up.",
      followUpOn: "Pick a day to follow up.",
    });
  });
});
