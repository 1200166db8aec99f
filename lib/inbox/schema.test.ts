import { describe, expect, it } from "vitest";
import { logInvitationInput, nameSplits, splitName } from "@/lib/inbox/schema";
import { inboxHref, parseInboxSearch } from "@/lib/inbox/search";

describe("logInvitationInput", () => {
  const schema = logInvitationInput("2026-12-10");

  it("takes a name and an empty message (LinkedIn's default), with the URL in its one spelling", () => {
    expect(schema.parse({ from: "  Rosa   Stranger ", message: "  ", receivedOn: "2026-12-10", linkedinUrl: "linkedin.com/in/Rosa/" })).toEqual({
      from: "Rosa Stranger",
      message: "",
      receivedOn: "2026-12-10",
      linkedinUrl: "https://www.linkedin.com/in/rosa",
    });
  });

  it("refuses no name, a day after today, a day that does not exist and a URL that is no profile", () => {
    const errors = (input: Record<string, string>) => schema.safeParse({ from: "Rosa", receivedOn: "2026-12-10", ...input }).error?.issues.map((issue) => [issue.path[0], issue.message]);
    expect(errors({ from: " " })).toEqual([["from", "Enter the name of who sent it, as LinkedIn shows it."]]);
    expect(errors({ receivedOn: "2026-12-11" })).toEqual([["receivedOn", "Received on cannot be after today (10 Dec 2026): choose today or an earlier day."]]);
    expect(errors({ receivedOn: "2026-02-30" })).toEqual([["receivedOn", "Enter a real date, like 2026-12-10."]]);
    expect(errors({ linkedinUrl: "https://example.com/in/rosa" })).toEqual([["linkedinUrl", "Enter a LinkedIn profile URL, like linkedin.com/in/jane-doe."]]);
  });
});

describe("names", () => {
  it("splits a new contact's name at the first space, and matches every way a contact could hold it", () => {
    expect(splitName("Jan van Dam")).toEqual({ firstName: "Jan", lastName: "van Dam" });
    expect(nameSplits("Mary Ann Smith")).toEqual([
      { firstName: "", lastName: "Mary Ann Smith" },
      { firstName: "Mary", lastName: "Ann Smith" },
      { firstName: "Mary Ann", lastName: "Smith" },
      { firstName: "Mary Ann Smith", lastName: "" },
    ]);
  });
});

describe("inbox search", () => {
  it("reads the address leniently and writes it back", () => {
    const search = parseInboxSearch({ status: "new", class: "greeting_only", q: " jane ", after: "cabc" });
    expect(search).toEqual({ status: "NEW", kind: "greeting_only", q: "jane", after: "cabc" });
    expect(inboxHref(search)).toBe("/inbox?status=new&class=greeting_only&q=jane&after=cabc");
    expect(parseInboxSearch({ status: "deleted", class: ["x"], after: "x'; DROP" })).toEqual({ status: undefined, kind: undefined, q: undefined, after: undefined });
    expect(inboxHref({})).toBe("/inbox");
  });
});
