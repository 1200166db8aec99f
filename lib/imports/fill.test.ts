import { describe, expect, it } from "vitest";
import { fillFrom, type ExistingContact } from "@/lib/imports/fill";
import type { ImportedContact } from "@/lib/imports/rows";

const existing: ExistingContact = {
  id: "c1",
  firstName: "Bob",
  lastName: "",
  email: "bob@example.com",
  phone: null,
  company: "Own Edit Ltd",
  title: null,
  linkedinUrl: null,
  location: null,
  notes: null,
  tags: ["Friends"],
  connectedAt: null,
  stage: "PERSONALIZE",
};
const row: ImportedContact = {
  row: 5,
  firstName: "Robert",
  lastName: "Smith",
  email: "bob@example.com",
  phone: null,
  company: "Acme",
  title: "CTO",
  linkedinUrl: "https://www.linkedin.com/in/bob",
  location: null,
  notes: null,
  tags: ["friends", "Summit"],
  connectedOn: new Date("2021-08-25T00:00:00Z"),
};

describe("what an import adds to an existing contact", () => {
  it("fills only what is missing and keeps the user's edits", () => {
    expect(fillFrom(existing, row, "connection")).toEqual({
      title: "CTO",
      linkedinUrl: "https://www.linkedin.com/in/bob",
      tags: ["Friends", "Summit"],
      connectedAt: new Date("2021-08-25T00:00:00Z"),
    });
  });

  it("has nothing to add the second time", () => {
    const filled = { ...existing, ...fillFrom(existing, row, "connection") };
    expect(fillFrom(filled, row, "connection")).toEqual({});
  });

  it("moves someone you sent an invitation to, now a connection, to Needs a thank-you since the day you connected", () => {
    const sent = { ...existing, stage: "SENT" as const };
    const connectedOn = new Date("2021-08-25T00:00:00Z");
    expect(fillFrom(sent, row, "connection")).toMatchObject({ stage: "CONNECTED", stageChangedAt: connectedOn, connectedAt: connectedOn });
    // Once moved, importing the same file again changes nothing.
    const moved = { ...sent, ...fillFrom(sent, row, "connection") };
    expect(fillFrom(moved, row, "connection")).toEqual({});
  });

  it("leaves the stage alone for an address book, for someone not yet sent an invitation, and without a date", () => {
    const sent = { ...existing, stage: "SENT" as const };
    expect(fillFrom(sent, row, "address-book")).not.toHaveProperty("stage");
    expect(fillFrom({ ...existing, stage: "READY" }, row, "connection")).not.toHaveProperty("stage");
    expect(fillFrom({ ...existing, stage: "THANKED" }, row, "connection")).not.toHaveProperty("stage");
    expect(fillFrom(sent, { ...row, connectedOn: null }, "connection")).not.toHaveProperty("stage");
  });
});
