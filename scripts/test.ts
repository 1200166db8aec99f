// `npm test`: typecheck, lint, unit tests, then integration and browser tests on a database made
// for this run alone (a fresh database on TEST_DATABASE_URL's server, or a temporary embedded
// PostgreSQL), which is removed afterwards. It never touches the database `npm start` uses.
// `npm test -- --only=unit,integration` runs some steps: typecheck, lint, unit, migrations,
// integration, build, e2e.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildIfStale } from "./lib/build";
import { createThrowawayDatabase } from "./lib/throwaway-database";
import { loadEnvFile } from "./lib/env-file";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
loadEnvFile(root); // for TEST_DATABASE_URL
// No step may reach the app's own database: database steps get the test database explicitly.
delete process.env.DATABASE_URL;
const results = path.join(root, "test-results");
const STEPS = ["typecheck", "lint", "unit", "migrations", "integration", "build", "e2e"] as const;
type Step = (typeof STEPS)[number];

const onlyArg = process.argv.find((arg) => arg.startsWith("--only="));
const selected = new Set<string>(onlyArg ? onlyArg.slice("--only=".length).split(",") : STEPS);
const unknown = [...selected].filter((step) => !STEPS.includes(step as Step));
if (unknown.length) {
  console.error(`Unknown step(s): ${unknown.join(", ")}. Steps: ${STEPS.join(", ")}`);
  process.exit(2);
}
const wants = (step: Step) => selected.has(step);

function say(line: string) {
  console.log(`\n[test] ${line}`);
}

function bin(name: string) {
  return path.join(root, "node_modules", ".bin", name);
}

function run(command: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
    child.once("error", reject);
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function step(name: Step, command: string, args: string[], env?: Record<string, string>) {
  if (!wants(name)) return;
  say(`${name}: ${path.basename(command)} ${args.join(" ")}`);
  const code = await run(command, args, env);
  if (code !== 0) throw new Error(`${name} failed (exit code ${code}).`);
}

/** "N passed, N failed" over the runners' JSON reports. */
function summary(): string | null {
  let passed = 0;
  let failed = 0;
  let found = false;
  for (const file of ["unit.json", "integration.json"]) {
    const report = readJson(path.join(results, file)) as { numPassedTests: number; numFailedTests: number } | null;
    if (!report) continue;
    found = true;
    passed += report.numPassedTests;
    failed += report.numFailedTests;
  }
  const e2e = readJson(path.join(results, "e2e.json")) as { stats: { expected: number; unexpected: number; flaky: number } } | null;
  if (e2e) {
    found = true;
    passed += e2e.stats.expected + e2e.stats.flaky;
    failed += e2e.stats.unexpected;
  }
  return found ? `${passed} passed, ${failed} failed` : null;
}

function readJson(file: string): unknown {
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null;
}

function vitest(project: "unit" | "integration") {
  return ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${path.join(results, `${project}.json`)}`];
}

async function main() {
  const started = Date.now();
  mkdirSync(results, { recursive: true });
  for (const file of ["unit.json", "integration.json", "e2e.json"]) rmSync(path.join(results, file), { force: true });
  await step("typecheck", bin("tsc"), ["--noEmit", "-p", "tsconfig.json"]);
  await step("lint", bin("eslint"), ["--max-warnings", "0", "."]);
  await step("unit", bin("vitest"), vitest("unit"));

  if (["migrations", "integration", "e2e"].some((name) => wants(name as Step))) {
    const database = await createThrowawayDatabase("rapport_test", (line) => say(line));
    const env = { DATABASE_URL: database.url };
    const stop = () => {
      void database.remove().finally(() => process.exit(130));
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    try {
      say("Applying migrations to the test database.");
      if ((await run(bin("tsx"), ["scripts/migrate.ts", "deploy"], env)) !== 0) throw new Error("Migrations failed on the test database.");
      await step("migrations", bin("tsx"), ["scripts/migrate.ts", "check"], env);
      await step("integration", bin("vitest"), vitest("integration"), env);
      if (wants("build") || wants("e2e")) {
        say("build: next build (when the sources changed since the last build)");
        const built = await buildIfStale(root, (command, args) => run(command, args), (line) => console.log(line));
        if (built !== 0) throw new Error("The build failed.");
      }
      await step("e2e", bin("playwright"), ["test"], env);
    } finally {
      say("Removing the test database.");
      await database.remove();
    }
  }
  const counts = summary();
  say(`All steps passed in ${Math.round((Date.now() - started) / 1000)} s.`);
  if (counts) console.log(counts);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`\n[test] ${error instanceof Error ? error.message : String(error)}`);
    const counts = summary();
    if (counts) console.log(counts);
    process.exit(1);
  },
);
