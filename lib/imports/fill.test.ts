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
    expect(fillFrom(existing, row)).toEqual({
      title: "CTO",
      linkedinUrl: "https://www.linkedin.com/in/bob",
      tags: ["Friends", "Summit"],
      connectedAt: new Date("2021-08-25T00:00:00Z"),
    });
  });

  it("has nothing to add the second time", () => {
    const filled = { ...existing, ...fillFrom(existing, row) };
    expect(fillFrom(filled, row)).toEqual({});
  });
});
