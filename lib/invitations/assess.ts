// The personalization coach: scores a connection invitation and says what would make it personal. Pure and
// synchronous, with every word list prepared once at load, so the composer can run it on each keystroke and the
// server can run the same code when saving.

import { DEFAULT_FILLER, DEFAULT_TEXTS, unwrap } from "@/lib/invitations/default-texts";

export type InvitationFacts = {
  firstName?: string;
  lastName?: string;
  company?: string;
  /** Names of events where you met. */
  events?: string[];
  /** Where you met. */
  places?: string[];
  /** What you talked about; what they or you can help with. */
  topics?: string[];
  /** Names of mutual connections. */
  mutualNames?: string[];
  /**
   * The private notes about them (what you talked about, what they or you can help with): written about the person,
   * so a long run of one pasted into the message is flagged. `topics` may hold the same text: it still counts as context.
   */
  notes?: string[];
  claim?: "COLLEAGUE" | "CLASSMATE" | "DID_BUSINESS" | "FRIEND" | "OTHER";
  /** Encounter.kind of each recorded encounter. */
  encounterKinds?: string[];
  noteLimit?: 200 | 300;
};

export type FindingCode =
  | "DEFAULT_TEXT"
  | "NO_GREETING"
  | "NO_CONTEXT"
  | "NO_REASON"
  | "PLACEHOLDER"
  | "TOO_LONG"
  | "CLAIM_MISMATCH"
  | "READS_LIKE_A_NOTE"
  | "EMPTY";
export type Finding = { code: FindingCode; severity: "error" | "warning"; message: string };
export type Assessment = { score: number; findings: Finding[] };
export type ReceivedKind = "default" | "greeting_only" | "customized";
export type ScoreLabel = "Default" | "Needs context" | "Personal";
/** "pending" while nothing is written: an empty message has passed nothing yet. */
export type ChecklistItem = { code: FindingCode; label: string; state: "passed" | "failed" | "pending" };

/** Every finding code, in the order the checklist shows them. */
export const FINDING_CODES: FindingCode[] = [
  "EMPTY",
  "DEFAULT_TEXT",
  "NO_GREETING",
  "NO_CONTEXT",
  "NO_REASON",
  "READS_LIKE_A_NOTE",
  "PLACEHOLDER",
  "TOO_LONG",
  "CLAIM_MISMATCH",
];

/** What each checklist line says when it is satisfied. */
export const CHECKLIST_LABELS: Record<FindingCode, string> = {
  EMPTY: "Something written",
  DEFAULT_TEXT: "Not LinkedIn’s default text",
  NO_GREETING: "Greets them by name",
  NO_CONTEXT: "Says where you met or what you share",
  NO_REASON: "Gives a reason to connect",
  READS_LIKE_A_NOTE: "Written to them, not about them",
  PLACEHOLDER: "No unfilled placeholders",
  TOO_LONG: "Fits the note limit",
  CLAIM_MISMATCH: "“How you know them” matches how you met",
};

export const DEFAULT_NOTE_LIMIT = 300;

const SEVERITY: Record<FindingCode, Finding["severity"]> = {
  EMPTY: "error",
  DEFAULT_TEXT: "error",
  TOO_LONG: "error",
  PLACEHOLDER: "error",
  CLAIM_MISMATCH: "error",
  NO_GREETING: "warning",
  NO_CONTEXT: "warning",
  NO_REASON: "warning",
  READS_LIKE_A_NOTE: "warning",
};

// Each error costs enough to keep the score under "Personal" (80); DEFAULT_TEXT caps the score instead. So does
// READS_LIKE_A_NOTE, although a warning: a note about them sent to them is never personal, however much it knows.
const DEDUCTION: Record<FindingCode, number> = {
  EMPTY: 100,
  DEFAULT_TEXT: 0,
  NO_GREETING: 15,
  NO_CONTEXT: 30,
  NO_REASON: 25,
  PLACEHOLDER: 30,
  TOO_LONG: 30,
  CLAIM_MISMATCH: 25,
  READS_LIKE_A_NOTE: 25,
};

const CLAIM_WORDS: Partial<Record<NonNullable<InvitationFacts["claim"]>, string>> = {
  COLLEAGUE: "you worked together",
  CLASSMATE: "you studied together",
  DID_BUSINESS: "you did business together",
};

// ---------------------------------------------------------------------------------------------------------------
// Words. Text is compared folded: lower case, accents and apostrophes dropped ("I’d" and "I'd" are both "id").

const CJK = "\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}";
// Japanese and Chinese runs are one token; other letters are split from them so "AMAサミット" yields "ama".
const WORD = new RegExp(
  `[${CJK}\\u30fc\\u3005]+|(?:[^\\P{L}${CJK}]|\\p{N})(?:[^\\P{L}${CJK}]|[\\p{N}\\p{M}'’ʼ‘\`´])*`,
  "gu",
);
const APOSTROPHES = /['’ʼ‘`´]/g;
const MARKS = /\p{M}+/gu;
const SHARP_S = /ß/g;
const UPPER_START = /^[\p{Lu}\p{Lt}]/u;
const HAS_LOWER = /\p{Ll}/u;
const DIGITS = /^\p{N}+$/u;
const LATIN_WORD = /^[a-z]+$/;
// Scripts written without spaces (or gluing particles to names): matched as substrings, not as words.
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;
const NOT_LATIN = /[^\p{sc=Latin}\p{sc=Common}\p{sc=Inherited}]/u;
const BLANK = /^[\s\u200b-\u200d\u2060\ufeff]*$/u;
const BRACE_PLACEHOLDER = /\{[^{}\n]{1,40}\}/g;
const BRACKET_PLACEHOLDER = /\[[^[\]\n]{1,30}\]/g;
const HAS_LETTER = /\p{L}/u;
const WHITESPACE_OR_DOT = /^[\s.]*$/;
const PUNCTUATION_NEXT = /^\s*(?:[,!:;.?]|[-–—]|$)/;
const SIGNATURE_BREAK = /[-–—|~\n]/;

type Token = { word: string; start: number; end: number; capital: boolean };

function fold(text: string): string {
  return text.replace(APOSTROPHES, "").toLowerCase().normalize("NFKD").replace(MARKS, "").replace(SHARP_S, "ss");
}

function tokenize(text: string): Token[] {
  // In a message written all in capitals, capitals say nothing about names.
  const hasCase = HAS_LOWER.test(text);
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    const word = fold(raw);
    if (!word) continue;
    const start = match.index ?? 0;
    tokens.push({ word, start, end: start + raw.length, capital: hasCase && UPPER_START.test(raw) });
  }
  return tokens;
}

function phrase(text: string): string[] {
  return tokenize(text).map((token) => token.word);
}

function wordSet(...lists: string[]): Set<string> {
  return new Set(lists.flatMap((list) => phrase(list)));
}

/** " a b c " — word-bounded substring search over folded words. */
function spaced(words: string[]): string {
  return ` ${words.join(" ")} `;
}

// A light stemmer for matching word forms: "podcasts", "podcasting" → "podcast"; "hiring", "hire" → "hir".
function stem(word: string): string {
  if (word.length <= 3 || !LATIN_WORD.test(word)) return word;
  let w = word;
  if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith("ing") && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith("ed") && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith("s") && !w.endsWith("ss") && w.length > 3) w = w.slice(0, -1);
  if (w.endsWith("e") && w.length > 3) w = w.slice(0, -1);
  return w;
}

function stemsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 5 && long.startsWith(short);
}

/** Whether two short words are at most `max` edits apart: tolerates typos such as "proffesional". */
function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return false;
    previous = current;
  }
  return (previous[b.length] ?? max + 1) <= max;
}

function sameWord(a: string, b: string): boolean {
  return a === b || (a.length >= 6 && b.length >= 6 && withinEdits(a, b, a.length >= 9 ? 2 : 1));
}

// LinkedIn's default texts in its languages, reduced to the part that makes them recognisable (default-texts.ts).
const DEFAULT_PHRASES: string[][] = DEFAULT_TEXTS.map(phrase);

// Words that say nothing about the person: a message made only of these (around a default phrase) is the default.
const FILLER = wordSet(...DEFAULT_PHRASES.map((words) => words.join(" ")), ...DEFAULT_FILLER);
const LONG_FILLER = [...FILLER].filter((word) => word.length >= 6);

function isFiller(word: string): boolean {
  if (FILLER.has(word)) return true;
  return word.length >= 6 && LONG_FILLER.some((filler) => sameWord(word, filler));
}

const GREETINGS = wordSet(
  `hi hello hey hiya howdy dear greetings good morning afternoon evening hallo moin servus liebe lieber sehr geehrte
   geehrter guten tag hola buenos buenas días tardes estimado estimada querido querida bonjour bonsoir salut cher chère
   olá oi prezado prezada caro cara ciao salve gentile buongiorno buonasera hoi beste goedemorgen goedemiddag dag`,
  "こんにちは はじめまして 拝啓 مرحبا أهلا السلام عليكم عزيزي عزيزتي",
);
const TITLES = wordSet("mr mrs ms miss mx dr prof professor herr frau sr sra srta dona mme mlle monsieur madame señor señora sig dott meneer mevrouw dhr mevr");
// Words after a greeting that address nobody in particular.
const ADDRESSEES = wordSet("there all everyone everybody team friend friends folks sir madam hiring manager colleague colleagues todos tous zusammen");
const SIGNOFFS = wordSet(
  `best regards kind warm warmest cheers thanks thank sincerely yours truly wishes respectfully cordially gruß grüße
   viele beste lg vg freundliche grüßen saludos atentamente cordialmente abrazo cordialement amicalement merci bien
   atenciosamente abraços obrigado obrigada danke gracias grazie saluti cordiali distinti groeten groet groetjes
   vriendelijke hartelijke bedankt cumprimentos freundlichen cordiales bonne journée soirée bientôt pronto presto bald
   ziens breve`,
);
const CONNECTIVES = wordSet("at of and the for from de del la le bei von und chez y e et in en da do das presso di della bij van der em na");
// "Thanks for the talk", "Merci pour…" is a sentence, not a sign-off.
const FOR = wordSet("for pour por für per voor pelo pela");
// Lower-case words of a job title in a signature ("Marco Rossi, product manager at Acme").
const TITLE_WORDS = wordSet(
  `manager director engineer developer designer consultant lead head founder cofounder officer partner analyst
   specialist recruiter owner president student architect scientist advisor associate coordinator executive product
   marketing sales software senior junior chief vice assistant`,
);
// Honorifics glued to a name ("田中さん", "지수님") address the person by name.
const HONORIFIC = new RegExp(`(?:${["さん", "さま", "様", "先生", "殿", "くん", "ちゃん", "님", "씨"].map(fold).join("|")})$`, "u");

// Words that carry no context: never evidence of having mentioned a fact, never a name after a greeting.
const STOP_WORDS = wordSet(
  `a an the and or but of in on at to for with from by about as into over after before during via vs our your my their
   his her its we you i me us them they he she it is are was were be been being this that these those there here what
   which who how when where why all any some more most very so just also can could would will shall should may might do
   does did have has had not no yes new good great nice happy thanks thank hi hello dear hey i'm i've i'd i'll you're
   we're let let's help helping helped work working works team teams company companies inc corp corporation ltd llc
   gmbh ag sa co plc group talk talked talking chat chatted meet met meeting one two get got make made like love want
   know think see look way lot thing things time year years day days week weeks today yesterday`,
  "der die das den dem des ein eine einer und oder von zu im am bei mit für auf aus ist sind war wir ich sie du über",
  "el la los las un una unos unas y o de del en con por para al es son que su sus mi mis",
  "le la les un une des et ou de du en au aux avec pour par sur est sont que qui mon ma mes son sa ses",
);

// Asks, offers and shared interests. A trailing * matches any ending ("introduc*": introduce, introduction).
const REASONS = [
  "would love to", "love to", "happy to", "glad to", "keen to", "eager to", "excited to", "delighted to",
  "could you", "can you", "would you", "will you", "can i", "could i", "may i", "how can i", "let me know",
  "interested in", "interest in", "curious", "learn from", "learn more", "to learn", "learning from", "hear more",
  "hear about", "hear how", "hear your", "stay in touch", "keep in touch", "stay connected", "keep up with",
  "swap notes", "compare notes", "swap ideas", "exchange ideas", "exchange notes", "trade notes", "introduc*",
  "intro", "intros", "follow your work", "follow along", "your work on", "collaborat*", "work together", "team up",
  "chat*", "coffee", "call", "catch up", "pick your brain", "advice", "feedback", "ask you", "question*", "share",
  "sharing", "recommend*", "help*", "we both", "both work", "i also", "as a fellow", "fellow", "in common",
  "shared interest", "passionate about", "mentor*", "support*", "opportunit*", "looking for", "looking to",
  "thoughts on", "your take", "your perspective", "your experience", "tips", "partner with", "work with",
  "join forces", "hiring",
  "würde mich freuen", "freue mich", "freuen", "austausch*", "in kontakt", "helfen", "hilfe", "unterstütz*", "kaffee",
  "interessier*", "lernen", "zusammenarbeit*", "frage*", "gemeinsam", "empfehl*",
  "me encantaría", "encantaría", "podríamos", "podrías", "te gustaría", "ayuda*", "intercambi*", "charlar",
  "conversar", "café", "en contacto", "aprender", "colabor*", "me interesa", "interesad*", "pregunt*", "compartir",
  "consejo*", "presentarte",
  "ravi de", "ravie de", "serait un plaisir", "échang*", "aider", "aide", "rester en contact", "apprendre",
  "pourriez vous", "pourrais je", "intéressé*", "discuter", "partager", "conseil*", "vous présenter", "te présenter",
  "adoraria", "trocar", "em contato",
  "ぜひ", "お話", "教えて", "交換", "相談", "一緒に", "興味", "学びたい", "伺いたい", "お聞き", "協力", "お手伝い",
  "يسعدني", "يسرني", "تبادل", "التعاون", "نتعاون", "مساعدة", "أساعد", "أتعلم", "التعلم", "نتحدث", "الحديث", "مهتم",
].map((entry) => {
  const prefix = entry.endsWith("*");
  const words = phrase(prefix ? entry.slice(0, -1) : entry).join(" ");
  if (NOT_LATIN.test(words)) return words;
  return prefix ? ` ${words}` : ` ${words} `;
});
// Wanting to connect is not in itself a reason: "happy to connect" must not pass for "happy to help".
const NOT_REASONS = [
  "to connect", "to be connected", "connecting", "to add you", "to join", "to be part of", "to expand my network",
  "to grow my network",
].map((entry) => spaced(phrase(entry)));
const REASON_BARRIER = " | ";

const BRACKET_WORDS = wordSet("name first name firstname last name company company name event your name topic title position role school mutual connection");

// ---------------------------------------------------------------------------------------------------------------
// Reading a message.

function isBlank(text: string): boolean {
  return BLANK.test(text);
}

function nameWords(...names: (string | undefined)[]): Set<string> {
  const words = new Set<string>();
  for (const name of names) {
    if (typeof name !== "string") continue;
    for (const word of phrase(name)) if (word.length >= 2 || UNSPACED.test(word)) words.add(word);
  }
  return words;
}

function isName(word: string, names: Set<string>): boolean {
  if (names.has(word)) return true;
  for (const name of names) {
    if (name.length >= 3 && word.startsWith(name) && word.length - name.length <= 2) return true; // "Colleen’s"
    if (UNSPACED.test(name) && word.includes(name)) return true;
  }
  return false;
}

function gapBefore(text: string, tokens: Token[], index: number): string {
  const token = tokens[index];
  const previous = tokens[index - 1];
  if (!token) return "";
  return text.slice(previous ? previous.end : 0, token.start);
}

/** A greeting followed by what can only be a name: "Hi Ana", "Dear Dr. Okafor", "Hello, Ana!". */
function greetsSomeoneByName(text: string, tokens: Token[]): boolean {
  let i = 0;
  while (i < 3 && tokens[i] && GREETINGS.has(tokens[i]?.word ?? "")) i++;
  if (i === 0) return false;
  while (tokens[i] && TITLES.has(tokens[i]?.word ?? "")) i++;
  const token = tokens[i];
  if (!token || ADDRESSEES.has(token.word) || FILLER.has(token.word) || STOP_WORDS.has(token.word)) return false;
  if (WHITESPACE_OR_DOT.test(gapBefore(text, tokens, i))) return true;
  const next = tokens[i + 1];
  return token.capital && PUNCTUATION_NEXT.test(text.slice(token.end, next ? next.start : text.length));
}

function addressesByName(text: string, tokens: Token[], names: Set<string>): boolean {
  const head = tokens.slice(0, 8);
  if (names.size > 0 && head.some((token) => isName(token.word, names))) return true;
  if (head.slice(0, 3).some((token) => HONORIFIC.test(token.word))) return true;
  return greetsSomeoneByName(text, tokens);
}

type GreetingPrefix = { end: number; named: boolean };

// The greeting and names before the body: "Hi Colleen Smith," / "Dear Dr. Okafor —" / "Colleen,".
function greetingPrefix(text: string, tokens: Token[], names: Set<string>, from = 0): GreetingPrefix {
  let i = from;
  let named = false;
  let capitals = 0;
  while (i < tokens.length && i < from + 8) {
    const token = tokens[i];
    if (!token) break;
    const word = token.word;
    if (GREETINGS.has(word) || TITLES.has(word) || ADDRESSEES.has(word)) {
      i++;
      continue;
    }
    if (isName(word, names)) {
      named = true;
      i++;
      continue;
    }
    if (FILLER.has(word)) break;
    const afterGreeting = i > from && GREETINGS.has(tokens[i - 1]?.word ?? "") && WHITESPACE_OR_DOT.test(gapBefore(text, tokens, i));
    if ((token.capital && capitals < 3) || (afterGreeting && !STOP_WORDS.has(word))) {
      capitals++;
      named = true;
      i++;
      continue;
    }
    break;
  }
  return { end: i, named };
}

function signatureLike(token: Token, names: Set<string>): boolean {
  const word = token.word;
  return (
    SIGNOFFS.has(word) ||
    CONNECTIVES.has(word) ||
    TITLE_WORDS.has(word) ||
    isName(word, names) ||
    DIGITS.test(word) ||
    (token.capital && !FILLER.has(word))
  );
}

function validSignature(text: string, tokens: Token[], start: number, names: Set<string>): boolean {
  const first = tokens[start];
  if (!first) return false;
  if (SIGNOFFS.has(first.word)) return !FOR.has(tokens[start + 1]?.word ?? "");
  if (CONNECTIVES.has(first.word)) return false;
  if (SIGNATURE_BREAK.test(gapBefore(text, tokens, start))) return true;
  const tail = tokens.slice(start);
  return tail.length <= 3 && tail.every((token) => token.capital || isName(token.word, names));
}

// Where a signature starts ("— Jamal", "Best, Jamal Okafor, Product Lead at Northwind"), or tokens.length.
function signatureStart(text: string, tokens: Token[], from: number, names: Set<string>): number {
  const end = tokens.length;
  let first = end;
  while (first > from && end - first < 12 && signatureLike(tokens[first - 1] as Token, names)) first--;
  for (let start = first; start < end; start++) if (validSignature(text, tokens, start, names)) return start;
  // A signature in lower case after a dash or a line break: "… on LinkedIn - jamal".
  for (let size = 1; size <= 2; size++) {
    const start = end - size;
    if (start <= from) break;
    const tail = tokens.slice(start);
    if (tail.some((token) => FILLER.has(token.word) || STOP_WORDS.has(token.word))) break;
    if (SIGNATURE_BREAK.test(gapBefore(text, tokens, start))) return start;
  }
  return end;
}

/** Where the line of token `start` ends: the index of the first token on a later line, or tokens.length. */
function lineAt(text: string, tokens: Token[], start: number): number {
  let end = start + 1;
  while (end < tokens.length && !gapBefore(text, tokens, end).includes("\n")) end++;
  return end;
}

// The card LinkedIn's emails open with, before the note: the sender's full name on a line of its own, then up to two
// lines of job title ("Senior PM at Acme"). Returns the number of tokens it covers, or 0.
function senderCard(text: string, tokens: Token[], names: Set<string>): number {
  const nameEnd = lineAt(text, tokens, 0);
  const name = tokens.slice(0, nameEnd);
  const after = tokens[nameEnd] ? gapBefore(text, tokens, nameEnd) : "";
  if (name.length < 2 || name.length > 4 || !after.includes("\n") || after.trimStart().startsWith(",")) return 0;
  const plain = (token: Token) => token.capital && !GREETINGS.has(token.word) && !TITLES.has(token.word) && !FILLER.has(token.word);
  if (!name.every((token) => plain(token) && !isName(token.word, names))) return 0;
  // Then a job title ("Senior PM at Acme"), and after it perhaps a place ("Milan, Italy").
  let end = nameEnd;
  for (let line = 0; line < 2 && end < tokens.length; line++) {
    const lineEnd = lineAt(text, tokens, end);
    const words = tokens.slice(end, lineEnd);
    const titled = words.some((token) => TITLE_WORDS.has(token.word) || CONNECTIVES.has(token.word));
    const titleLike = words.every((token) => token.capital || TITLE_WORDS.has(token.word) || CONNECTIVES.has(token.word) || DIGITS.test(token.word));
    const place = line > 0 && words.length <= 4 && words.every((token) => plain(token));
    if (!((titled && titleLike) || place) || words.length > 8 || lineEnd >= tokens.length) break;
    end = lineEnd;
  }
  return end;
}

function longestCommonSubsequence(pattern: string[], words: string[]): number {
  let previous = new Array<number>(words.length + 1).fill(0);
  for (const wanted of pattern) {
    const current = [0];
    for (let j = 1; j <= words.length; j++) {
      const word = words[j - 1] ?? "";
      current.push(sameWord(wanted, word) ? (previous[j - 1] ?? 0) + 1 : Math.max(previous[j] ?? 0, current[j - 1] ?? 0));
    }
    previous = current;
  }
  return previous[words.length] ?? 0;
}

// The default texts are a dozen words; a longer body of pure filler is something else.
const MAX_DEFAULT_BODY = 60;

/**
 * Whether the message is LinkedIn's default text, give or take a greeting, names, a signature and the wrappers of
 * LinkedIn's emails and pages. A wrapper such as "Marco Rossi would like to connect" around nothing but filler is an
 * invitation without a note: the default too.
 */
function readDefault(message: string, messageTokens: Token[], names: Set<string>): { named: boolean } | null {
  const { text, wrapped } = unwrap(message);
  const tokens = wrapped ? tokenize(text) : messageTokens;
  if (tokens.length < 3 && !wrapped) return null;
  const prefix = greetingPrefix(text, tokens, names, senderCard(text, tokens, names));
  const bodyEnd = signatureStart(text, tokens, prefix.end, names);
  if (bodyEnd - prefix.end > MAX_DEFAULT_BODY) return null;
  const body: string[] = [];
  let named = prefix.named;
  for (let i = prefix.end; i < bodyEnd; i++) {
    const word = tokens[i]?.word ?? "";
    if (isName(word, names)) named = true;
    else if (!isFiller(word)) return null;
    body.push(word);
  }
  const isDefault =
    wrapped || DEFAULT_PHRASES.some((pattern) => longestCommonSubsequence(pattern, body) >= Math.ceil(pattern.length * 0.75));
  if (!isDefault) return null;
  for (let i = bodyEnd; i < tokens.length && !named; i++) if (isName(tokens[i]?.word ?? "", names)) named = true;
  return { named };
}

function hasReason(words: string[]): boolean {
  let text = spaced(words);
  for (const generic of NOT_REASONS) if (text.includes(generic)) text = text.replaceAll(generic, REASON_BARRIER);
  return REASONS.some((reason) => text.includes(reason));
}

type ContextFact = { label: string; kind: "met" | "mutual" | "company"; stems: string[]; runs: string[] };

function contextFacts(facts: InvitationFacts, recipient: Set<string>): ContextFact[] {
  const result: ContextFact[] = [];
  const seen = new Set<string>();
  const recipientStems = new Set([...recipient].map(stem));
  const add = (values: unknown, kind: ContextFact["kind"]) => {
    if (!Array.isArray(values)) return;
    for (const value of values) {
      if (typeof value !== "string") continue;
      const label = value.trim();
      const key = fold(label);
      if (!label || seen.has(key)) continue;
      seen.add(key);
      const stems: string[] = [];
      const runs: string[] = [];
      for (const word of phrase(label)) {
        if (STOP_WORDS.has(word) || DIGITS.test(word)) continue;
        if (UNSPACED.test(word)) {
          if ([...word].length >= 2) runs.push(word);
          continue;
        }
        const stemmed = stem(word);
        if (word.length < 2 || STOP_WORDS.has(stemmed)) continue;
        // A mutual connection who shares the recipient's first name is not mentioned by "Hi Sam".
        if (kind === "mutual" && recipientStems.has(stemmed)) continue;
        stems.push(stemmed);
      }
      if (stems.length > 0 || runs.length > 0) result.push({ label, kind, stems, runs });
    }
  };
  add(facts.events, "met");
  add(facts.places, "met");
  add(facts.topics, "met");
  add(facts.mutualNames, "mutual");
  add(typeof facts.company === "string" ? [facts.company] : [], "company");
  return result;
}

function mentions(fact: ContextFact, messageStems: Set<string>, messageText: string): boolean {
  for (const wanted of fact.stems) {
    if (messageStems.has(wanted)) return true;
    if (wanted.length >= 5) for (const word of messageStems) if (stemsMatch(wanted, word)) return true;
  }
  return fact.runs.some((run) => messageText.includes(run));
}

function shorten(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("").trimEnd()}…`;
}

function contextMessage(facts: ContextFact[]): string {
  const list = facts.slice(0, 3).map((fact) => shorten(fact.label, 40)).join(", ");
  if (facts.every((fact) => fact.kind === "mutual")) return `Mention who you know in common: ${list}.`;
  if (facts.every((fact) => fact.kind === "company")) return `Mention something about their work at ${list}.`;
  return `Say where you met or what you talked about: ${list}.`;
}

function placeholders(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(BRACE_PLACEHOLDER)) if (HAS_LETTER.test(match[0])) found.add(match[0]);
  for (const match of text.matchAll(BRACKET_PLACEHOLDER)) {
    if (phrase(match[0]).every((word) => BRACKET_WORDS.has(word)) && HAS_LETTER.test(match[0])) found.add(match[0]);
  }
  return [...found];
}

/** The note's length as LinkedIn counts it: Unicode code points (an emoji is one). */
export function noteLength(message: string): number {
  let count = 0;
  for (let i = 0; i < message.length; i++) {
    const code = message.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = message.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

// ---------------------------------------------------------------------------------------------------------------
// Reading like a note: the message speaks of the person instead of to them, or carries a private note as it was
// written ("…our chat about Accessibility audits for design systems; she runs the a11y guild…").

// Singular third-person pronouns: a message to one person that says "she" or "his team" is about someone, and unless
// someone else was named first, that someone is the recipient. "They"/"their" are left out: they are as often a
// company ("I love their app"). German "sie" is she or they, so it counts only before a singular verb ("sie leitet");
// "ihre" only in lower case ("Ihre" is the polite "your"); "il" not before an impersonal verb ("il faut").
const THIRD_PERSON = wordSet(
  "she he her him his hers herself himself",
  "er seine seinem seinen seiner seines",
  "ella",
  "elle",
  "ela ele dela dele",
  "هي هو",
);
const THIRD_PERSON_LOWER_ONLY = wordSet("ihre ihrem ihren ihrer ihres");
const GERMAN_SHE_VERBS = wordSet("ist hat kann will muss möchte sagte meinte war wird");
const FRENCH_IMPERSONAL = wordSet("y faut semble paraît s'agit reste est était sera fait pleut existe");
const JAPANESE_THIRD_PERSON = /彼女[はがのにを]|彼[はがのにを]/u;
// Words that name someone other than the recipient; a pronoun after one of them may well be about that person.
const OTHER_PEOPLE = wordSet(
  `colleague colleagues coworker friend manager boss founder cofounder ceo cto wife husband partner sister brother
   mother father mom mum dad daughter son teammate mentor speaker recruiter someone somebody woman man`,
  "kollegin kollege freundin freund chefin chef frau mann schwester bruder mutter vater tochter sohn gründerin gründer referentin referent",
  "colega amiga amigo jefa jefe esposa esposo hermana hermano madre padre hija hijo fundadora fundador ponente",
  "collègue amie ami cheffe femme mari sœur soeur frère mère père fille fils fondatrice fondateur intervenante",
  "chefe marido irmã irmão mãe pai filha filho",
);
// A capitalised word before one of these, or after "by", is someone's name: "Priya said", "Jane’s keynote", "by Jane".
const REPORTING = wordSet("said says told mentioned suggested recommended introduced thinks thought asked shared presented sagte meinte dijo comentó a dit disse");
const BEFORE_A_NAME = wordSet("by von por par");
// "about" in the coach's languages, and the pronouns no one capitalises after it unless a note was pasted there
// ("our chat about We built…"). "I" is always a capital; German "Sie"/"Ihr…" is the polite "you".
const ABOUT = wordSet("about regarding über sobre sur");
const CAPITAL_PRONOUNS = wordSet("we she he they our my his her their wir er unser unsere nosotros ella nous elle il nós ela ele");
const SENTENCE_END = /[.!?;:\n]/u;
// A run of this many words, or characters in a script without spaces, copied from a private note is a pasted note.
const NOTE_RUN_WORDS = 6;
const NOTE_RUN_CHARS = 12;

function rawBase(text: string, token: Token): string {
  return text.slice(token.start, token.end).toLowerCase().split(/['’ʼ‘`´]/u)[0] ?? "";
}

function isThirdPerson(text: string, tokens: Token[], index: number): boolean {
  const token = tokens[index] as Token;
  const base = rawBase(text, token);
  const next = tokens[index + 1];
  if (base === "él") return true; // Spanish "he"; "el" without the accent is "the"
  if (base === "il") return Boolean(next) && !FRENCH_IMPERSONAL.has(rawBase(text, next as Token)) && !FRENCH_IMPERSONAL.has(next?.word ?? "");
  if (token.word === "sie" && !token.capital) return Boolean(next && (next.word.endsWith("t") || GERMAN_SHE_VERBS.has(next.word)));
  if (THIRD_PERSON_LOWER_ONLY.has(token.word)) return !token.capital && !UPPER_START.test(text.slice(token.start, token.end));
  return THIRD_PERSON.has(fold(base));
}

/** Whether someone other than the recipient is named before token `index`: then "she" may be them. */
function someoneElseBefore(text: string, tokens: Token[], index: number, recipient: Set<string>, mutual: Set<string>, known: Set<string>): boolean {
  for (let i = 0; i < index; i++) {
    const token = tokens[i] as Token;
    // "Jane’s" is Jane: the possessive is read apart, so that it is not taken for another word ("Doe’s", "does").
    const raw = text.slice(token.start, token.end);
    const word = fold(rawBase(text, token));
    if (mutual.size > 0 && isName(word, mutual)) return true;
    if (OTHER_PEOPLE.has(word)) return true;
    if (!token.capital || i === 0 || isName(word, recipient) || known.has(word) || STOP_WORDS.has(word)) continue;
    if (GREETINGS.has(word) || SIGNOFFS.has(word) || ADDRESSEES.has(word) || FILLER.has(word)) continue;
    if (SENTENCE_END.test(gapBefore(text, tokens, i))) continue; // a capital that only starts a sentence
    const next = tokens[i + 1];
    const previous = tokens[i - 1];
    if (/['’ʼ]s$/u.test(raw)) return true;
    if (next && REPORTING.has(next.word)) return true;
    if (previous && (BEFORE_A_NAME.has(previous.word) || TITLES.has(previous.word))) return true;
    if (next?.capital && !known.has(next.word) && !STOP_WORDS.has(next.word) && !isName(next.word, recipient)) return true; // "Jane Doe"
  }
  return false;
}

/** The words of a private note in runs of `size`, as " a b c " strings. */
function runsOf(words: string[], size: number): Set<string> {
  const runs = new Set<string>();
  for (let i = 0; i + size <= words.length; i++) runs.add(spaced(words.slice(i, i + size)));
  return runs;
}

function compact(text: string): string {
  return fold(text).replace(/\s+/gu, "");
}

/** The first long run of the message copied from a note (and not from a topic, which is meant to be said), or null. */
function pastedFromNote(text: string, tokens: Token[], notes: string[], topics: string[]): string | null {
  const words = tokens.map((token) => token.word);
  const topicRuns = new Set(topics.flatMap((topic) => [...runsOf(phrase(topic), NOTE_RUN_WORDS)]));
  for (const note of notes) {
    const noteRuns = runsOf(phrase(note), NOTE_RUN_WORDS);
    for (let i = 0; i + NOTE_RUN_WORDS <= words.length; i++) {
      const run = spaced(words.slice(i, i + NOTE_RUN_WORDS));
      if (!noteRuns.has(run) || topicRuns.has(run)) continue;
      let end = i + NOTE_RUN_WORDS;
      while (end < words.length && noteRuns.has(spaced(words.slice(end - NOTE_RUN_WORDS + 1, end + 1)))) end++;
      return text.slice(tokens[i]?.start ?? 0, tokens[end - 1]?.end ?? text.length);
    }
    if (!UNSPACED.test(note)) continue;
    const written = compact(text);
    const noted = compact(note);
    const said = topics.map(compact);
    const chars = Array.from(noted);
    for (let i = 0; i + NOTE_RUN_CHARS <= chars.length; i++) {
      const piece = chars.slice(i, i + NOTE_RUN_CHARS).join("");
      if (written.includes(piece) && !said.some((topic) => topic.includes(piece))) return piece;
    }
  }
  return null;
}

/** "about We built…" or "about Accessibility audits…" (the start of a note): a note pasted after "about". */
function capitalAfterAbout(text: string, tokens: Token[], notes: string[], topics: string[]): string | null {
  const noteStarts = notes.map((note) => tokenize(note)).filter((words) => words.length >= 2 && words[0]?.capital);
  const topicStarts = new Set(topics.map((topic) => phrase(topic).slice(0, 2).join(" ")));
  for (let i = 0; i + 1 < tokens.length; i++) {
    const about = tokens[i] as Token;
    const next = tokens[i + 1] as Token;
    if (!ABOUT.has(about.word) || !next.capital || SENTENCE_END.test(gapBefore(text, tokens, i + 1))) continue;
    const quoted = `${text.slice(about.start, next.end)}…`;
    if (CAPITAL_PRONOUNS.has(next.word)) return quoted;
    // German writes every noun with a capital: there, only a pronoun gives the note away.
    if (about.word === fold("über")) continue;
    const following = tokens[i + 2]?.word;
    if (topicStarts.has(`${next.word} ${following ?? ""}`)) continue;
    if (noteStarts.some((words) => words[0]?.word === next.word && words[1]?.word === following)) return quoted;
  }
  return null;
}

/** A short quotation of the message, cut between words. */
function quote(text: string): string {
  const clean = text.replace(/\s+/gu, " ").trim();
  const cut = shorten(clean, 48);
  if (cut === clean) return `“${clean}”`;
  const lastSpace = cut.lastIndexOf(" ");
  return `“${(lastSpace > 20 ? cut.slice(0, lastSpace) : cut.slice(0, -1)).replace(/[\s,;:.]+$/u, "")}…”`;
}

/** Why the message reads like a private note, or null: a pasted note first, then a pronoun that speaks of them. */
function readsLikeANote(text: string, tokens: Token[], known: InvitationFacts, recipient: Set<string>): string | null {
  const notes = texts(known.notes);
  // What may be said as it is: the topics that are not also a private note.
  const noted = new Set(notes.map(fold));
  const topics = texts(known.topics).filter((topic) => !noted.has(fold(topic)));
  const pasted = pastedFromNote(text, tokens, notes, topics);
  if (pasted) return `${quote(pasted)} is copied from your private notes: say it to them, in your own words.`;
  const capital = capitalAfterAbout(text, tokens, notes, topics);
  if (capital) return `${quote(capital)} looks pasted from your notes: say it to them, in your own words.`;

  const first = typeof known.firstName === "string" ? known.firstName.trim().split(/\s+/u)[0] : "";
  const mutual = nameWords(...texts(known.mutualNames));
  for (const word of recipient) mutual.delete(word);
  const knownWords = wordSet(...texts(known.events), ...texts(known.places), ...texts(known.topics), typeof known.company === "string" ? known.company : "");
  for (let i = 0; i < tokens.length; i++) {
    if (!isThirdPerson(text, tokens, i)) continue;
    if (someoneElseBefore(text, tokens, i, recipient, mutual, knownWords)) return null;
    const token = tokens[i] as Token;
    const next = tokens[i + 1];
    const snippet = text.slice(token.start, next && !SENTENCE_END.test(text.slice(token.end, next.start)) ? next.end : token.end);
    return `${quote(snippet)} speaks of ${first || "them"} as if to someone else: write to them (“you…”, “your…”).`;
  }
  return JAPANESE_THIRD_PERSON.test(text) ? `${quote(JAPANESE_THIRD_PERSON.exec(text)?.[0] ?? "")} speaks of them as if to someone else: write to them.` : null;
}

function texts(values: unknown): string[] {
  return Array.isArray(values) ? values.filter((value): value is string => typeof value === "string" && value.trim() !== "") : [];
}

// ---------------------------------------------------------------------------------------------------------------
// The coach.

export function assessInvitation(message: string, facts: InvitationFacts): Assessment {
  const text = typeof message === "string" ? message : "";
  const known: InvitationFacts = facts ?? {};
  if (isBlank(text)) {
    return { score: 0, findings: [finding("EMPTY", "Write a short note: hello, where you met and why you’d like to connect.")] };
  }

  const messages = new Map<FindingCode, string>();
  const tokens = tokenize(text);
  const words = tokens.map((token) => token.word);
  const recipient = nameWords(known.firstName, known.lastName);

  if (readDefault(text, tokens, recipient)) {
    messages.set("DEFAULT_TEXT", "Replace LinkedIn’s default text with where you met and why you’d like to connect.");
  }

  if (!addressesByName(text, tokens, recipient)) {
    const first = typeof known.firstName === "string" ? known.firstName.trim().split(/\s+/)[0] : "";
    messages.set("NO_GREETING", first ? `Start with their name: “Hi ${first},”.` : "Start by greeting them by name.");
  }

  const usable = contextFacts(known, recipient);
  if (usable.length > 0) {
    const messageStems = new Set<string>();
    for (const word of words) if (!STOP_WORDS.has(word)) messageStems.add(stem(word));
    const messageText = words.join(" ");
    if (!usable.some((fact) => mentions(fact, messageStems, messageText))) messages.set("NO_CONTEXT", contextMessage(usable));
  }

  if (!hasReason(words)) {
    messages.set("NO_REASON", "Add a reason to connect: an ask, an offer or an interest you share.");
  }

  const note = readsLikeANote(text, tokens, known, recipient);
  if (note) messages.set("READS_LIKE_A_NOTE", note);

  const unfilled = placeholders(text);
  if (unfilled.length > 0) messages.set("PLACEHOLDER", `Fill in or remove ${unfilled.slice(0, 3).join(", ")}.`);

  const limit = known.noteLimit === 200 ? 200 : DEFAULT_NOTE_LIMIT;
  const over = noteLength(text) - limit;
  if (over > 0) messages.set("TOO_LONG", `Cut ${over} character${over === 1 ? "" : "s"}: LinkedIn allows ${limit}.`);

  const claimed = known.claim ? CLAIM_WORDS[known.claim] : undefined;
  const kinds = Array.isArray(known.encounterKinds) ? known.encounterKinds : [];
  if (claimed && known.claim && !kinds.includes(known.claim)) {
    messages.set("CLAIM_MISMATCH", `Nothing you logged shows ${claimed}: change “How you know them” or log how you met.`);
  }

  const findings = FINDING_CODES.filter((code) => messages.has(code)).map((code) => finding(code, messages.get(code) ?? ""));
  return { score: score(findings), findings };
}

function finding(code: FindingCode, message: string): Finding {
  return { code, severity: SEVERITY[code], message };
}

function score(findings: Finding[]): number {
  const codes = new Set(findings.map((item) => item.code));
  let value = 100 - findings.reduce((sum, item) => sum + DEDUCTION[item.code], 0);
  // Default text stays at the bottom whatever else is right; a greeting is worth a little.
  if (codes.has("DEFAULT_TEXT")) value = Math.min(value, codes.has("NO_GREETING") ? 5 : 15);
  return Math.max(0, Math.min(100, value));
}

/** The words beside the score meter. */
export function scoreLabel(score: number): ScoreLabel {
  if (score <= 20) return "Default";
  if (score < 80) return "Needs context";
  return "Personal";
}

/** Every finding code with its state, in display order, for the checklist that turns green. */
export function checklist(assessment: Assessment): ChecklistItem[] {
  const failed = new Set(assessment.findings.map((item) => item.code));
  const empty = failed.has("EMPTY");
  return FINDING_CODES.map((code) => ({
    code,
    label: CHECKLIST_LABELS[code],
    state: failed.has(code) ? "failed" : empty ? "pending" : "passed",
  }));
}

/** Whether sending needs a confirmation ("Send anyway"). */
export function hasErrors(assessment: Assessment): boolean {
  return assessment.findings.some((item) => item.severity === "error");
}

/** How personal an invitation someone sent you is: empty or default text, default text with a greeting, or more. */
export function classifyReceived(message: string, recipientFirstName?: string): ReceivedKind {
  const text = typeof message === "string" ? message : "";
  if (isBlank(text)) return "default";
  const tokens = tokenize(text);
  const reading = readDefault(text, tokens, nameWords(recipientFirstName));
  if (!reading) return "customized";
  return reading.named ? "greeting_only" : "default";
}
