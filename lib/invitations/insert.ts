// Inserting a fact from "What you know" into the message at the cursor, with the spaces a person would type.

const OPENS = /[\s(“"'‘[]$/u;
const CLOSES = /^[\s,.!?;:)”"'’\]]/u;

/** The text with `fact` in place of the selection [start, end), and where the caret goes: just after the fact. */
export function insertAt(text: string, start: number, end: number, fact: string): { text: string; caret: number } {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  const before = text.slice(0, from);
  const after = text.slice(to);
  const inserted = fact.trim();
  if (!inserted) return { text, caret: to };
  const lead = before && !OPENS.test(before) && !CLOSES.test(inserted) ? " " : "";
  const trail = after && !CLOSES.test(after) ? " " : "";
  return { text: `${before}${lead}${inserted}${trail}${after}`, caret: before.length + lead.length + inserted.length };
}
