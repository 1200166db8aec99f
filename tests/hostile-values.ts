// Hostile values for the property tests (fast-check): what a hand-made request or a doctored file can hold, and the
// invariants every accepted value must keep. Shared by the unit tests beside each schema or reader and by
// tests/integration/hostile-input.test.ts.
import fc from "fast-check";

/** Fragments that have broken other apps: SQL, HTML and script, placeholders, odd numbers and dates, invisible text. */
export const FRAGMENTS = [
  "'; DROP TABLE \"Contact\"; --",
  "' OR '1'='1",
  "\\'; SELECT pg_sleep(1); --",
  "$1",
  "%s%n%x",
  '<img src=x onerror="window.__xss=1">',
  "<script>window.__xss=1</script>",
  "javascript:alert(1)",
  "</textarea><svg onload=alert(1)>",
  "{firstName}",
  "{{constructor.constructor('return 1')()}}",
  "__proto__",
  "constructor",
  "null",
  "undefined",
  "NaN",
  "Infinity",
  "-1",
  "0",
  "1e309",
  "0x1F",
  "9007199254740993",
  "2026-02-30",
  "0000-01-01",
  "1899-12-31",
  "9999-12-31",
  "+275760-09-13",
  "2026-13-01",
  "2026-1-1",
  "\u0000",
  "a\u0000b",
  "\ud800",
  "\udfff",
  "x\ud83d",
  "\ufeff",
  "\u202e",
  "\u200b",
  "\r\n",
  "\t",
  "é",
  "👩‍👩‍👧",
  "linkedin.com/in/jane-doe",
  "https://www.linkedin.com/in/%00",
  "https://www.linkedin.com/in/%E2%82%AC",
  "name@example.com",
  "+1 (555) 010-0000",
  "Europe/Berlin",
  "INVITATION",
  "CONNECTED",
  "1",
  "300",
];

const char = (min: number, max: number) => fc.integer({ min, max }).map((code) => String.fromCharCode(code));

/** Any UTF-16 code unit, lone surrogates included (what JSON or a server action's arguments can carry). */
export const anyUnitString = (maxLength = 40) => fc.string({ unit: char(0, 0xffff), maxLength });

/** Lengths just past the limits Rapport's fields have (tags 50, names 100, … a merge draft 40,000), and huge. */
const LIMITS = [50, 64, 80, 100, 150, 200, 254, 300, 500, 1_000, 2_000, 5_000, 8_000, 10_000, 20_100, 40_000, 100_000];

/** A long string: a short piece repeated to just past one of the limits (so generating it stays cheap). */
export function hugeString(): fc.Arbitrary<string> {
  return fc
    .tuple(fc.string({ unit: "grapheme", minLength: 1, maxLength: 3 }), fc.constantFrom(...LIMITS), fc.integer({ min: -2, max: 3 }))
    .map(([part, limit, delta]) => part.repeat(Math.ceil((limit + delta) / part.length)).slice(0, Math.max(1, limit + delta)));
}

/** A string of any kind: printable, control characters and NUL, lone surrogates, fragments, huge, or mixed. */
export function hostileString(): fc.Arbitrary<string> {
  return fc.oneof({ weight: 12, arbitrary: shortHostileString() }, { weight: 1, arbitrary: hugeString() });
}

function shortHostileString(): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 3, arbitrary: fc.string({ maxLength: 30 }) },
    { weight: 2, arbitrary: fc.constantFrom(...FRAGMENTS) },
    // What PostgreSQL refuses (NUL) or silently changes (a lone surrogate becomes U+FFFD): often, on purpose.
    { weight: 2, arbitrary: fc.constantFrom("\u0000", "\ud800", "\udbff", "\udc00", "\udfff") },
    { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
    { weight: 2, arbitrary: anyUnitString(20) },
    { weight: 1, arbitrary: fc.string({ unit: char(0, 0x1f), maxLength: 10 }) },
    { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.bigInt()).map(String) },
    { weight: 1, arbitrary: fc.date({ noInvalidDate: false }).map((date) => (Number.isNaN(date.getTime()) ? "Invalid Date" : date.toISOString().slice(0, 10))) },
  );
  return fc.array(piece, { minLength: 0, maxLength: 4 }).map((parts) => parts.join(""));
}

/**
 * A form as a hand-made request posts it: starting from good values, some fields replaced by hostile strings, some
 * left out, and stray fields added.
 */
export function hostileForm(valid: Record<string, fc.Arbitrary<string>>): fc.Arbitrary<Record<string, string>> {
  const keys = Object.keys(valid);
  return fc
    .tuple(
      fc.record(valid),
      fc.dictionary(fc.constantFrom(...keys), fc.option(hostileString(), { nil: undefined, freq: 6 }), { maxKeys: keys.length }),
      fc.dictionary(fc.string({ maxLength: 12 }), hostileString(), { maxKeys: 2 }),
    )
    .map(([good, hostile, extra]) => {
      const values: Record<string, string> = { ...extra, ...good };
      for (const [key, value] of Object.entries(hostile)) {
        if (value === undefined) delete values[key];
        else values[key] = value;
      }
      return values;
    });
}

/** Anything at all where a string was expected: wrong types included. */
export function hostileValue(): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 3, arbitrary: hostileString() }, { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) });
}

/** Why `value` (an accepted parse result, any depth) could not be stored as it is in PostgreSQL, or null. */
export function unstorable(value: unknown, path = "value"): string | null {
  if (typeof value === "string") {
    if (value.includes("\u0000")) return `${path} holds a NUL`;
    if (!value.isWellFormed()) return `${path} holds a lone surrogate`;
    return null;
  }
  if (typeof value === "number") return Number.isFinite(value) ? null : `${path} is ${value}`;
  if (value instanceof Date) {
    const year = value.getUTCFullYear();
    return Number.isNaN(value.getTime()) || year < 1 || year > 9999 ? `${path} is the date ${String(value)}` : null;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const problem = unstorable(item, `${path}[${index}]`);
      if (problem) return problem;
    }
    return null;
  }
  if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const problem = unstorable(item, `${path}.${key}`);
      if (problem) return problem;
    }
  }
  return null;
}

/** zod's own wording ("Invalid input: expected string, received number"): a refusal the user cannot act on. */
export const ZOD_DEFAULT_MESSAGE = /^(Invalid|Too (big|small)|Unrecognized|Expected)\b/;
