// The embedded PostgreSQL that `npm start` runs: recovering from a server a killed start left
// running, and keeping the data where the postgres user can reach it when the project is private.
import { spawn } from "node:child_process";
import { chmodSync, existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, watch, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { fallbackDataDir, startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres";
import { freePort } from "../../scripts/lib/throwaway-database";

const root = path.resolve(import.meta.dirname, "../..");
const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function folder(mode: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), "rapport-embedded-test-"));
  chmodSync(dir, mode);
  folders.push(dir);
  return dir;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return !readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.startsWith("Z");
  } catch {
    return false;
  }
}

/** Starts the server from another process, as `npm start` does, and kills that process with SIGKILL. */
async function leaveServerRunning(dataDir: string, port: number): Promise<number> {
  const script = path.join(path.dirname(dataDir), "hold.mts"); // .mts: an ES module wherever it lies
  writeFileSync(
    script,
    `import { startEmbeddedPostgres } from ${JSON.stringify(path.join(root, "scripts/lib/embedded-postgres.ts"))};
     await startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)}, port: ${port}, database: "rapport", persistent: true, log: () => {} });
     console.log("ready");
     setInterval(() => {}, 1000);`,
  );
  // Node itself with tsx's loader, not the tsx wrapper: SIGKILL must reach the process that started the server.
  const child = spawn(process.execPath, ["--import", "tsx", script], { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("ready") && resolve());
    child.once("exit", (code) => reject(new Error(`the starting process exited with ${code}`)));
  });
  child.kill("SIGKILL");
  await new Promise((resolve) => child.once("exit", resolve));
  expect(alive(child.pid!)).toBe(false);
  return Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
}

describe("embedded PostgreSQL", () => {
  it("stops a server that a killed start left running, keeps its data, and starts again", async () => {
    const dataDir = path.join(folder(0o755), "pg");
    const port = await freePort();
    const leftover = await leaveServerRunning(dataDir, port);
    expect(alive(leftover)).toBe(true);

    const lines: string[] = [];
    const db = await startEmbeddedPostgres({ dataDir, port, database: "rapport", persistent: true, log: (line) => lines.push(line) });
    try {
      expect(db.isNew).toBe(false);
      expect(lines.join("\n")).toMatch(/left running/);
      expect(alive(leftover)).toBe(false);
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      const { rows } = await client.query("select current_database() as name");
      await client.end();
      expect(rows[0].name).toBe("rapport");
    } finally {
      await db.stop();
    }
    expect(existsSync(path.join(dataDir, "postmaster.pid"))).toBe(false);
  });

  // As root the server runs as `postgres`, which cannot enter a folder only root may read (a clone
  // in /root): the cluster goes to the fallback folder instead, and one made earlier is moved there.
  it("keeps the data where the postgres user can reach it when the project folder is private", async () => {
    const project = folder(0o755);
    const fallbackDir = path.join(folder(0o755), "rapport-project");
    const dataDir = path.join(project, ".data", "pg");
    const port = await freePort();
    const lines: string[] = [];
    const start = () => startEmbeddedPostgres({ dataDir, port, database: "rapport", persistent: true, fallbackDir, log: (line) => lines.push(line) });

    // First start while the folder is open: the data is in the project; a row is written.
    let db = await start();
    expect(db.dataDir).toBe(dataDir);
    await query(db.url, "create table kept (note text); insert into kept values ('met at the summit')");
    await db.stop();

    chmodSync(project, 0o700);
    db = await start();
    try {
      if (process.getuid?.() !== 0) {
        // Anyone else runs the server as themselves: their own private folder is no obstacle.
        expect(db.dataDir).toBe(dataDir);
      } else {
        const outside = fallbackDataDir(dataDir, fallbackDir);
        expect(db.dataDir).toBe(outside);
        expect(lines.join("\n")).toContain(`moving the database to ${outside}`);
        expect(existsSync(path.join(dataDir, "PG_VERSION"))).toBe(false);
        expect(existsSync(`${outside}-password`)).toBe(true);
      }
      expect(db.isNew).toBe(false);
      expect(await query(db.url, "select note from kept")).toEqual([{ note: "met at the summit" }]);
    } finally {
      await db.stop();
    }

    // Another data folder of the same name (a test's, another RAPPORT_DATA_DIR) never gets this one.
    const other = await startEmbeddedPostgres({
      dataDir: path.join(folder(0o755), "pg"),
      port,
      database: "rapport",
      persistent: false,
      fallbackDir,
      log: () => {},
    });
    try {
      expect(other.isNew).toBe(true);
      expect(other.dataDir).not.toBe(fallbackDataDir(dataDir, fallbackDir));
    } finally {
      await other.stop();
    }

    // Later starts find it there, even once the folder is open again.
    chmodSync(project, 0o755);
    lines.length = 0;
    db = await start();
    try {
      expect(db.isNew).toBe(false);
      expect(await query(db.url, "select count(*)::int as n from kept")).toEqual([{ n: 1 }]);
      if (process.getuid?.() === 0) expect(lines.join("\n")).toContain(`The database is in ${fallbackDataDir(dataDir, fallbackDir)}`);
    } finally {
      await db.stop();
    }
  });

  it("starts a new cluster outside a private folder without writing the password where others can read it", async () => {
    const project = folder(0o700);
    const fallbackDir = path.join(folder(0o755), "rapport-project");
    const dataDir = path.join(project, ".data", "pg");
    const before = new Set(readdirSync(tmpdir()));
    // Everything that appears in the temporary folder while the cluster is created, with its mode:
    // initdb needs the password in a file, which others must not be able to read even for a moment.
    const seen = new Map<string, number>();
    const watcher = watch(tmpdir(), (_event, name) => {
      if (!name || before.has(name) || seen.has(name)) return;
      try {
        seen.set(name, lstatSync(path.join(tmpdir(), name)).mode);
      } catch {
        // Gone already.
      }
    });
    const db = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: "rapport", persistent: false, fallbackDir, log: () => {} });
    watcher.close();
    try {
      const readableByOthers = [...seen].filter(([, mode]) => (mode & 0o004) !== 0).map(([name]) => name);
      expect(readableByOthers.filter((name) => /^(pg-password-|rapport-initdb-)/.test(name))).toEqual([]);
      expect(db.isNew).toBe(true);
      if (process.getuid?.() === 0) expect(db.dataDir).toBe(fallbackDataDir(dataDir, fallbackDir));
      expect(await query(db.url, "select 1 as ok")).toEqual([{ ok: 1 }]);
      // Nothing initdb was given is left behind in the temporary folder.
      const added = readdirSync(tmpdir()).filter((name) => !before.has(name) && /pg-password|rapport-initdb/.test(name));
      expect(added).toEqual([]);
      expect(statSync(`${db.dataDir}-password`).mode & 0o077).toBe(0);
    } finally {
      await db.stop();
    }
  });
});

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const results = await client.query(sql);
    return (Array.isArray(results) ? results.at(-1) : results).rows;
  } finally {
    await client.end();
  }
}
