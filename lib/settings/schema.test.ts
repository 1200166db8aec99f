import { describe, expect, it } from "vitest";
import { z } from "zod";
import { isTimeZone, settingsInput, timeZoneOptions } from "./schema";

function errors(values: Record<string, string>) {
  const parsed = settingsInput.safeParse(values);
  return parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
}

describe("settingsInput", () => {
  it("accepts a name, a note limit of 200 or 300 and a timezone", () => {
    expect(settingsInput.parse({ name: " Sam Lee ", inviteNoteLimit: "200", timezone: "Europe/Berlin" })).toEqual({
      name: "Sam Lee",
      inviteNoteLimit: 200,
      timezone: "Europe/Berlin",
    });
    expect(settingsInput.parse({ name: "Sam", inviteNoteLimit: "300", timezone: "UTC" }).inviteNoteLimit).toBe(300);
  });

  it.each(["250", "0", "", "300.5", "abc"])("refuses a note limit of %j", (inviteNoteLimit) => {
    expect(errors({ name: "Sam", inviteNoteLimit, timezone: "UTC" })).toEqual({ inviteNoteLimit: ["Choose 300 or 200 characters."] });
  });

  it.each(["Mars/Olympus_Mons", "+02:00", "Europe/Berlin; DROP TABLE", "../../etc"])("refuses the timezone %j", (timezone) => {
    expect(errors({ name: "Sam", inviteNoteLimit: "300", timezone })).toEqual({ timezone: ["Choose a timezone from the list, like Europe/Berlin."] });
  });

  it("reports every missing field at once", () => {
    expect(errors({})).toEqual({
      name: ["Enter your name."],
      inviteNoteLimit: ["Choose 300 or 200 characters."],
      timezone: ["Choose your timezone."],
    });
  });
});

describe("timezones", () => {
  it("offers UTC first, every zone the runtime knows, and keeps an alias the user already has", () => {
    const zones = timeZoneOptions();
    expect(zones[0]).toBe("UTC");
    expect(zones).toContain("America/New_York");
    expect(new Set(zones).size).toBe(zones.length);
    expect(zones.every(isTimeZone)).toBe(true);
    expect(timeZoneOptions("Asia/Calcutta")).toContain("Asia/Calcutta");
    expect(timeZoneOptions("Nowhere/Land")).not.toContain("Nowhere/Land");
  });
});
