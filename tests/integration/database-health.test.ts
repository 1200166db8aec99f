// The reachability answer proxy.ts gives pages: a probe against the real PostgreSQL, cached so that the normal path
// costs no query per request, and connection failures told apart from queries PostgreSQL refused. The end-to-end
// proof (PostgreSQL stopped under a running app) is `npm run test:resilience`.
import net from "node:net";
import pg from "pg";
import { describe, expect, it, vi } from "vitest";
import {
  DATABASE_UNREACHABLE_TITLE,
  databaseReachable,
  databaseUnreachablePage,
  isDatabaseUnreachable,
  markDatabaseUnreachable,
  PROBE_WAIT_MS,
  REACHABLE_TTL_MS,
  UNREACHABLE_TTL_MS,
} from "@/lib/database-health";
import { db } from "@/lib/db";

// Nothing listens on port 1 of this machine: a connection there is refused at once.
const NOWHERE = "postgresql://postgres@127.0.0.1:1/rapport";

describe("isDatabaseUnreachable", () => {
  it("recognises the failures of a database that is gone, shutting down or starting", () => {
    const prismaP1001 = Object.assign(new Error("Can't reach database server"), {
      code: "P1001",
      meta: { driverAdapterError: { name: "DriverAdapterError", cause: { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 } } },
    });
    expect(isDatabaseUnreachable(prismaP1001)).toBe(true);
    expect(isDatabaseUnreachable(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }))).toBe(true);
    expect(isDatabaseUnreachable(Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }))).toBe(true);
    expect(isDatabaseUnreachable(Object.assign(new Error("the database system is starting up"), { code: "57P03" }))).toBe(true);
    expect(isDatabaseUnreachable(new Error("wrapped", { cause: new Error("Connection terminated unexpectedly") }))).toBe(true);
  });

  it("does not mistake a query PostgreSQL refused, or a bug, for an unreachable database", async () => {
    expect(isDatabaseUnreachable(Object.assign(new Error("duplicate key"), { code: "23505" }))).toBe(false);
    expect(isDatabaseUnreachable(new TypeError("Cannot read properties of undefined"))).toBe(false);
    expect(isDatabaseUnreachable(null)).toBe(false);
    // A busy server is slow, not gone: its timeouts must not turn pages away.
    expect(isDatabaseUnreachable(new Error("timeout exceeded when trying to connect"))).toBe(false);
    expect(isDatabaseUnreachable(Object.assign(new Error("Operations timed out"), { code: "P1008" }))).toBe(false);
    const refused = await db.$queryRaw`SELECT 1/0`.catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(Error);
    expect(isDatabaseUnreachable(refused)).toBe(false);
  });
});

describe("databaseReachable", () => {
  it("asks PostgreSQL at most once per interval, and notices both a fault and the recovery", async () => {
    const good = process.env.DATABASE_URL!;
    // A fault: the probe's connection is refused.
    expect(await databaseReachable(NOWHERE, Date.now() + 60_000)).toBe(false);
    // Within the interval the cached answer stands, whatever the database would say now: no probe per request.
    expect(await databaseReachable(good, Date.now() + UNREACHABLE_TTL_MS / 2)).toBe(false);
    // Past it, the database is asked again and found back.
    expect(await databaseReachable(good, Date.now() + UNREACHABLE_TTL_MS + 1)).toBe(true);
    expect(await databaseReachable(NOWHERE, Date.now() + REACHABLE_TTL_MS / 2)).toBe(true);
    // A connection failure met by the app's own queries counts at once, without waiting for the interval.
    markDatabaseUnreachable();
    expect(await databaseReachable(good, Date.now())).toBe(false);
    expect(await databaseReachable(good, Date.now() + UNREACHABLE_TTL_MS + 1)).toBe(true);
  });

  it("answers concurrent requests with one probe", async () => {
    markDatabaseUnreachable();
    const later = Date.now() + UNREACHABLE_TTL_MS + 1;
    const connects = vi.spyOn(pg.Client.prototype, "connect");
    try {
      const answers = await Promise.all(Array.from({ length: 20 }, () => databaseReachable(process.env.DATABASE_URL!, later)));
      expect(answers).toEqual(Array(20).fill(true));
      expect(connects).toHaveBeenCalledTimes(1);
    } finally {
      connects.mockRestore();
    }
  });
});

describe("a database too busy to answer the probe", () => {
  it("neither holds a page for long nor turns it away", async () => {
    // Accepts connections and never answers, as a server would under a load it cannot keep up with.
    const sockets: net.Socket[] = [];
    const silent = net.createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    silent.unref();
    const { port } = silent.address() as net.AddressInfo;
    expect(await databaseReachable(process.env.DATABASE_URL!, Date.now() + 60_000)).toBe(true);
    const started = Date.now();
    expect(await databaseReachable(`postgresql://postgres@127.0.0.1:${port}/rapport`, Date.now() + REACHABLE_TTL_MS + 1)).toBe(true);
    expect(Date.now() - started).toBeLessThan(PROBE_WAIT_MS + 500);
  });
});

describe("the page shown while the database is away", () => {
  it("says so calmly, runs no script, and tries again by itself", () => {
    const page = databaseUnreachablePage();
    expect(page).toContain(`<h1>${DATABASE_UNREACHABLE_TITLE}</h1>`);
    expect(page).toContain("Your data is safe");
    expect(page).toContain('http-equiv="refresh"');
    expect(page).not.toMatch(/<script/i);
  });
});
