// The migration runner on every PostgreSQL major available here: the embedded server `npm start`
// runs (18), the server this suite runs on, and the machine's own server on 127.0.0.1:5432 when
// one answers (15 on CI). Users may bring any PostgreSQL from 15 on, so each must migrate and
// describe cleanly: PostgreSQL 18 lists NOT NULL constraints in pg_constraint, which made the
// schema engine panic on every check.
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type EmbeddedDb } from "../../scripts/lib/embedded-postgres";
import { freePort } from "../../scripts/lib/throwaway-database";
import { adminQuery } from "./database";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
const MACHINE_SERVER = "postgresql://postgres@127.0.0.1:5432/postgres";

async function migrate(databaseUrl: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(path.join(root, "node_modules/.bin/tsx"), ["scripts/migrate.ts", ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function majorOf(url: string): Promise<number> {
  const { rows } = await adminQuery(url, "select current_setting('server_version_num')::int / 10000 as major");
  return rows[0].major as number;
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

let embedded: EmbeddedDb;
let embeddedDir: string;
const servers = new Map<number, string>(); // major → a URL on that server with the right to create databases

beforeAll(async () => {
  // The folder itself is the cluster (mkdtemp makes it private; the server's user is given it).
  embeddedDir = mkdtempSync(path.join(tmpdir(), "rapport-versions-"));
  embedded = await startEmbeddedPostgres({
    dataDir: embeddedDir,
    port: await freePort(),
    database: "postgres",
    persistent: false,
    log: () => {},
  });
  const candidates = [embedded.url, process.env.DATABASE_URL!, MACHINE_SERVER];
  for (const url of candidates) {
    if (!(await answers(url))) continue;
    const major = await majorOf(url);
    if (!servers.has(major)) servers.set(major, url);
  }
}, 120_000);

afterAll(async () => {
  await embedded?.stop();
  rmSync(embeddedDir, { recursive: true, force: true });
});

describe("migrations on each PostgreSQL major available here", () => {
  it("deploy and check pass on each, and a CHECK constraint does not trip the schema engine", async () => {
    expect(servers.has(18), "the embedded server is PostgreSQL 18").toBe(true);
    console.log(`PostgreSQL majors checked: ${[...servers.keys()].sort().join(", ")}`);

    for (const [major, server] of servers) {
      const name = `rapport_versions_${major}_${Date.now()}`;
      await adminQuery(server, `CREATE DATABASE "${name}"`);
      const url = withDatabase(server, name);
      const prisma = mkdtempSync(path.join(tmpdir(), "rapport-prisma-"));
      try {
        const deployed = await migrate(url, "deploy");
        expect(deployed, `deploy on PostgreSQL ${major}`).toMatchObject({ code: 0, output: expect.stringContaining("Applied") });
        expect(await migrate(url, "check"), `check on PostgreSQL ${major}`).toMatchObject({
          code: 0,
          output: expect.stringContaining("Schema and migrations agree."),
        });

        // A migration of one's own with a CHECK constraint (Prisma's schema cannot express it, so
        // the engine must describe it and leave it alone).
        cpSync(path.join(root, "prisma"), prisma, { recursive: true });
        const folder = path.join(prisma, "migrations", "29990101000000_check_constraint");
        cpSync(path.join(prisma, "migrations", readdirSync(path.join(prisma, "migrations")).find((entry) => /^\d/.test(entry))!), folder, {
          recursive: true,
        });
        writeFileSync(path.join(folder, "migration.sql"), `ALTER TABLE "User" ADD CONSTRAINT "User_email_lower" CHECK ("email" = lower("email"));\n`);
        const custom = ["--schema", path.join(prisma, "schema.prisma"), "--migrations", path.join(prisma, "migrations")];
        expect(await migrate(url, "deploy", ...custom), `deploy with a CHECK on PostgreSQL ${major}`).toMatchObject({ code: 0 });
        expect(await migrate(url, "check", ...custom), `check with a CHECK on PostgreSQL ${major}`).toMatchObject({
          code: 0,
          output: expect.stringContaining("Schema and migrations agree."),
        });
      } finally {
        rmSync(prisma, { recursive: true, force: true });
        await adminQuery(server, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      }
    }
  }, 240_000);
});
