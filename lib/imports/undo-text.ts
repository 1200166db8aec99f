// The words for undoing an import: the dialog's sentences before it and the message after it, from the same counts
// (lib/imports/undo.ts), so what the user is promised is what happens. Pure: the dialog runs it in the browser.
import type { UndoCounts } from "@/lib/imports/undo";

const number = (count: number) => count.toLocaleString("en");
const contacts = (count: number) => (count === 1 ? "1 contact" : `${number(count)} contacts`);

/** "12 contacts were changed since and are kept", or the singular. */
export function keptSentence(kept: number): string {
  return kept === 1 ? "1 contact was changed since and is kept" : `${number(kept)} contacts were changed since and are kept`;
}

/** What the undo dialog says will happen, one sentence each. */
export function undoPreviewSentences(counts: UndoCounts): string[] {
  const sentences = [
    counts.removed > 0
      ? `It deletes the ${contacts(counts.removed)} it created that nobody has changed since, with everything on them.`
      : "It deletes no contacts: none of those it created is left unchanged.",
  ];
  if (counts.kept > 0) {
    const stay = counts.kept === 1 ? "it stays in Contacts with its whole history" : "they stay in Contacts with their whole history";
    sentences.push(`${keptSentence(counts.kept)} (merged, edited, invited, thanked, moved or given notes since): ${stay}.`);
  }
  let before = "Contacts you had before stay as they are";
  if (counts.entriesRemoved > 0) {
    const entries = counts.entriesRemoved === 1 ? "the 1 timeline entry or invitation" : `the ${number(counts.entriesRemoved)} timeline entries and invitations`;
    before += `; ${entries} it added to them ${counts.entriesRemoved === 1 ? "is" : "are"} removed`;
    if (counts.yoursChanged > 0) before += `, except on the ${contacts(counts.yoursChanged)} you changed since`;
  } else if (counts.yoursChanged > 0) {
    before += `, and what it added to the ${contacts(counts.yoursChanged)} you changed since stays`;
  }
  sentences.push(`${before}.`);
  return sentences;
}

/** The toast after an undo. */
export function undoResultMessage(counts: Pick<UndoCounts, "removed" | "kept">): string {
  const removed = `Import undone: ${contacts(counts.removed)} removed.`;
  return counts.kept > 0 ? `${removed} ${keptSentence(counts.kept)}.` : removed;
}
