// Whether PostgreSQL can be reached, as one answer shared by proxy.ts (which answers 503 while it cannot), the app's
// Prisma client (which reports connection failures here the moment it meets one) and the form actions (which turn
// them into a message instead of an error). No "server-only": proxy.ts imports it. The state lives on globalThis
// because proxy.ts and the app's pages are bundled separately but run in the same process; it is only a cache of
// the database's own answer, never data, so two instances each asking for themselves is correct.
import pg from "pg";

export const DATABASE_UNREACHABLE_TITLE = "Rapport cannot reach its database right now";
export const DATABASE_UNREACHABLE_MESSAGE =
  "Rapport cannot reach its database right now, so nothing was saved. What you typed is still here: try again in a minute.";

/** While the database answers, one probe a second at most (awaited by the request that finds the answer stale). */
export const REACHABLE_TTL_MS = 1_000;
/** While it does not, pages are refused without asking it again for this long; recovery is noticed within it. */
export const UNREACHABLE_TTL_MS = 500;
/**
 * While it answers, a request waits this long at most for the probe, then goes on as before (the probe finishes on
 * its own). A stopped server refuses the connection in a few milliseconds; a busy one must not delay pages.
 */
export const PROBE_WAIT_MS = 200;
const PROBE_TIMEOUT_MS = 5_000;

type Health = { reachable: boolean; checkedAt: number; probe: Promise<boolean> | null };
const globalForHealth = globalThis as unknown as { rapportDatabaseHealth?: Health };
const health: Health = (globalForHealth.rapportDatabaseHealth ??= { reachable: true, checkedAt: 0, probe: null });

// Error codes of a server that is gone, shutting down or not yet accepting connections (the node's, PostgreSQL's
// class 08 and 57P0x, Prisma's P1001/P1017 and the pg adapter's kinds). Timeouts are left out on purpose: a server
// that is slow under load is still there, and calling it unreachable would refuse pages it could serve (the load
// test showed exactly that).
const NODE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "EHOSTUNREACH", "ENOTFOUND", "EAI_AGAIN"]);
const PRISMA_CODES = new Set(["P1001", "P1017"]);
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed"]);
const CONNECTION_MESSAGES = /Connection terminated|Client has encountered a connection error/i;

/** True when the error means the database could not be reached, as opposed to a query it refused. */
export function isDatabaseUnreachable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const { code, kind, message, cause, meta } = error as { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };
  if (typeof code === "string" && (NODE_CODES.has(code) || PRISMA_CODES.has(code) || code.startsWith("08") || /^57P0[123]$/.test(code))) return true;
  if (typeof kind === "string" && ADAPTER_KINDS.has(kind)) return true;
  if (typeof message === "string" && CONNECTION_MESSAGES.test(message)) return true;
  return isDatabaseUnreachable(cause, depth + 1) || isDatabaseUnreachable(meta?.driverAdapterError, depth + 1);
}

/** Called where a connection fails: pages are answered with the 503 page from now until a probe succeeds. */
export function markDatabaseUnreachable(): void {
  health.reachable = false;
  health.checkedAt = Date.now();
}

/** true: it answered; false: it refused or is gone; null: no answer in time (busy or gone: the answer so far stands). */
async function probe(connectionString: string): Promise<boolean | null> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: PROBE_TIMEOUT_MS, query_timeout: PROBE_TIMEOUT_MS });
  // A server that goes away mid-probe emits "error" on the client; the failed query below already says so.
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch (error) {
    if (isDatabaseUnreachable(error)) return false;
    if (/timeout/i.test(String((error as Error)?.message))) return null;
    console.error("[rapport] The database health probe failed:", error);
    return false;
  } finally {
    client.end().catch(() => {});
  }
}

/**
 * Whether the database answers, from the cached answer while it is fresh, otherwise from a `SELECT 1` on a
 * connection of its own (concurrent requests share one probe). Without DATABASE_URL the pages' own error applies.
 */
export async function databaseReachable(connectionString = process.env.DATABASE_URL, now = Date.now()): Promise<boolean> {
  if (!connectionString) return true;
  const ttl = health.reachable ? REACHABLE_TTL_MS : UNREACHABLE_TTL_MS;
  if (now - health.checkedAt < ttl) return health.reachable;
  health.probe ??= probe(connectionString).then((answer) => {
    if (answer !== null) health.reachable = answer;
    health.checkedAt = Date.now();
    health.probe = null;
    return health.reachable;
  });
  if (!health.reachable) return health.probe;
  let waited: NodeJS.Timeout | undefined;
  const patience = new Promise<boolean>((resolve) => (waited = setTimeout(() => resolve(true), PROBE_WAIT_MS)));
  try {
    return await Promise.race([health.probe, patience]);
  } finally {
    clearTimeout(waited);
  }
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * The page shown instead of any other while the database is away: self-contained (no script, no database, no
 * stylesheet from the build), light and dark like the app, and it tries again by itself every 15 seconds.
 */
export function databaseUnreachablePage(): string {
  const title = escapeHtml(DATABASE_UNREACHABLE_TITLE);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="15">
<title>${title} · Rapport</title>
<style>
:root { color-scheme: light dark; --bg: #ffffff; --fg: #0b0f14; --muted: #5b6470; --accent: #2563eb; }
@media (prefers-color-scheme: dark) { :root { --bg: #0b0f14; --fg: #e6e9ee; --muted: #9aa4b2; --accent: #7aa2ff; } }
body { margin: 0; min-height: 100dvh; display: grid; place-items: center; background: var(--bg); color: var(--fg);
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 28rem; padding: 1.5rem; text-align: center; }
p.brand { margin: 0; font-size: 0.8rem; font-weight: 600; letter-spacing: 0.08em; text-transform: uppercase; color: var(--accent); }
h1 { font-size: 1.5rem; font-weight: 600; margin: 1rem 0; }
p { color: var(--muted); line-height: 1.5; }
a { color: var(--accent); font-weight: 500; }
</style>
</head>
<body>
<main>
<p class="brand">Rapport</p>
<h1>${title}</h1>
<p>Your data is safe: everything you saved is kept. This page tries again by itself every 15 seconds.</p>
<p><a href="">Try again now</a></p>
</main>
</body>
</html>
`;
}
