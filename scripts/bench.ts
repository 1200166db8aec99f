// `npm run bench`: prints how fast Rapport starts and answers. Figures, not pass/fail: quote them.
//  1. `npm start` from a fresh embedded database to the first 200 on /login (the build is made
//     first if it is stale, and not counted).
//  2. GET /contacts (first page) and two searches, p50/p95 over HTTP, signed in as users with
//     1,000, 10,000 and 50,000 contacts (BENCH_SIZES) seeded in bulk, a fifth of them met at an
//     event, on a throwaway database (TEST_DATABASE_URL's server, else embedded).
//  3. Import of a generated LinkedIn Connections.csv (BENCH_IMPORT_ROWS, default 10,000) through the code the app
//     uses (lib/imports: preview, then the one-transaction import), with its time, peak RSS and heap growth.
//  4. /insights for a user with 50,000 contacts and 100,000 invitations (BENCH_INSIGHTS_CONTACTS, twice as many
//     invitations; received and sent, of every class, some accepted and thanked, 200 events) beside a second user:
//     getInsights called directly, and GET /insights?period=all and ?period=90d over HTTP, p50/p95.
// BENCH_PARTS picks what runs (default "start,contacts,import,insights"; e.g. BENCH_PARTS=import needs no build).
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { hashPassword } from "../lib/auth/password";
import { buildIfStale } from "./lib/build";
import { loadEnvFile } from "./lib/env-file";
import { seedInsightsNetwork } from "./lib/insights-seed";
import { generateContacts } from "./lib/sample-data";
import { createThrowawayDatabase, freePort } from "./lib/throwaway-database";
import { previewFile, importFile } from "../lib/imports/run";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
const say = (line: string) => console.log(`[bench] ${line}`);
const sizes = (process.env.BENCH_SIZES ?? "1000,10000,50000").split(",").map(Number);
const requests = Number(process.env.BENCH_REQUESTS ?? 200);
const parts = new Set((process.env.BENCH_PARTS ?? "start,contacts,import,insights").split(",").map((part) => part.trim()));
const insightsContacts = Number(process.env.BENCH_INSIGHTS_CONTACTS ?? 50_000);
const importRows = Number(process.env.BENCH_IMPORT_ROWS ?? 10_000);
// A topic an eighth of the generated notes mention, and a last name one in 26 has (as "López").
const QUERIES = [
  { label: "search “negotiation”", q: "negotiation" },
  { label: "search “lopez”", q: "lopez" },
];

function run(command: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
    child.once("error", reject);
    child.once("exit", (code) => resolve(code ?? 1));
  });
}

/** Starts a command in its own process group (so it can be stopped like Ctrl-C stops a terminal's). */
function startGroup(command: string, args: string[], env: Record<string, string>): ChildProcess {
  return spawn(command, args, { cwd: root, detached: true, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
}

async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || !child.pid) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(-child.pid, "SIGINT");
  const timer = setTimeout(() => child.pid && process.kill(-child.pid, "SIGKILL"), 30_000);
  await exited;
  clearTimeout(timer);
}

async function waitFor200(url: string, child: ChildProcess, output: () => string, timeoutMs = 300_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited early:\n${output()}`);
    try {
      if ((await fetch(url, { redirect: "manual" })).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no 200 from ${url} within ${timeoutMs / 1000} s:\n${output()}`);
}

function collect(child: ChildProcess): () => string {
  let text = "";
  child.stdout?.on("data", (chunk: Buffer) => (text += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (text += chunk.toString()));
  return () => text;
}

async function benchStart(): Promise<number> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "rapport-bench-start-"));
  chmodSync(dataDir, 0o755); // the embedded server runs as the postgres user when we are root
  const [pgPort, webPort] = [await freePort(), await freePort()];
  const env: Record<string, string> = { RAPPORT_DATA_DIR: dataDir, RAPPORT_PG_PORT: String(pgPort), PORT: String(webPort), NEXTAUTH_URL: `http://localhost:${webPort}` };
  delete process.env.DATABASE_URL;
  const began = performance.now();
  const child = startGroup(bin("tsx"), ["scripts/start.ts"], env);
  const output = collect(child);
  try {
    await waitFor200(`http://localhost:${webPort}/login`, child, output);
    return performance.now() - began;
  } finally {
    await stopGroup(child);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function seedUser(db: PrismaClient, email: string, password: string, count: number): Promise<void> {
  const user = await db.user.create({ data: { email, name: "Bench User", passwordHash: await hashPassword(password) } });
  const base = Date.now() - count * 60_000;
  const rows = generateContacts(count).map((contact, index) => ({ ...contact, ownerId: user.id, createdAt: new Date(base + index * 60_000) }));
  for (let start = 0; start < rows.length; start += 5000) await db.contact.createMany({ data: rows.slice(start, start + 5000) });
  const event = await db.event.create({ data: { ownerId: user.id, name: "AMA Leadership Summit", startsOn: new Date("2026-10-01"), location: "Chicago" } });
  await db.$executeRaw`
    INSERT INTO "Encounter" (id, "ownerId", "contactId", "eventId", kind, "metOn", context, "updatedAt")
    SELECT 'enc' || c.id, c."ownerId", c.id, ${event.id}, 'EVENT', '2026-10-01', 'Talked about pricing and a podcast', now()
      FROM "Contact" c WHERE c."ownerId" = ${user.id} AND abs(hashtext(c.id)) % 5 = 0`;
}

/** Signs in through next-auth's credentials endpoint and returns the cookie header. */
async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = new Map(csrf.headers.getSetCookie().map((cookie) => cookie.split(";")[0]!.split("=") as [string, string]));
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: [...jar].map(([key, value]) => `${key}=${value}`).join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  for (const cookie of response.headers.getSetCookie()) {
    const [pair] = cookie.split(";");
    const index = pair!.indexOf("=");
    jar.set(pair!.slice(0, index), pair!.slice(index + 1));
  }
  if (![...jar.keys()].some((key) => key.endsWith("session-token"))) throw new Error("signing in failed: no session cookie");
  return [...jar].map(([key, value]) => `${key}=${value}`).join("; ");
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function timeRequests(url: string, cookie: string, count: number) {
  for (let i = 0; i < 20; i++) await (await fetch(url, { headers: { cookie } })).text(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const began = performance.now();
    const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
    await response.text();
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
    times.push(performance.now() - began);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1)! };
}

type Timing = { label: string; p50: number; p95: number; max: number };

async function benchContacts(): Promise<Timing[]> {
  const database = await createThrowawayDatabase("rapport_bench", say);
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  let server: ChildProcess | undefined;
  try {
    if ((await run(bin("tsx"), ["scripts/migrate.ts", "deploy"], { DATABASE_URL: database.url })) !== 0) throw new Error("migrations failed");
    const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
    try {
      for (const size of sizes) {
        const began = performance.now();
        await seedUser(db, `bench-${size}@rapport.local`, "bench-password-123", size);
        say(`Seeded ${size.toLocaleString("en")} contacts in ${((performance.now() - began) / 1000).toFixed(1)} s.`);
      }
      // As autovacuum leaves a database in use: statistics current, visibility map set.
      await db.$executeRawUnsafe("VACUUM ANALYZE");
    } finally {
      await db.$disconnect();
    }
    server = startGroup(bin("next"), ["start", "-p", String(port)], {
      DATABASE_URL: database.url,
      NEXTAUTH_URL: baseUrl,
      NEXTAUTH_SECRET: "rapport-bench-secret",
    });
    await waitFor200(`${baseUrl}/login`, server, collect(server));
    const timings: Timing[] = [];
    for (const size of sizes) {
      const cookie = await signIn(baseUrl, `bench-${size}@rapport.local`, "bench-password-123");
      const count = size.toLocaleString("en");
      timings.push({ label: `GET /contacts, ${count} contacts`, ...(await timeRequests(`${baseUrl}/contacts`, cookie, requests)) });
      for (const query of QUERIES) {
        const url = `${baseUrl}/contacts?q=${encodeURIComponent(query.q)}`;
        timings.push({ label: `GET /contacts ${query.label}, ${count} contacts`, ...(await timeRequests(url, cookie, requests)) });
      }
    }
    return timings;
  } finally {
    if (server) await stopGroup(server);
    await database.remove();
  }
}

/** /insights at 50,000 contacts: getInsights directly (a child process: the module is server-only), then over HTTP. */
async function benchInsights(): Promise<Timing[]> {
  const database = await createThrowawayDatabase("rapport_bench_insights", say);
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const email = "bench-insights@rapport.local";
  const password = "bench-password-123";
  const timeZone = "America/New_York";
  let server: ChildProcess | undefined;
  try {
    if ((await run(bin("tsx"), ["scripts/migrate.ts", "deploy"], { DATABASE_URL: database.url })) !== 0) throw new Error("migrations failed");
    const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
    let userId: string;
    try {
      const began = performance.now();
      const user = await db.user.create({ data: { email, name: "Bench User", timezone: timeZone, passwordHash: await hashPassword(password) } });
      userId = user.id;
      const invitations = insightsContacts * 2;
      await seedInsightsNetwork(db, user.id, "bench", { contacts: insightsContacts, invitations });
      const second = await db.user.create({ data: { email: "bench-insights-2@rapport.local", name: "Second", passwordHash: "x" } });
      await seedInsightsNetwork(db, second.id, "second", { contacts: 5_000, invitations: 10_000, events: 20 });
      await db.$executeRawUnsafe("VACUUM ANALYZE");
      const count = insightsContacts.toLocaleString("en");
      say(`Seeded ${count} contacts and ${invitations.toLocaleString("en")} invitations in ${((performance.now() - began) / 1000).toFixed(1)} s.`);
    } finally {
      await db.$disconnect();
    }
    const timings: Timing[] = [];
    const direct = await captureOutput(bin("tsx"), ["--conditions=react-server", "scripts/lib/insights-timing.ts", userId, timeZone, String(requests)], { DATABASE_URL: database.url });
    const figures = JSON.parse(direct.trim().split("\n").at(-1)!) as Record<string, Omit<Timing, "label">>;
    for (const [preset, figure] of Object.entries(figures)) timings.push({ label: `getInsights (${preset}), direct`, ...figure });

    server = startGroup(bin("next"), ["start", "-p", String(port)], { DATABASE_URL: database.url, NEXTAUTH_URL: baseUrl, NEXTAUTH_SECRET: "rapport-bench-secret" });
    await waitFor200(`${baseUrl}/login`, server, collect(server));
    const cookie = await signIn(baseUrl, email, password);
    const probe = await fetch(`${baseUrl}/insights`, { headers: { cookie }, redirect: "manual" });
    await probe.text();
    if (probe.status === 404) {
      say("This build has no /insights page: only getInsights is timed.");
      return timings;
    }
    for (const preset of ["all", "90d"]) {
      timings.push({ label: `GET /insights?period=${preset}`, ...(await timeRequests(`${baseUrl}/insights?period=${preset}`, cookie, requests)) });
    }
    return timings;
  } finally {
    if (server) await stopGroup(server);
    await database.remove();
  }
}

/** Runs a command and returns what it printed; throws with its output if it fails. */
function captureOutput(command: string, args: string[], env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...env } });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`${path.basename(command)} ${args.join(" ")} failed:\n${out}${err}`))));
  });
}

const FIRST = ["Colleen", "José", "Priya", "Zoë", "Marcus", "Aiko", "Sofia", "Daniel", "Amara", "Luca", "Łukasz", "Nguyễn"];
const LAST = ["Murphy", "López", "Raman", "O'Brien", "Obi", "Tanaka", "Lindqvist", "Cohen", "Nwosu", "Romano", "Kowalski", "Thị Lan"];
const COMPANIES = ["Acme, Inc.", "Northwind Health", "Lumen Labs", "Cobalt \"Ventures\"", "Fieldwork", "Kite Design 🚀", ""];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Writes a Connections.csv as LinkedIn does (BOM, preamble, quoted fields), streamed so the generator's memory stays flat. */
async function writeConnectionsCsv(file: string, rows: number): Promise<void> {
  const out = createWriteStream(file);
  const quote = (value: string) => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  out.write("\uFEFFNotes:\n\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\n\n");
  out.write("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
  for (let i = 0; i < rows; i++) {
    const first = FIRST[i % FIRST.length]!;
    const last = LAST[(i * 7) % LAST.length]!;
    const day = new Date(Date.UTC(2020, 0, 1) + (i % 2200) * 86_400_000);
    const row = [
      first,
      last,
      `https://www.linkedin.com/in/bench-${i.toString(36)}-${first.length}`,
      i % 10 === 0 ? `person${i}@example.com` : "",
      COMPANIES[i % COMPANIES.length]!.replaceAll('\\"', '"'),
      i % 3 === 0 ? "VP, Marketing" : "Engineer",
      `${day.getUTCDate()} ${MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()}`,
    ];
    if (!out.write(`${row.map(quote).join(",")}\n`)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

type ImportFigures = {
  rows: number;
  previewMs: number;
  importMs: number;
  created: number;
  peakRssMb: number;
  rssGrowthMb: number;
  peakHeapGrowthMb: number;
  heapGrowthMb: number;
};

async function benchImport(): Promise<ImportFigures> {
  const database = await createThrowawayDatabase("rapport_bench_import", say);
  const directory = mkdtempSync(path.join(tmpdir(), "rapport-bench-import-"));
  try {
    if ((await run(bin("tsx"), ["scripts/migrate.ts", "deploy"], { DATABASE_URL: database.url })) !== 0) throw new Error("migrations failed");
    const file = path.join(directory, "Connections.csv");
    await writeConnectionsCsv(file, importRows);
    const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
    try {
      const user = await db.user.create({ data: { email: "bench-import@rapport.local", name: "Bench User", passwordHash: "x" }, select: { id: true, name: true, timezone: true, inviteNoteLimit: true } });
      const options = { thankWindowDays: 30, skipInvalid: false };
      global.gc?.();
      const heapBefore = process.memoryUsage().heapUsed;
      const rssBefore = process.memoryUsage().rss;
      let peakRss = rssBefore;
      let peakHeap = heapBefore;
      const sample = () => {
        const usage = process.memoryUsage();
        peakRss = Math.max(peakRss, usage.rss);
        peakHeap = Math.max(peakHeap, usage.heapUsed);
      };
      const sampler = setInterval(sample, 10);
      try {
        let began = performance.now();
        await previewFile(db, user, { path: file, name: "Connections.csv" }, options);
        const previewMs = performance.now() - began;
        began = performance.now();
        const result = await importFile(db, user, { path: file, name: "Connections.csv" }, options);
        const importMs = performance.now() - began;
        sample();
        global.gc?.(); // with NODE_OPTIONS=--expose-gc the growth is what stays, not garbage not yet collected
        return {
          rows: importRows,
          previewMs,
          importMs,
          created: result.counts.create,
          peakRssMb: peakRss / 1024 / 1024,
          // What the import itself added: the process before it held the benches above (and their servers' clients).
          rssGrowthMb: (peakRss - rssBefore) / 1024 / 1024,
          peakHeapGrowthMb: (peakHeap - heapBefore) / 1024 / 1024,
          heapGrowthMb: (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024,
        };
      } finally {
        clearInterval(sampler);
      }
    } finally {
      await db.$disconnect();
    }
  } finally {
    rmSync(directory, { recursive: true, force: true });
    await database.remove();
  }
}

async function main() {
  loadEnvFile(root);
  if (parts.has("start") || parts.has("contacts") || parts.has("insights")) {
    if ((await buildIfStale(root, (command, args) => run(command, args), say)) !== 0) throw new Error("the build failed");
  }
  const ms = (value: number) => `${value.toFixed(1)} ms`;

  let startMs: number | undefined;
  if (parts.has("start")) {
    say("npm start from a fresh embedded database to the first 200 …");
    startMs = await benchStart();
  }
  const timings = parts.has("contacts") ? await benchContacts() : [];
  if (parts.has("insights")) {
    say(`/insights with ${insightsContacts.toLocaleString("en")} contacts …`);
    timings.push(...(await benchInsights()));
  }
  let imported: ImportFigures | undefined;
  if (parts.has("import")) {
    say(`Importing a generated ${importRows.toLocaleString("en")}-row Connections.csv …`);
    imported = await benchImport();
  }

  console.log("\nRapport benchmark");
  if (startMs !== undefined) console.log(`  npm start, fresh embedded database → first 200 on /login: ${(startMs / 1000).toFixed(1)} s (build already current)`);
  if (timings.length > 0) {
    console.log(`  ${requests} sequential requests each, after 20 to warm up:`);
    for (const timing of timings) {
      console.log(`  ${timing.label.padEnd(52)} p50 ${ms(timing.p50).padStart(9)}  p95 ${ms(timing.p95).padStart(9)}  max ${ms(timing.max).padStart(9)}`);
    }
  }
  if (imported) {
    const rows = imported.rows.toLocaleString("en");
    console.log(`  Import of a ${rows}-row LinkedIn Connections.csv (${imported.created.toLocaleString("en")} contacts created):`);
    console.log(`    preview ${(imported.previewMs / 1000).toFixed(2)} s, import in one transaction ${(imported.importMs / 1000).toFixed(2)} s`);
    console.log(
      `    peak RSS ${imported.peakRssMb.toFixed(0)} MB (+${imported.rssGrowthMb.toFixed(0)} MB during the import), ` +
        `heap at most +${imported.peakHeapGrowthMb.toFixed(1)} MB during it, ${imported.heapGrowthMb.toFixed(1)} MB kept after`,
    );
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`[bench] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
