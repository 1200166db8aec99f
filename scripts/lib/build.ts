// Builds the app for production only when its sources changed since the last build; shared by
// `npm start` and `npm test`, so either one's build serves the other.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

// What a production build depends on; a change to any of these triggers a rebuild.
const SOURCE_DIRS = ["app", "components", "lib", "public"];
const SKIPPED_DIRS = new Set(["lib/generated"]); // regenerated from prisma/schema.prisma, which is hashed
const SOURCE_FILES = [
  "prisma/schema.prisma",
  "package.json",
  "package-lock.json",
  "next.config.ts",
  "tsconfig.json",
  "postcss.config.mjs",
  // Root-level files Next.js compiles into the build when they exist.
  "proxy.ts",
  "middleware.ts",
  "instrumentation.ts",
];

type Run = (command: string, args: string[]) => Promise<number | null>;

export async function buildIfStale(root: string, run: Run, say: (line: string) => void): Promise<number | null> {
  const hashFile = path.join(root, ".next", "rapport-source-hash");
  const hash = sourceHash(root);
  const previous = existsSync(hashFile) ? readFileSync(hashFile, "utf8").trim() : undefined;
  if (existsSync(path.join(root, ".next", "BUILD_ID")) && previous === hash) {
    say("The production build is up to date.");
    return 0;
  }
  say("Building Rapport for production (sources changed since the last build).");
  const code = await run(path.join(root, "node_modules", ".bin", "next"), ["build"]);
  // The hash is of the sources as they were before the build: edits made meanwhile rebuild next time.
  if (code === 0) writeFileSync(hashFile, `${hash}\n`);
  return code;
}

/** Path, size and mtime of every build input: cheap, and any edit, addition or removal changes it. */
function sourceHash(root: string): string {
  const hash = createHash("sha256");
  const files = [...SOURCE_DIRS.flatMap((dir) => listFiles(root, dir)), ...SOURCE_FILES].sort();
  for (const file of files) {
    const full = path.join(root, file);
    if (!existsSync(full)) continue;
    const { size, mtimeMs } = statSync(full);
    hash.update(`${file}\0${size}\0${mtimeMs}\n`);
  }
  return hash.digest("hex");
}

function listFiles(root: string, dir: string): string[] {
  const full = path.join(root, dir);
  if (SKIPPED_DIRS.has(dir) || !existsSync(full)) return [];
  return readdirSync(full, { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return listFiles(root, relative);
    return entry.isFile() ? [relative] : [];
  });
}
