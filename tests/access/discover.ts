// What the access-control tests must cover, found on disk rather than listed by hand: every page and route handler
// under app/, and every server action module under lib/ (a file whose first statement is "use server"). A new one
// without an entry in the tests' tables fails them (tests/integration/access-control.test.ts for actions and route
// handlers, tests/e2e/access-control.spec.ts for pages and routes over HTTP). File system only: no app code imported.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");

export type AppEntry = {
  /** The file, relative to the repository ("app/(app)/contacts/[id]/page.tsx"). */
  file: string;
  /** Its URL pattern, route groups left out ("/contacts/[id]"). */
  pattern: string;
};

function walk(dir: string, visit: (file: string) => void) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "generated" && entry.name !== "node_modules") walk(full, visit);
    } else visit(full);
  }
}

function relative(file: string): string {
  return path.relative(ROOT, file).split(path.sep).join("/");
}

function patternOf(file: string): string {
  const segments = relative(path.dirname(file))
    .split("/")
    .slice(1) // "app"
    .filter((segment) => !/^\(.*\)$/.test(segment)); // route groups are not in the URL
  return `/${segments.join("/")}`;
}

/** Every app/**\/page.tsx (kind "page") or app/**\/route.ts (kind "route"). */
export function discoverApp(kind: "page" | "route"): AppEntry[] {
  const found: AppEntry[] = [];
  walk(path.join(ROOT, "app"), (file) => {
    if (new RegExp(`^${kind}\\.(tsx?|jsx?)$`).test(path.basename(file))) found.push({ file: relative(file), pattern: patternOf(file) });
  });
  return found.sort((a, b) => a.file.localeCompare(b.file));
}

/** Every module under lib/ (and app/, where a page may keep its own actions) that starts with "use server". */
export function discoverActionModules(): string[] {
  const found: string[] = [];
  for (const top of ["lib", "app"]) {
    walk(path.join(ROOT, top), (file) => {
      if (!/\.(tsx?|jsx?)$/.test(file) || /\.test\.tsx?$/.test(file)) return;
      // The directive must be the first statement; comments may come before it.
      const code = readFileSync(file, "utf8").replace(/^(\s*(\/\/[^\n]*|\/\*[\s\S]*?\*\/))*\s*/, "");
      if (/^["']use server["']/.test(code)) found.push(relative(file));
    });
  }
  return found.sort();
}

/** Files with a "use server" inside a function (an inline action): such actions cannot be listed, so none may exist. */
export function discoverInlineActions(): string[] {
  const modules = new Set(discoverActionModules());
  const found: string[] = [];
  for (const top of ["lib", "app", "components"]) {
    walk(path.join(ROOT, top), (file) => {
      if (!/\.(tsx?|jsx?)$/.test(file) || /\.test\.tsx?$/.test(file) || modules.has(relative(file))) return;
      if (/^\s*["']use server["'];?\s*$/m.test(readFileSync(file, "utf8"))) found.push(relative(file));
    });
  }
  return found.sort();
}
