// The embedded PostgreSQL that `npm start` runs: recovering from a server a killed start left
// running, and a clear one-line message when the postgres user cannot reach the data folder.
import { spawn } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres";
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

  it("says in one line what to do when the postgres user cannot reach the data folder", async () => {
    const dataDir = path.join(folder(0o700), "pg");
    const start = startEmbeddedPostgres({ dataDir, port: await freePort(), database: "rapport", persistent: false, log: () => {} });
    if (process.getuid?.() === 0) {
      // As root the server runs as `postgres`, which cannot enter a folder only root may read.
      await expect(start).rejects.toThrow(/^The postgres user cannot reach .+: move the project .+ or set DATABASE_URL/);
      expect(existsSync(path.join(dataDir, "PG_VERSION"))).toBe(false);
    } else {
      // Anyone else runs the server as themselves: no postgres user involved, and it starts.
      const db = await start;
      await db.stop();
    }
  });
});
