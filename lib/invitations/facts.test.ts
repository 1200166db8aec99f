import { describe, expect, it } from "vitest";
import { assessInvitation } from "./assess";
import { asTopic, buildFacts, formatMetOn, templateValues, type FactEncounter } from "./facts";

const contact = { firstName: " Colleen ", lastName: "Murphy", company: "Northwind Health" };

const summit: FactEncounter = {
  kind: "EVENT",
  metOn: new Date("2026-03-12T00:00:00Z"),
  where: "Hall B",
  topic: "the clinical AI podcast you suggested.",
  context: "Suggested the clinical AI podcast.",
  theyCanHelpWith: "Intros to payers",
  iCanHelpWith: null,
  event: { name: "AMA Leadership Summit", location: "Chicago" },
  mutualConnection: null,
};

const intro: FactEncounter = {
  kind: "MUTUAL_CONNECTION",
  metOn: new Date("2026-05-02T00:00:00Z"),
  where: null,
  topic: null,
  context: "",
  theyCanHelpWith: null,
  iCanHelpWith: "Hiring data engineers",
  event: null,
  mutualConnection: { firstName: "Priya", lastName: "Shah" },
};

const earlier: FactEncounter = {
  kind: "COLLEAGUE",
  metOn: new Date("2024-01-09T00:00:00Z"),
  where: "chicago",
  topic: "the claims rewrite",
  context: "Worked on the claims rewrite",
  theyCanHelpWith: "intros to payers",
  iCanHelpWith: null,
  event: { name: "AMA Leadership Summit" },
  mutualConnection: { firstName: "Priya", lastName: "Shah" },
};

describe("buildFacts", () => {
  it("gathers names, events, places, topics, mutual connections and kinds, each once", () => {
    expect(buildFacts({ contact, encounters: [summit, intro, earlier], noteLimit: 200, claim: "COLLEAGUE" })).toEqual({
      firstName: "Colleen",
      lastName: "Murphy",
      company: "Northwind Health",
      events: ["AMA Leadership Summit"],
      places: ["Hall B", "Chicago"],
      topics: [
        "the clinical AI podcast you suggested.",
        "Suggested the clinical AI podcast.",
        "Intros to payers",
        "Hiring data engineers",
        "the claims rewrite",
        "Worked on the claims rewrite",
      ],
      notes: ["Suggested the clinical AI podcast.", "Intros to payers", "Hiring data engineers", "Worked on the claims rewrite"],
      mutualNames: ["Priya Shah"],
      encounterKinds: ["EVENT", "MUTUAL_CONNECTION", "COLLEAGUE"],
      claim: "COLLEAGUE",
      noteLimit: 200,
    });
  });

  it("leaves out what is unknown, and treats any limit but 200 as 300", () => {
    const facts = buildFacts({ contact: { firstName: "Dana", lastName: "", company: null }, encounters: [], noteLimit: 250, claim: null });
    expect(facts).toEqual({ firstName: "Dana", lastName: "", events: [], places: [], topics: [], notes: [], mutualNames: [], encounterKinds: [], noteLimit: 300 });
    expect(assessInvitation("Hi Dana, great to meet you, would love to stay in touch.", facts).findings).toEqual([]);
  });

  it("gives the coach what it needs to see context and a claim the encounters do not support", () => {
    const facts = buildFacts({ contact, encounters: [summit], noteLimit: 300, claim: "DID_BUSINESS" });
    const codes = assessInvitation("Hi Colleen, loved your podcast tip at the summit. Happy to help with intros.", facts).findings.map((f) => f.code);
    expect(codes).toEqual(["CLAIM_MISMATCH"]);
    const withoutContext = assessInvitation("Hi Colleen, would love to stay in touch.", facts).findings.map((f) => f.code);
    expect(withoutContext).toContain("NO_CONTEXT");
  });
});

describe("templateValues", () => {
  const now = new Date("2026-11-26T12:00:00Z");

  it("takes the event and its day from the newest encounter at an event, the topic and mutual from the newest that has one", () => {
    expect(templateValues({ contact, encounters: [earlier, intro, summit], myName: "Sam Rivera", now })).toEqual({
      firstName: "Colleen",
      company: "Northwind Health",
      eventName: "AMA Leadership Summit",
      metOn: "12 March",
      topic: "the clinical AI podcast you suggested",
      mutualName: "Priya Shah",
      myFirstName: "Sam",
    });
  });

  it("uses the newest encounter's day when none was at an event, and leaves unknown values out", () => {
    const values = templateValues({ contact: { firstName: "Dana", lastName: "", company: null }, encounters: [intro], myName: "  ", now });
    expect(values).toEqual({ firstName: "Dana", metOn: "2 May", mutualName: "Priya Shah" });
  });

  it("fills {topic} only from a “Topic to mention”, never from the private notes", () => {
    const noTopic = { ...summit, topic: null };
    const values = templateValues({ contact, encounters: [noTopic, { ...earlier, topic: "  " }], myName: "Sam", now });
    expect(values.topic).toBeUndefined();
    expect(Object.values(values).join(" ")).not.toMatch(/Suggested|Intros|claims rewrite/);
    expect(templateValues({ contact, encounters: [noTopic, earlier], myName: "Sam", now }).topic).toBe("the claims rewrite");
  });

  it("has nothing but the names when there are no encounters", () => {
    expect(templateValues({ contact, encounters: [], myName: "Sam", now })).toEqual({ firstName: "Colleen", company: "Northwind Health", myFirstName: "Sam" });
  });
});

describe("formatMetOn and asTopic", () => {
  it("says the year only when it is not this year", () => {
    const now = new Date("2026-01-01T00:00:00Z");
    expect(formatMetOn(new Date("2026-12-31T00:00:00Z"), now)).toBe("31 December");
    expect(formatMetOn(new Date("2025-12-31T00:00:00Z"), now)).toBe("31 December 2025");
  });

  it("drops the closing punctuation and keeps the words as written", () => {
    expect(asTopic("  Berlin startups. ")).toBe("Berlin startups");
    expect(asTopic("AI in triage!")).toBe("AI in triage");
  });
});
