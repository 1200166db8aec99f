// The one PrismaClient, on the pg driver adapter. Server-only: components never import this.
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { isDatabaseUnreachable, markDatabaseUnreachable } from "@/lib/database-health";

/** Connections in the pool. Exports take at most a fixed share of them (lib/exports/limits.ts), so pages always find one. */
export const POOL_SIZE = 10;

// Dev hot reload re-evaluates modules; keep one client (and one pool) across reloads.
const globalForDb = globalThis as unknown as { rapportDb?: PrismaClient };

function client(): PrismaClient {
  if (globalForDb.rapportDb) return globalForDb.rapportDb;
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set: start Rapport with `npm start`.");
  const pool = new pg.Pool({ connectionString, max: POOL_SIZE });
  // An idle connection the server ends (PostgreSQL stopping) is reported here: the pool drops it and opens a new one
  // on the next query, and pages answer 503 until the database is back (proxy.ts) rather than failing one by one.
  pool.on("error", (error) => {
    if (isDatabaseUnreachable(error)) markDatabaseUnreachable();
    else console.error("[rapport] A database connection failed:", error);
  });
  const client = new PrismaClient({
    adapter: new PrismaPg(pool),
    // Prisma gives up on starting a transaction after 2 s without a free connection, while a plain query waits its
    // turn: under load (npm run loadtest) that failed writes that a moment's wait would have saved. Writes wait as
    // long as reads, bounded; a transaction that started still ends within 15 s.
    transactionOptions: { maxWait: 10_000, timeout: 15_000 },
  }).$extends({
    query: {
      async $allOperations({ args, query }) {
        try {
          return await query(args);
        } catch (error) {
          if (isDatabaseUnreachable(error)) markDatabaseUnreachable();
          throw error;
        }
      },
    },
  });
  // The extension only observes failures: the client keeps PrismaClient's type for everyone else.
  globalForDb.rapportDb = client as unknown as PrismaClient;
  return globalForDb.rapportDb;
}

// Created on first use, not on import: `next build` imports server modules without a database.
export const db = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const instance = client();
    const value = Reflect.get(instance, property, instance);
    return typeof value === "function" ? value.bind(instance) : value;
  },
});
