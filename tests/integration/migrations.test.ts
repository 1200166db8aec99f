// The migration runner that `npm start` and `npm test` use, on databases made for each test.
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, appendFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { adminQuery, createScratchDatabase } from "./database";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
const tsx = path.join(root, "node_modules/.bin/tsx");

async function migrate(databaseUrl: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(tsx, ["scripts/migrate.ts", ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function scratch() {
  const database = await createScratchDatabase();
  cleanups.push(database.drop);
  return database.url;
}

function copyOfPrismaFolder() {
  const dir = mkdtempSync(path.join(tmpdir(), "rapport-prisma-"));
  cpSync(path.join(root, "prisma"), dir, { recursive: true });
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return { schema: path.join(dir, "schema.prisma"), migrations: path.join(dir, "migrations") };
}

describe("migration runner", () => {
  it("migrates an empty database from zero, and then finds schema and migrations in agreement", async () => {
    const url = await scratch();
    const deployed = await migrate(url, "deploy");
    expect(deployed.output).toContain("Applied");
    expect(deployed.code).toBe(0);

    const tables = await adminQuery(url, "select tablename from pg_tables where schemaname = 'public' order by tablename");
    expect(tables.rows.map((row) => row.tablename)).toEqual(expect.arrayContaining(["Contact", "User", "_prisma_migrations"]));

    expect(await migrate(url, "deploy")).toMatchObject({ code: 0, output: expect.stringContaining("up to date") });
    expect(await migrate(url, "check")).toMatchObject({ code: 0 });
  });

  it("notices a schema change that has no migration, and writes one that applies", async () => {
    const url = await scratch();
    const prisma = copyOfPrismaFolder();
    appendFileSync(prisma.schema, "\nmodel Greeting {\n  id   String @id\n  text String\n}\n");
    const before = readdirSync(prisma.migrations);

    const check = await migrate(url, "check", "--schema", prisma.schema, "--migrations", prisma.migrations);
    expect(check.code).toBe(1);
    expect(check.output).toContain('CREATE TABLE "Greeting"');

    const created = await migrate(url, "migrate", "add_greeting", "--schema", prisma.schema, "--migrations", prisma.migrations);
    expect(created.code).toBe(0);
    const added = readdirSync(prisma.migrations).filter((name) => !before.includes(name));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(/^\d{14}_add_greeting$/);
    expect(readFileSync(path.join(prisma.migrations, added[0]!, "migration.sql"), "utf8")).toContain('CREATE TABLE "Greeting"');

    const greeting = await adminQuery(url, "select count(*)::int as n from information_schema.tables where table_name = 'Greeting'");
    expect(greeting.rows[0].n).toBe(1);
    expect(await migrate(url, "check", "--schema", prisma.schema, "--migrations", prisma.migrations)).toMatchObject({ code: 0 });
  });

  it("applies a migration whose function body contains semicolons inside $$ quotes", async () => {
    const url = await scratch();
    const prisma = copyOfPrismaFolder();
    const folder = path.join(prisma.migrations, "29990101000000_trigger_function");
    cpSync(path.join(prisma.migrations, readdirSync(prisma.migrations).find((name) => /^\d/.test(name))!), folder, { recursive: true });
    const sql = `CREATE FUNCTION rapport_touch() RETURNS trigger AS $$\nBEGIN\n  NEW."updatedAt" := now();\n  RETURN NEW;\nEND;\n$$ LANGUAGE plpgsql;\n`;
    const { writeFileSync } = await import("node:fs");
    writeFileSync(path.join(folder, "migration.sql"), sql);

    const deployed = await migrate(url, "deploy", "--schema", prisma.schema, "--migrations", prisma.migrations);
    expect(deployed.output).toContain("29990101000000_trigger_function");
    const fn = await adminQuery(url, "select count(*)::int as n from pg_proc where proname = 'rapport_touch'");
    expect(fn.rows[0].n).toBe(1);
  });

  it("says clearly when the database cannot be reached", async () => {
    const result = await migrate("postgresql://postgres@127.0.0.1:1/nowhere", "deploy");
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/Migration failed/);
  });
});
