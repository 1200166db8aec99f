// The coach for a thank-you after someone accepted: assessInvitation's findings, kept where they apply to a LinkedIn
// message and reworded for it (READS_LIKE_A_NOTE as it is: a note pasted into a thank-you is the same mistake), plus
// one check of its own (it says thank you). An invitation's note limit, LinkedIn's
// default invitation text and "How you know them" do not concern a message to a connection, so they are dropped.
import { assessInvitation, CHECKLIST_LABELS, type InvitationFacts } from "@/lib/invitations/assess";

export type ThankYouCode = "EMPTY" | "NO_GREETING" | "NO_THANKS" | "NO_CONTEXT" | "NO_NEXT_STEP" | "READS_LIKE_A_NOTE" | "PLACEHOLDER";
export type ThankYouFinding = { code: ThankYouCode; severity: "error" | "warning"; message: string };
export type ThankYouAssessment = { score: number; findings: ThankYouFinding[] };
export type ThankYouChecklistItem = { code: ThankYouCode; label: string; state: "passed" | "failed" | "pending" };

/** The checklist's lines, in display order. */
export const THANK_YOU_CODES: ThankYouCode[] = ["EMPTY", "NO_GREETING", "NO_THANKS", "NO_CONTEXT", "NO_NEXT_STEP", "READS_LIKE_A_NOTE", "PLACEHOLDER"];

export const THANK_YOU_CHECKLIST_LABELS: Record<ThankYouCode, string> = {
  EMPTY: "Something written",
  NO_GREETING: "Uses their name",
  NO_THANKS: "Says thank you",
  NO_CONTEXT: "Recalls where you met or what you talked about",
  NO_NEXT_STEP: "Suggests a next step or staying in touch",
  READS_LIKE_A_NOTE: CHECKLIST_LABELS.READS_LIKE_A_NOTE,
  PLACEHOLDER: "No unfilled placeholders",
};

const SEVERITY: Record<ThankYouCode, ThankYouFinding["severity"]> = {
  EMPTY: "error",
  PLACEHOLDER: "error",
  NO_GREETING: "warning",
  NO_THANKS: "warning",
  NO_CONTEXT: "warning",
  NO_NEXT_STEP: "warning",
  READS_LIKE_A_NOTE: "warning",
};

// An error keeps the score under "Personal" (80), as in the invitation coach, and so does a note pasted in.
const DEDUCTION: Record<ThankYouCode, number> = {
  EMPTY: 100,
  PLACEHOLDER: 30,
  NO_GREETING: 15,
  NO_THANKS: 20,
  NO_CONTEXT: 30,
  NO_NEXT_STEP: 20,
  READS_LIKE_A_NOTE: 25,
};

// Ways of saying thanks in the languages the invitation coach knows.
const THANKS =
  /\b(?:thanks?|thx|grateful|appreciate[ds]?|danke|dankesch[oö]n|vielen dank|merci|gracias|agradezco|obrigad[oa]|grazie)\b|ありがとう|感謝|شكرا|شكراً/iu;

/**
 * Assesses a thank-you. `facts` are the contact's, as for an invitation (buildFacts); its claim and note limit are
 * ignored.
 */
export function assessThankYou(message: string, facts: InvitationFacts): ThankYouAssessment {
  const text = typeof message === "string" ? message : "";
  const known: InvitationFacts = { ...facts, claim: undefined, noteLimit: undefined, encounterKinds: undefined };
  const invitation = assessInvitation(text, known);
  const found = new Map(invitation.findings.map((finding) => [finding.code, finding.message]));
  const messages = new Map<ThankYouCode, string>();

  if (found.has("EMPTY")) {
    messages.set("EMPTY", "Write a short thank-you: thanks for connecting, what you talked about and a next step.");
  } else {
    if (found.has("NO_GREETING")) {
      const first = known.firstName?.trim().split(/\s+/u)[0];
      messages.set("NO_GREETING", first ? `Use their name: “Thanks for connecting, ${first}!”.` : "Use their name.");
    }
    if (!THANKS.test(text)) messages.set("NO_THANKS", "Thank them for connecting.");
    const context = found.get("NO_CONTEXT");
    if (context) messages.set("NO_CONTEXT", context.replace("Say where you met", "Recall where you met"));
    if (found.has("NO_REASON")) {
      messages.set("NO_NEXT_STEP", "Suggest a next step (a call, a coffee, an introduction) or simply to keep in touch.");
    }
    const note = found.get("READS_LIKE_A_NOTE");
    if (note) messages.set("READS_LIKE_A_NOTE", note);
    const placeholder = found.get("PLACEHOLDER");
    if (placeholder) messages.set("PLACEHOLDER", placeholder);
  }

  const findings = THANK_YOU_CODES.filter((code) => messages.has(code)).map((code) => ({
    code,
    severity: SEVERITY[code],
    message: messages.get(code) ?? "",
  }));
  const score = Math.max(0, 100 - findings.reduce((sum, finding) => sum + DEDUCTION[finding.code], 0));
  return { score, findings };
}

/** Every line of the thank-you checklist with its state; all "pending" while nothing is written. */
export function thankYouChecklist(assessment: ThankYouAssessment): ThankYouChecklistItem[] {
  const failed = new Set(assessment.findings.map((finding) => finding.code));
  const empty = failed.has("EMPTY");
  return THANK_YOU_CODES.map((code) => ({
    code,
    label: THANK_YOU_CHECKLIST_LABELS[code],
    state: failed.has(code) ? "failed" : empty ? "pending" : "passed",
  }));
}
