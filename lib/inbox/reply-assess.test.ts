import { describe, expect, it } from "vitest";
import type { InvitationFacts } from "@/lib/invitations/assess";
import { BUILTIN_TEMPLATES } from "@/lib/templates/builtins";
import { fillTemplate, SAMPLE_VALUES } from "@/lib/templates/fill";
import { assessReply, REPLY_CODES, replyChecklist, type ReplyCode } from "./reply-assess";

// A stranger's invitation: all Rapport knows is their profile.
const priya: InvitationFacts = { firstName: "Priya", lastName: "Raman", company: "Northwind", noteLimit: 200, claim: "DID_BUSINESS" };

function codes(message: string, facts: InvitationFacts = priya): ReplyCode[] {
  return assessReply(message, facts).findings.map((finding) => finding.code);
}

describe("assessReply", () => {
  it.each(BUILTIN_TEMPLATES.filter((template) => template.kind === "REPLY"))("passes the built-in “$name” once filled", (template) => {
    expect(assessReply(fillTemplate(template.body, SAMPLE_VALUES), priya)).toEqual({ score: 100, findings: [] });
  });

  it("does not ask a reply for context, a reason to connect or a note's length", () => {
    const decline = `Hi Priya, thank you, but I only connect with people I know. ${"All the best. ".repeat(30)}`;
    expect(codes(decline)).toEqual([]);
    expect(codes("Hi Priya, remind me where we met?")).toEqual([]);
  });

  it("asks for something to be written, and nothing else, while the message is empty", () => {
    expect(assessReply(" \n ", priya)).toEqual({
      score: 0,
      findings: [{ code: "EMPTY", severity: "error", message: "Write a short reply: thank them, then ask where you met, start a conversation or decline kindly." }],
    });
  });

  it("asks for their name", () => {
    const assessment = assessReply("Thanks for the invitation! Remind me where we met?", priya);
    expect(assessment.findings).toEqual([{ code: "NO_GREETING", severity: "warning", message: "Use their name: “Hi Priya,”." }]);
    expect(assessment.score).toBe(75);
  });

  it("flags a template's unfilled placeholder as an error that keeps the score below Personal", () => {
    const filled = fillTemplate(BUILTIN_TEMPLATES.find((template) => template.slug === "ask-where-we-met")!.body, { firstName: "Priya" });
    const assessment = assessReply(filled, { firstName: "Priya" });
    expect(assessment.findings).toEqual([{ code: "PLACEHOLDER", severity: "error", message: "Fill in or remove {company}, {myFirstName}." }]);
    expect(assessment.score).toBeLessThan(80);
  });

  it("flags a private note pasted into the reply", () => {
    const facts: InvitationFacts = { firstName: "Tom", topics: ["his startup"], notes: ["Tom pitched his startup at the bar; he wants intros to investors"] };
    expect(codes("Hi Tom, Tom pitched his startup at the bar; he wants intros to investors. Happy to chat.", facts)).toContain("READS_LIKE_A_NOTE");
  });
});

describe("replyChecklist", () => {
  it("lists every check as pending before anything is written, then green or red", () => {
    expect(replyChecklist(assessReply("", priya)).map((item) => item.state)).toEqual(["failed", "pending", "pending", "pending"]);
    const items = replyChecklist(assessReply("Thanks {firstName}!", priya));
    expect(items.map((item) => item.code)).toEqual(REPLY_CODES);
    expect(Object.fromEntries(items.map((item) => [item.label, item.state]))).toEqual({
      "Something written": "passed",
      "Uses their name": "failed",
      "Written to them, not about them": "passed",
      "No unfilled placeholders": "failed",
    });
  });
});
