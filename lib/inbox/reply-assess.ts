// The coach for a reply to an invitation received: of assessInvitation's findings, the ones that apply to any message
// to a person (their name, no {placeholder} left, written to them rather than pasted from a private note). A reply
// may ask for context, start a conversation or decline, so it is not asked to recall where you met, to give a reason
// to connect, or to fit a connection note's limit.
import { assessInvitation, CHECKLIST_LABELS, type InvitationFacts } from "@/lib/invitations/assess";

export type ReplyCode = "EMPTY" | "NO_GREETING" | "READS_LIKE_A_NOTE" | "PLACEHOLDER";
export type ReplyFinding = { code: ReplyCode; severity: "error" | "warning"; message: string };
export type ReplyAssessment = { score: number; findings: ReplyFinding[] };
export type ReplyChecklistItem = { code: ReplyCode; label: string; state: "passed" | "failed" | "pending" };

/** The checklist's lines, in display order. */
export const REPLY_CODES: ReplyCode[] = ["EMPTY", "NO_GREETING", "READS_LIKE_A_NOTE", "PLACEHOLDER"];

const LABELS: Record<ReplyCode, string> = {
  EMPTY: "Something written",
  NO_GREETING: "Uses their name",
  READS_LIKE_A_NOTE: CHECKLIST_LABELS.READS_LIKE_A_NOTE,
  PLACEHOLDER: "No unfilled placeholders",
};

const SEVERITY: Record<ReplyCode, ReplyFinding["severity"]> = { EMPTY: "error", PLACEHOLDER: "error", NO_GREETING: "warning", READS_LIKE_A_NOTE: "warning" };

// An error keeps the score under "Personal" (80), as in the other coaches, and so does a note pasted in.
const DEDUCTION: Record<ReplyCode, number> = { EMPTY: 100, PLACEHOLDER: 30, NO_GREETING: 25, READS_LIKE_A_NOTE: 25 };

/** Assesses a reply. `facts` are the contact's, as for an invitation (buildFacts); the claim and note limit are ignored. */
export function assessReply(message: string, facts: InvitationFacts): ReplyAssessment {
  const text = typeof message === "string" ? message : "";
  const known: InvitationFacts = { ...facts, claim: undefined, noteLimit: undefined, encounterKinds: undefined };
  const found = new Map(assessInvitation(text, known).findings.map((finding) => [finding.code, finding.message]));
  const messages = new Map<ReplyCode, string>();

  if (found.has("EMPTY")) {
    messages.set("EMPTY", "Write a short reply: thank them, then ask where you met, start a conversation or decline kindly.");
  } else {
    if (found.has("NO_GREETING")) {
      const first = known.firstName?.trim().split(/\s+/u)[0];
      messages.set("NO_GREETING", first ? `Use their name: “Hi ${first},”.` : "Use their name.");
    }
    for (const code of ["READS_LIKE_A_NOTE", "PLACEHOLDER"] as const) {
      const said = found.get(code);
      if (said) messages.set(code, said);
    }
  }

  const findings = REPLY_CODES.filter((code) => messages.has(code)).map((code) => ({ code, severity: SEVERITY[code], message: messages.get(code) ?? "" }));
  const score = Math.max(0, 100 - findings.reduce((sum, finding) => sum + DEDUCTION[finding.code], 0));
  return { score, findings };
}

/** Every line of the reply checklist with its state; all "pending" while nothing is written. */
export function replyChecklist(assessment: ReplyAssessment): ReplyChecklistItem[] {
  const failed = new Set(assessment.findings.map((finding) => finding.code));
  const empty = failed.has("EMPTY");
  return REPLY_CODES.map((code) => ({ code, label: LABELS[code], state: failed.has(code) ? "failed" : empty ? "pending" : "passed" }));
}
