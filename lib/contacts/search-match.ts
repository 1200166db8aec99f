// Why a contact matched a search: the name and work line with the searched words marked, and the
// phrases from elsewhere ("Talked about: …accessibility audits…") that explain the rest. Pure, so
// the list computes it from the row it already read and the unit test pins it down. It returns
// text pieces, never markup: whatever a note contains is shown as the text it is.
import { searchWords } from "./search";

/** A run of text, marked when it is what the search found. */
export type Piece = { text: string; mark: boolean };
export type MatchReason = { label: string; pieces: Piece[] };
export type ContactMatch = { name: Piece[]; work: Piece[]; reasons: MatchReason[] };

export type MatchSource = {
  firstName: string;
  lastName: string;
  title: string | null;
  company: string | null;
  email: string | null;
  location: string | null;
  notes: string | null;
  tags: string[];
  encounters: {
    eventName: string | null;
    eventLocation: string | null;
    where: string | null;
    context: string;
    topic: string | null;
    theyCanHelpWith: string | null;
    iCanHelpWith: string | null;
  }[];
};

/** At most this many reason lines under a row: enough to explain, short enough to scan. */
export const MAX_REASONS = 2;
/** How much of a long note a reason shows around the first marked word. */
const SNIPPET_BEFORE = 30;
const SNIPPET_LENGTH = 110;
/**
 * A typo'd word is marked on the word it most resembles, when their trigram similarity (as pg_trgm
 * counts it) reaches this: the database already judged the contact close enough (TYPO_THRESHOLD in
 * queries.ts); this only finds the word that made it so.
 */
const HIGHLIGHT_SIMILARITY = 0.3;

// What unaccent does that stripping combining marks does not: letters that are not a base letter
// plus an accent.
const SPECIAL_FOLDS: Record<string, string> = { ø: "o", ł: "l", æ: "ae", œ: "oe", ß: "ss", đ: "d", ð: "d", þ: "th", ı: "i" };

/**
 * Folds text as the search does (lower case, no accents: "Ångström" → "angstrom") and remembers,
 * for each folded character, where it came from, so a match in the folded text marks the original.
 */
export function foldForSearch(text: string): { folded: string; origin: number[] } {
  let folded = "";
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const lower = char.toLowerCase();
    const plain = SPECIAL_FOLDS[lower] ?? lower.normalize("NFD").replace(/\p{M}/gu, "");
    for (const out of plain) {
      folded += out;
      origin.push(index);
    }
    index += char.length;
  }
  origin.push(text.length);
  return { folded, origin };
}

const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/** The set of trigrams pg_trgm makes of one word: padded with two spaces before and one after. */
function trigrams(word: string): Set<string> {
  const padded = `  ${word} `;
  const chars = [...padded];
  const set = new Set<string>();
  for (let i = 0; i + 3 <= chars.length; i++) set.add(chars.slice(i, i + 3).join(""));
  return set;
}

/** pg_trgm's similarity of two single words: shared trigrams over all distinct trigrams. */
export function trigramSimilarity(a: string, b: string): number {
  const left = trigrams(a);
  const right = trigrams(b);
  let shared = 0;
  for (const gram of left) if (right.has(gram)) shared++;
  return shared / (left.size + right.size - shared);
}

type Range = [start: number, end: number];

/** Where a folded search word occurs in folded text, as the database matches it. */
function exactRanges(folded: string, word: string): Range[] {
  const ranges: Range[] = [];
  // A fragment under three characters matches the start of a word only (queries.ts: the tsvector).
  const letters = word.replace(/[^\p{L}\p{N}]/gu, "");
  const short = [...word].length < 3 && letters.length > 0;
  const needle = short ? letters : word;
  for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + 1)) {
    if (short && isWordChar(folded[at - 1])) continue;
    ranges.push([at, at + needle.length]);
  }
  return ranges;
}

/** The word of the folded text most like a misspelt search word, if any is close enough. */
function closestWord(folded: string, word: string): { range: Range; similarity: number } | null {
  let best: { range: Range; similarity: number } | null = null;
  for (const found of folded.matchAll(/[\p{L}\p{N}]+/gu)) {
    const similarity = trigramSimilarity(word, found[0]);
    if (similarity >= HIGHLIGHT_SIMILARITY && (!best || similarity > best.similarity)) {
      best = { range: [found.index, found.index + found[0].length], similarity };
    }
  }
  return best;
}

type Field = { label: string | null; text: string; folded: string; origin: number[]; ranges: Range[]; words: Set<number> };

function field(label: string | null, text: string): Field {
  return { label, text, ...foldForSearch(text), ranges: [], words: new Set() };
}

/** Cuts text into pieces at the (folded) ranges, mapped back to the original characters. */
function pieces(target: Field, window: Range = [0, target.text.length]): Piece[] {
  const original = target.ranges
    .map(([start, end]): Range => [target.origin[start]!, target.origin[end]!])
    .map(([start, end]): Range => [Math.max(start, window[0]), Math.min(end, window[1])])
    .filter(([start, end]) => start < end)
    .sort((a, b) => a[0] - b[0]);
  const result: Piece[] = [];
  let at = window[0];
  for (const [start, end] of original) {
    if (end <= at) continue;
    if (start > at) result.push({ text: target.text.slice(at, start), mark: false });
    result.push({ text: target.text.slice(Math.max(start, at), end), mark: true });
    at = end;
  }
  if (at < window[1]) result.push({ text: target.text.slice(at, window[1]), mark: false });
  return result;
}

/** A long text shortened to the part around its first match, cut at spaces, with ellipses. */
function snippet(target: Field): Piece[] {
  const text = target.text;
  if (text.length <= SNIPPET_LENGTH) return pieces(target);
  const first = Math.min(...target.ranges.map(([start]) => target.origin[start]!));
  let start = Math.max(0, first - SNIPPET_BEFORE);
  if (start > 0) {
    const space = text.indexOf(" ", start);
    start = space !== -1 && space < first ? space + 1 : start;
  }
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  if (end < text.length) {
    const space = text.lastIndexOf(" ", end);
    const lastMarked = Math.max(...target.ranges.map(([, rangeEnd]) => target.origin[rangeEnd]!).filter((rangeEnd) => rangeEnd <= end));
    end = space > lastMarked ? space : end;
  }
  const cut = pieces(target, [start, end]);
  if (start > 0) cut.unshift({ text: "…", mark: false });
  if (end < text.length) cut.push({ text: "…", mark: false });
  return cut;
}

/**
 * Explains a search result: marks each searched word where it occurs (accents and case ignored),
 * or, for a word found by its spelling being close, the word most like it. The name and work line
 * are marked in place; other fields become reason lines, those explaining the most words first.
 */
export function explainMatch(source: MatchSource, q: string | undefined): ContactMatch {
  const name = field(null, [source.firstName, source.lastName].filter(Boolean).join(" "));
  const work = field(null, [source.title, source.company].filter(Boolean).join(" at "));
  // In the order a reader would want them when several explain the same words.
  const others: Field[] = [
    ...source.tags.map((tag) => field("Tagged", tag)),
    ...source.encounters.flatMap((encounter) => [
      field("Met at", encounter.eventName ?? ""),
      field("Talked about", encounter.context),
      field("Topic to mention", encounter.topic ?? ""),
      field("Where", encounter.where ?? ""),
      field("They can help with", encounter.theyCanHelpWith ?? ""),
      field("I can help with", encounter.iCanHelpWith ?? ""),
      field("Met in", encounter.eventLocation ?? ""),
    ]),
    field("Location", source.location ?? ""),
    field("Email", source.email ?? ""),
    field("Notes", source.notes ?? ""),
  ].filter((candidate) => candidate.text.trim());
  const all = [name, work, ...others];

  searchWords(q).forEach((rawWord, index) => {
    const word = foldForSearch(rawWord).folded;
    let found = false;
    for (const target of all) {
      const ranges = exactRanges(target.folded, word);
      if (ranges.length === 0) continue;
      target.ranges.push(...ranges);
      target.words.add(index);
      found = true;
    }
    if (found || [...word].length < 3) return;
    let best: { target: Field; range: Range; similarity: number } | null = null;
    for (const target of all) {
      const close = closestWord(target.folded, word);
      if (close && (!best || close.similarity > best.similarity)) best = { target, ...close };
    }
    if (best) {
      best.target.ranges.push(best.range);
      best.target.words.add(index);
    }
  });

  // Words the name or work line shows need no other explanation; pick the reasons greedily.
  const explained = new Set([...name.words, ...work.words]);
  const reasons: MatchReason[] = [];
  while (reasons.length < MAX_REASONS) {
    let best: Field | null = null;
    let bestCount = 0;
    for (const candidate of others) {
      const count = [...candidate.words].filter((word) => !explained.has(word)).length;
      if (count > bestCount) [best, bestCount] = [candidate, count];
    }
    if (!best) break;
    for (const word of best.words) explained.add(word);
    reasons.push({ label: best.label!, pieces: snippet(best) });
    others.splice(others.indexOf(best), 1);
  }
  return { name: pieces(name), work: pieces(work), reasons };
}
