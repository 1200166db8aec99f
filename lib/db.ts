// The one PrismaClient, on the pg driver adapter. Server-only: components never import this.
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/** Connections in the pool. Exports take at most a fixed share of them (lib/exports/limits.ts), so pages always find one. */
export const POOL_SIZE = 10;

// Dev hot reload re-evaluates modules; keep one client (and one pool) across reloads.
const globalForDb = globalThis as unknown as { rapportDb?: PrismaClient };

function client(): PrismaClient {
  if (globalForDb.rapportDb) return globalForDb.rapportDb;
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set: start Rapport with `npm start`.");
  globalForDb.rapportDb = new PrismaClient({ adapter: new PrismaPg({ connectionString, max: POOL_SIZE }) });
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
