import { describe, expect, it } from "vitest";
import { assessInvitation, type InvitationFacts } from "@/lib/invitations/assess";
import { assessThankYou, THANK_YOU_CODES, thankYouChecklist, type ThankYouCode } from "./assess";

// What Rapport knows about Colleen after meeting her at a meetup.
const colleen: InvitationFacts = {
  firstName: "Colleen",
  lastName: "Murphy",
  company: "Northwind Health",
  events: ["Health Tech Meetup"],
  places: ["Berlin"],
  topics: ["the clinical AI podcast"],
  claim: "DID_BUSINESS",
  encounterKinds: ["EVENT"],
  noteLimit: 200,
};

function codes(message: string, facts: InvitationFacts = colleen): ThankYouCode[] {
  return assessThankYou(message, facts).findings.map((finding) => finding.code);
}

const good = "Thanks for connecting, Colleen! I really enjoyed our chat about the clinical AI podcast at Health Tech Meetup. Would a short call in the next few weeks suit you? Either way, let’s keep in touch. Sam";

describe("assessThankYou", () => {
  it("passes a thank-you with their name, thanks, context and a next step", () => {
    expect(assessThankYou(good, colleen)).toEqual({ score: 100, findings: [] });
  });

  it("does not apply an invitation's note limit, claim or default-text rule to a LinkedIn message", () => {
    const long = `${good} ${"It was a great evening and I learned a lot. ".repeat(10)}`;
    expect(assessInvitation(long, colleen).findings.map((finding) => finding.code)).toEqual(expect.arrayContaining(["TOO_LONG", "CLAIM_MISMATCH"]));
    expect(codes(long)).toEqual([]);
  });

  it("asks for something to be written, and nothing else, while the message is empty", () => {
    expect(assessThankYou("  ", colleen)).toEqual({
      score: 0,
      findings: [{ code: "EMPTY", severity: "error", message: "Write a short thank-you: thanks for connecting, what you talked about and a next step." }],
    });
  });

  it("flags a bare “Thanks for connecting!” for the name, the context and the next step", () => {
    const assessment = assessThankYou("Thanks for connecting!", colleen);
    expect(assessment.findings).toEqual([
      { code: "NO_GREETING", severity: "warning", message: "Use their name: “Thanks for connecting, Colleen!”." },
      { code: "NO_CONTEXT", severity: "warning", message: "Recall where you met or what you talked about: Health Tech Meetup, Berlin, the clinical AI podcast." },
      { code: "NO_NEXT_STEP", severity: "warning", message: "Suggest a next step (a call, a coffee, an introduction) or simply to keep in touch." },
    ]);
    expect(assessment.score).toBe(35);
  });

  it("asks for thanks when the message never says it", () => {
    expect(codes("Hi Colleen, great chat about the clinical AI podcast in Berlin. Coffee next month?")).toEqual(["NO_THANKS"]);
    expect(codes("Colleen, I appreciate you connecting after Health Tech Meetup. Let’s keep in touch.")).toEqual([]);
    expect(codes("Danke, Colleen! Das Health Tech Meetup in Berlin war toll. Lass uns in Kontakt bleiben.")).toEqual([]);
  });

  it("flags an unfilled placeholder as an error that keeps the score below Personal", () => {
    const assessment = assessThankYou("Thanks for connecting, Colleen! I enjoyed our chat about {topic} in Berlin. Let’s keep in touch.", colleen);
    expect(assessment.findings).toEqual([{ code: "PLACEHOLDER", severity: "error", message: "Fill in or remove {topic}." }]);
    expect(assessment.score).toBeLessThan(80);
  });

  it("flags the built-in template as filled when nothing is known but the name", () => {
    const filled = "Thanks for connecting, Colleen! I really enjoyed our chat about {topic}. Would a short call in the next few weeks suit you? Either way, let’s keep in touch. {myFirstName}";
    expect(codes(filled, { firstName: "Colleen" })).toEqual(["PLACEHOLDER"]);
  });

  it("has no context to ask for when nothing about the meeting is known", () => {
    expect(codes("Thanks for connecting, Colleen! Let’s keep in touch.", { firstName: "Colleen" })).toEqual([]);
  });
});

describe("a thank-you that reads like a note", () => {
  const tom: InvitationFacts = {
    firstName: "Tom",
    topics: ["the field research app"],
    notes: ["We built the field research app together at Acme; he wants intros to Berlin investors"],
  };

  it("is flagged as the invitation coach flags it, and keeps the score under Personal", () => {
    // The thank-you: the template filled {topic} with the whole note.
    const assessment = assessThankYou(
      "Thanks for connecting, Tom! I really enjoyed our chat about We built the field research app together at Acme; he wants intros to Berlin investors. Would a short call suit you?",
      tom,
    );
    expect(assessment.findings).toEqual([
      {
        code: "READS_LIKE_A_NOTE",
        severity: "warning",
        message: "“We built the field research app together at…” is copied from your private notes: say it to them, in your own words.",
      },
    ]);
    expect(assessment.score).toBe(75);
    expect(thankYouChecklist(assessment).find((item) => item.code === "READS_LIKE_A_NOTE")?.state).toBe("failed");
  });

  it("flags the third person and leaves the same thanks in the second person alone", () => {
    expect(codes("Thanks for connecting, Tom! Loved the field research app; he should demo it. Coffee soon?", tom)).toEqual(["READS_LIKE_A_NOTE"]);
    expect(codes("Thanks for connecting, Tom! Loved the field research app; you should demo it. Coffee soon?", tom)).toEqual([]);
  });
});

describe("thankYouChecklist", () => {
  it("lists every check as pending before anything is written", () => {
    const items = thankYouChecklist(assessThankYou("", colleen));
    expect(items.map((item) => item.code)).toEqual(THANK_YOU_CODES);
    expect(items.map((item) => item.state)).toEqual(["failed", "pending", "pending", "pending", "pending", "pending", "pending"]);
  });

  it("turns each check green once it passes, and leaves failed ones failed", () => {
    const items = thankYouChecklist(assessThankYou("Thanks for connecting!", colleen));
    expect(Object.fromEntries(items.map((item) => [item.label, item.state]))).toEqual({
      "Something written": "passed",
      "Uses their name": "failed",
      "Says thank you": "passed",
      "Recalls where you met or what you talked about": "failed",
      "Suggests a next step or staying in touch": "failed",
      "Written to them, not about them": "passed",
      "No unfilled placeholders": "passed",
    });
  });
});
