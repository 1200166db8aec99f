// Ids as someone calling a server action by hand could send them (a POST with the Next-Action header and arguments of
// their own making, not through a form): what an action is handed in place of a row id must be answered as an id that
// names no row, never thrown (a NUL reaches PostgreSQL as "invalid byte sequence for encoding UTF8: 0x00", a 500) and
// never read as something else (`undefined` or `{ not: "" }` in a Prisma `where` match every row of the owner's).

export type HostileId = { label: string; value: unknown };

export const HOSTILE_IDS: readonly HostileId[] = [
  { label: "a NUL", value: "\u0000" },
  { label: "a lone surrogate", value: "\uD800" },
  { label: "SQL", value: "' OR 1=1 --" },
  { label: "10,000 characters", value: "c".repeat(10_000) },
  { label: "a number", value: 42 },
  { label: "a Prisma filter object", value: { not: "" } },
  { label: "a list", value: ["x"] },
  { label: "null", value: null },
  { label: "undefined", value: undefined },
];

/**
 * An id of the same shape as `id` (each character moved on within its class: digits, a–f, g–z, A–F, G–Z) that names
 * no row: the answer to it is what an action gives for "no such row", the answer a hostile id must get too. Keeping
 * the shape matters for ids with a stricter one than the row ids', such as an upload's 32 hex characters.
 */
export function unknownLike(id: string): string {
  const next = (char: string, first: string, last: string) =>
    String.fromCharCode(first.charCodeAt(0) + ((char.charCodeAt(0) - first.charCodeAt(0) + 1) % (last.charCodeAt(0) - first.charCodeAt(0) + 1)));
  return id.replace(/[0-9a-zA-Z]/g, (char) => {
    for (const [first, last] of [["0", "9"], ["a", "f"], ["g", "z"], ["A", "F"], ["G", "Z"]] as const) if (char >= first && char <= last) return next(char, first, last);
    return char;
  });
}
