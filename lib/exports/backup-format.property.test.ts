// The backup restore parser against thousands of doctored backups (fast-check): any value of the sample backup
// replaced by a hostile one (NUL, lone surrogates, huge text, wrong types, numbers past PostgreSQL's integer), or the
// file cut short. parseBackup never throws: it returns a backup that PostgreSQL stores as it is, or a sentence.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_TAG_BYTES, tagBytes } from "@/lib/contacts/schema";
import { parseBackup, type Backup } from "@/lib/exports/backup-format";
import { sampleBackup } from "@/lib/exports/fixtures/sample-backup";
import { hostileValue, unstorable } from "@/tests/hostile-values";

type Path = (string | number)[];

function leaves(value: unknown, path: Path = []): Path[] {
  if (Array.isArray(value)) return [path, ...value.flatMap((item, index) => leaves(item, [...path, index]))];
  if (value && typeof value === "object") return [path, ...Object.entries(value).flatMap(([key, item]) => leaves(item, [...path, key]))];
  return [path];
}

function replaced(backup: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const copy = (Array.isArray(backup) ? [...backup] : { ...(backup as object) }) as Record<string | number, unknown>;
  copy[head!] = replaced(copy[head!], rest, value);
  return copy;
}

const PATHS = leaves(sampleBackup()).filter((path) => path.length > 0);
const INT32 = 2 ** 31 - 1;
const numbers = fc.oneof(fc.integer(), fc.constantFrom(INT32, INT32 + 1, -INT32 - 2, 2 ** 53, -1, 0.5, 1e308));

const doctored = fc
  .tuple(fc.array(fc.tuple(fc.constantFrom(...PATHS), fc.oneof(hostileValue(), numbers, fc.constant(null))), { minLength: 1, maxLength: 3 }), fc.option(fc.nat(), { freq: 8 }))
  .map(([changes, cut]) => {
    const text = JSON.stringify(changes.reduce<unknown>((backup, [path, value]) => replaced(backup, path, value), sampleBackup()));
    return cut === null ? text : text.slice(0, cut % text.length);
  });

function backupProblem(backup: Backup): string | null {
  const stored = unstorable(backup);
  if (stored) return stored;
  for (const contact of backup.contacts) {
    if ([...contact.firstName].length > 100 || [...contact.lastName].length > 100) return "a name over 100 characters";
    if (contact.tags.length > 30 || tagBytes(contact.tags) > MAX_TAG_BYTES) return "tags over the index's limit";
    if (contact.version > INT32 || (contact.stayInTouchWeeks ?? 0) > INT32) return "an integer out of range";
  }
  if (backup.invitations.some((invitation) => Math.abs(invitation.score) > INT32)) return "a score out of range";
  return null;
}

const REFUSAL = /^(The file is empty\.|The file is not valid JSON|This is not a Rapport backup\.|This backup is (version|of an unknown version)|The backup is damaged: .+\. Nothing was restored\.$)/s;

describe("parseBackup, against doctored backups", () => {
  it("returns a backup that can be stored as it is, or a sentence saying what is wrong", () => {
    let accepted = 0;
    fc.assert(
      fc.property(doctored, (text) => {
        const parsed = parseBackup(text);
        if (parsed.ok) {
          accepted += 1;
          expect(backupProblem(parsed.backup)).toBeNull();
        } else {
          expect(parsed.message).toMatch(REFUSAL);
          expect(parsed.message.isWellFormed()).toBe(true);
        }
      }),
      { numRuns: 2_000 },
    );
    expect(accepted).toBeGreaterThan(0);
  }, 60_000);

  it("names the field holding a NUL, a lone surrogate or a number PostgreSQL cannot store", () => {
    const sample = sampleBackup();
    const contact = sample.contacts[0]!;
    expect(parseBackup(JSON.stringify({ ...sample, contacts: [{ ...contact, notes: "a\u0000b" }, ...sample.contacts.slice(1)] }))).toEqual({
      ok: false,
      message: "The backup is damaged: contacts.0.notes: holds a NUL character (U+0000), which cannot be stored. Nothing was restored.",
    });
    expect(parseBackup(JSON.stringify({ ...sample, contacts: [{ ...contact, company: "\ud800" }, ...sample.contacts.slice(1)] }))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^The backup is damaged: contacts\.0\.company: holds a broken character/),
    });
    expect(parseBackup(JSON.stringify({ ...sample, contacts: [{ ...contact, version: 2 ** 31 }, ...sample.contacts.slice(1)] }))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^The backup is damaged: contacts\.0\.version: expected a whole number up to 2147483647\./),
    });
  });
});
