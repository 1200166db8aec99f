// What a user or an import wrote is rendered by React as text. The ways around that (React's dangerouslySetInnerHTML,
// the DOM's innerHTML and friends) appear nowhere in the app's own code; a new one must be proven safe and listed here.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.join(import.meta.dirname, "../..");
const SINKS = /dangerouslySetInnerHTML|\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML|document\.write|createContextualFragment|new Function\(|\beval\(/;
/** Files allowed to use a sink, each with the reason it is safe. None so far. */
const PROVEN_SAFE: Record<string, string> = {};

function sources(directory: string): string[] {
  return readdirSync(path.join(root, directory), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith(".test.ts"))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .filter((file) => !file.startsWith(path.join("lib", "generated")));
}

describe("HTML sinks", () => {
  it("no page, component or library module writes HTML from a string", () => {
    const files = ["app", "components", "lib"].flatMap(sources);
    expect(files.length).toBeGreaterThan(100);
    const found = files.filter((file) => SINKS.test(readFileSync(path.join(root, file), "utf8")) && !(file in PROVEN_SAFE));
    expect(found).toEqual([]);
  });
});
