// Helpers for integration tests: a local-only guard, users, and throwaway databases.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { db } from "@/lib/db";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

export function assertLocalDatabase(url: string | undefined): asserts url is string {
  if (!url) throw new Error("DATABASE_URL is not set: run integration tests through `npm test`.");
  const host = new URL(url).hostname;
  if (!LOCAL_HOSTS.has(host)) throw new Error(`Refusing to run tests against ${host}: tests only use a database on this machine.`);
}

export async function createUser(name = "Test User") {
  return db.user.create({
    data: { name, email: `${randomUUID()}@test.rapport.local`, passwordHash: "not-a-real-hash" },
    select: { id: true, name: true },
  });
}

/** A new empty database on the same server, dropped by the returned function. */
export async function createScratchDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const serverUrl = process.env.DATABASE_URL!;
  const name = `rapport_scratch_${randomUUID().replaceAll("-", "")}`;
  await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

export async function adminQuery(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}
