// `npm start` (and `npm run dev` with --dev): prepares .env and the database, builds when needed, then serves Rapport.
import { spawn, type ChildProcess } from "node:child_process";
import { constants } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startEmbeddedPostgres, type EmbeddedDb } from "./lib/embedded-postgres";
import { configurationProblem, ensureEnvFile, loadEnvFile } from "./lib/env-file";
import { buildIfStale } from "./lib/build";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dev = process.argv.includes("--dev");


let current: ChildProcess | undefined; // the step's child process, if one is running
let stopRequestedAt: number | undefined;

function say(line: string): void {
  console.log(`[rapport] ${line}`);
}

function bin(name: string): string {
  return path.join(root, "node_modules", ".bin", name);
}

async function main(): Promise<number> {
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, requestStop);

  if (ensureEnvFile(root).created) say("Created .env from .env.example, with a fresh NEXTAUTH_SECRET.");
  loadEnvFile(root);
  const problem = configurationProblem(process.env);
  if (problem) throw new Error(problem);

  const db = await startDatabase();
  try {
    return await prepareAndServe(db);
  } finally {
    if (db) {
      say("Stopping the embedded PostgreSQL.");
      await db.stop();
    }
  }
}

async function startDatabase(): Promise<EmbeddedDb | undefined> {
  if (process.env.DATABASE_URL) {
    say("Using the database in DATABASE_URL.");
    return undefined;
  }
  const port = Number(process.env.RAPPORT_PG_PORT ?? 54329);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`RAPPORT_PG_PORT must be a port number, not "${process.env.RAPPORT_PG_PORT}".`);
  }
  const dataDir = path.resolve(root, process.env.RAPPORT_DATA_DIR ?? ".data", "pg");
  say(`Starting the embedded PostgreSQL on port ${port}.`);
  const db = await startEmbeddedPostgres({
    dataDir,
    port,
    database: "rapport",
    persistent: true,
    log: say,
  });
  const shown = db.dataDir.startsWith(root + path.sep) ? path.relative(root, db.dataDir) : db.dataDir;
  say(`The embedded PostgreSQL is running (data in ${shown}).`);
  process.env.DATABASE_URL = db.url; // inherited by every child below
  return db;
}

/** Each step returns an exit code; a failing step (or a stop request) ends the run. */
async function prepareAndServe(db: EmbeddedDb | undefined): Promise<number> {
  say("Applying database migrations.");
  const migrated = await run(bin("tsx"), ["scripts/migrate.ts", "deploy"]);
  if (migrated !== 0) return failed(migrated, "Database migrations failed.");

  // Demo data only goes into a database we just created, never into one the user pointed us at.
  if (db?.isNew) {
    say("New database: creating the demo account.");
    const seeded = await run(bin("tsx"), ["scripts/seed.ts", "--demo"]);
    if (seeded !== 0) return failed(seeded, "Creating the demo account failed; once fixed, run `npm run db:seed -- --demo`.");
  }

  if (!dev) {
    const built = await buildIfStale(root, (command, args) => run(command, args), say);
    if (built !== 0) return failed(built, "The build failed.");
  }

  const port = process.env.PORT ?? "3000";
  // This machine only, unless HOST says otherwise: the demo account's password is published.
  const host = process.env.HOST || "127.0.0.1";
  const served = await run(bin("next"), [dev ? "dev" : "start", "-p", port, "-H", host], () =>
    say(`Rapport is running on http://localhost:${port}${host === "127.0.0.1" ? "" : ` (listening on ${host})`}`),
  );
  return served ?? 0;
}

/** null means the step ended because a stop was requested: exit quietly with 0. */
function failed(code: number | null, message: string): number {
  if (code === null) return 0;
  say(`${message} (exit code ${code})`);
  return code;
}

/**
 * Runs a step's command by its binary, with our stdio and environment. Resolves its exit code
 * (128 + signal number when killed), or null when a stop was requested before or during it.
 */
function run(command: string, args: string[], onSpawn?: () => void): Promise<number | null> {
  if (stopRequestedAt !== undefined) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env: process.env, stdio: "inherit" });
    current = child;
    child.once("error", reject);
    if (onSpawn) child.once("spawn", onSpawn);
    child.once("exit", (code, signal) => {
      current = undefined;
      if (stopRequestedAt !== undefined) resolve(null);
      else resolve(code ?? 128 + (signal ? constants.signals[signal] : 0));
    });
  });
}

/**
 * Ctrl-C / SIGTERM: ask the running child to finish; main() then stops the database and exits.
 * Ctrl-C also reaches the child (and the database) directly, and npm or tsx may relay the same
 * signal once more, so only a repeat after a pause means "stop waiting" and kills the child.
 */
function requestStop(): void {
  const now = Date.now();
  if (stopRequestedAt === undefined) {
    stopRequestedAt = now;
    say("Shutting down.");
    current?.kill("SIGTERM"); // by its PID; a no-op if it has just exited
  } else if (now - stopRequestedAt > 2000 && current) {
    say("Still waiting: forcing it to stop.");
    current.kill("SIGKILL");
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[rapport] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
