// A database that lives for one run of the tests or the benchmark: a fresh database on
// TEST_DATABASE_URL's server when that is set, else a temporary embedded PostgreSQL.
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "./embedded-postgres";

export type ThrowawayDatabase = { url: string; remove: () => Promise<void> };

async function adminQuery(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createThrowawayDatabase(prefix: string, say: (line: string) => void): Promise<ThrowawayDatabase> {
  const name = `${prefix}_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const server = process.env.TEST_DATABASE_URL;
  if (server) {
    say(`Creating database ${name} on the TEST_DATABASE_URL server.`);
    await adminQuery(server, `CREATE DATABASE "${name}"`);
    const url = new URL(server);
    url.pathname = `/${name}`;
    return { url: url.toString(), remove: () => adminQuery(server, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
  }
  // mkdtemp makes a 0700 folder; embedded-postgres hands that folder itself to the postgres user.
  const dataDir = mkdtempSync(path.join(tmpdir(), `${prefix}-pg-`));
  const port = await freePort();
  say(`Starting a temporary embedded PostgreSQL on port ${port}.`);
  const db = await startEmbeddedPostgres({ dataDir, port, database: name, persistent: false, log: (line) => console.log(line) });
  return { url: db.url, remove: db.stop };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
