// isRowId: every id Rapport (and its tests) makes has its shape; what a hand-made action call may send instead has not.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { isRowId } from "./forms";
import { sequentialIds } from "./exports/restore-plan";
import { newId as importedRowId } from "./imports/apply";

describe("isRowId", () => {
  it("accepts the ids of restores, imports, Prisma's cuids and the tests' UUIDs", () => {
    const restored = sequentialIds();
    const ids = [
      ...Array.from({ length: 1_000 }, restored),
      ...Array.from({ length: 1_000 }, importedRowId),
      // @default(cuid()) in prisma/schema.prisma (one made by Prisma is checked in tests/integration/access-control.test.ts)
      "cmihx0f3o0000qzrmn831i7rn",
      randomUUID(),
      `u${randomUUID().replaceAll("-", "").slice(0, 24)}`,
      "a".repeat(64),
    ];
    for (const id of ids) expect(isRowId(id), id).toBe(true);
  });

  it.each([
    ["a NUL", "c\u0000"],
    ["a lone surrogate", "c\uD800"],
    ["SQL", "' OR 1=1 --"],
    ["nothing", ""],
    ["65 characters", "a".repeat(65)],
    ["10 MB", "c".repeat(10_000_000)],
    ["a space", "c1 c2"],
    ["a built-in template's id (never a row)", "builtin:met-at-event"],
    ["a number", 42],
    ["an object", { not: "" }],
    ["a list", ["c1"]],
    ["null", null],
    ["undefined", undefined],
  ])("refuses %s", (_label, value) => {
    expect(isRowId(value)).toBe(false);
  });
});
