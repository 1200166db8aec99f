// `npm run test:resilience`: stops PostgreSQL under a running Rapport and starts it again. On a PostgreSQL of its own
// (embedded, durable settings, the first free port of 54360-54369 or RAPPORT_RESILIENCE_PG_PORT) and the built app
// (`next start`, by PID), it writes contacts, a capture and a draft as a browser does; stops PostgreSQL; checks that
// every page answers 503 with the calm page (never a stack trace), that a form's save reports the failure with what
// was typed, and that a draft's autosave fails (the composer then keeps it in the browser and retries); starts
// PostgreSQL again and measures how long until pages answer 200, with no restart of the app; then checks that every
// acknowledged write is in the database and that nothing refused was written. Everything it started is stopped, also
// on failure, and the whole run is bounded (RESILIENCE_TIMEOUT_S, default 240, the build excluded).
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { DATABASE_UNREACHABLE_MESSAGE, DATABASE_UNREACHABLE_TITLE } from "../lib/database-health";
import { startEmbeddedPostgres, type EmbeddedDb } from "./lib/embedded-postgres";
import { freePort } from "./lib/throwaway-database";
import { actionId, Browser, buildApp, createUsers, formData, migrate, sleep, startApp, stopApp, type AppInstance } from "./lib/app-under-test";

const say = (line: string) => console.log(`[resilience] ${line}`);
const timeoutS = Number(process.env.RESILIENCE_TIMEOUT_S ?? 240);
const PAGES = ["/today", "/contacts", "/pipeline", "/capture", "/login", "/"];

class Failure extends Error {}
function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Failure(message);
}

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

async function postgresPort(): Promise<number> {
  if (process.env.RAPPORT_RESILIENCE_PG_PORT) return Number(process.env.RAPPORT_RESILIENCE_PG_PORT);
  for (let port = 54360; port <= 54369; port += 1) if (await portIsFree(port)) return port;
  throw new Failure("No free port for PostgreSQL among 54360-54369: set RAPPORT_RESILIENCE_PG_PORT.");
}

// A stack trace or an internal error name on a page would tell a visitor how Rapport is built.
const LEAKS = /\bat [\w.<>]+ \(|node_modules|PrismaClient|ECONNREFUSED|Internal Server Error/;

let app: AppInstance | undefined;
let database: EmbeddedDb | undefined;
let dataDir: string | undefined;

async function cleanUp(): Promise<void> {
  if (app) await stopApp(app).catch((error: unknown) => say(`Stopping the app failed: ${String(error)}`));
  if (database) await database.stop().catch((error: unknown) => say(`Stopping PostgreSQL failed: ${String(error)}`));
  if (dataDir) {
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(`${dataDir}-password`, { force: true });
  }
}

async function startDatabase(port: number): Promise<EmbeddedDb> {
  // Durable settings (persistent): a stop and a start keep the data, and a committed write is on disk.
  return startEmbeddedPostgres({ dataDir: dataDir!, port, database: "rapport", persistent: true, log: (line) => say(line) });
}

async function main(): Promise<void> {
  await buildApp(say);
  const started = Date.now();
  const deadline = setTimeout(() => {
    say(`Gave up after ${timeoutS} s.`);
    void cleanUp().finally(() => process.exit(1));
  }, timeoutS * 1000);
  deadline.unref();

  const pgPort = await postgresPort();
  // mkdtemp: a private folder; as root, embedded-postgres hands it to the postgres user.
  dataDir = mkdtempSync(path.join(tmpdir(), "rapport-resilience-pg-"));
  say(`Starting PostgreSQL on 127.0.0.1:${pgPort}.`);
  database = await startDatabase(pgPort);
  const url = database.url;
  await migrate(url);
  const [user] = await createUsers(url, 1, "resilience");
  const webPort = Number(process.env.RAPPORT_RESILIENCE_PORT ?? (await freePort()));
  app = await startApp(webPort, { DATABASE_URL: url, NEXTAUTH_SECRET: "rapport-resilience-secret-not-for-production" });
  say(`Rapport is serving on ${app.base} (pid ${app.child.pid}).`);

  const createContact = actionId("lib/contacts/actions.ts", "createContactAction");
  const capture = actionId("lib/capture/actions.ts", "captureAction");
  const saveDraft = actionId("lib/invitations/actions.ts", "saveDraftAction");
  const browser = new Browser();
  await browser.signIn(app.base, user!);

  // Writes the app acknowledges: a contact's page to go to, a capture's "Saved", a draft's saved time.
  const acknowledged: { contacts: string[]; draft?: { contactId: string; message: string } } = { contacts: [] };
  for (const name of ["Ada", "Grace", "Edsger"]) {
    const answer = await browser.action(app.base, "/contacts/new", createContact, [{ ok: false }, formData({ firstName: name, lastName: "Before" })]);
    const id = /\/contacts\/([a-z0-9]+)/.exec(answer.headers.get("x-action-redirect") ?? "")?.[1];
    check(id, `Creating ${name} was not acknowledged (status ${answer.status}): ${answer.text.slice(0, 300)}`);
    acknowledged.contacts.push(id);
  }
  const captured = await browser.action(app.base, "/capture", capture, [{ ok: false }, formData({ firstName: "Barbara", lastName: "Captured", context: "Talked about CLU" })]);
  const capturedId = /"captured":\{"id":"([a-z0-9]+)"/.exec(captured.text)?.[1];
  check(capturedId, `The capture was not acknowledged (status ${captured.status}): ${captured.text.slice(0, 300)}`);
  acknowledged.contacts.push(capturedId);
  const draftContact = acknowledged.contacts[0]!;
  const draftMessage = "Hi Ada, great to meet you at the compilers meetup — would love to hear more about your work.";
  const draft = await browser.action(app.base, `/contacts/${draftContact}/invite`, saveDraft, [draftContact, draftMessage, null]);
  check(draft.status === 200 && draft.text.includes('"ok":true'), `The draft was not acknowledged (status ${draft.status}): ${draft.text.slice(0, 300)}`);
  acknowledged.draft = { contactId: draftContact, message: draftMessage };
  for (const page of PAGES.slice(0, 3)) {
    const answer = await browser.request(app.base, page);
    check(answer.status === 200, `${page} answered ${answer.status} before the fault.`);
  }
  say(`Acknowledged before the fault: ${acknowledged.contacts.length} contacts (one by quick capture) and a draft.`);

  say("Stopping PostgreSQL under the running app.");
  await database.stop();
  database = undefined;
  const down: string[] = [];
  for (const page of [...PAGES, `/contacts/${draftContact}`]) {
    const answer = await browser.request(app.base, page);
    check(answer.status === 503, `${page} answered ${answer.status} instead of 503 while PostgreSQL was stopped: ${answer.text.slice(0, 300)}`);
    check(answer.text.includes(DATABASE_UNREACHABLE_TITLE), `${page}'s 503 does not say "${DATABASE_UNREACHABLE_TITLE}".`);
    check(!LEAKS.test(answer.text), `${page}'s 503 shows internals: ${answer.text.slice(0, 500)}`);
    down.push(`${page} ${answer.status}`);
  }
  say(`While stopped: ${down.join(", ")} — each the "${DATABASE_UNREACHABLE_TITLE}" page.`);

  const typed = { firstName: "Unsaved", lastName: "Whiledown", notes: "Typed while the database was away" };
  const refused = await browser.action(app.base, "/contacts/new", createContact, [{ ok: false }, formData(typed)]);
  check(refused.status === 200 && refused.text.includes(DATABASE_UNREACHABLE_MESSAGE), `Saving a contact while PostgreSQL was stopped did not report the failure (status ${refused.status}): ${refused.text.slice(0, 300)}`);
  check(Object.values(typed).every((value) => refused.text.includes(value)), "The refused save did not hand back what was typed, so the form would lose it.");
  check(!refused.headers.get("x-action-redirect"), "The refused save redirected as if it had been saved.");
  say(`A contact saved while stopped: "${DATABASE_UNREACHABLE_MESSAGE}", with what was typed handed back to the form.`);
  const unsavedDraft = "Hi Ada, typed while Rapport could not reach its database.";
  const failedDraft = await browser.action(app.base, `/contacts/${draftContact}/invite`, saveDraft, [draftContact, unsavedDraft, null]);
  check(failedDraft.status >= 500 && !failedDraft.text.includes('"ok":true'), `A draft's autosave while stopped answered ${failedDraft.status}: ${failedDraft.text.slice(0, 300)}`);
  check(!LEAKS.test(failedDraft.text), `The failed autosave's answer shows internals: ${failedDraft.text.slice(0, 500)}`);
  say(`A draft's autosave while stopped failed (status ${failedDraft.status}): the composer keeps it in the browser and retries (lib/invitations/draft-saver.ts).`);

  say("Starting PostgreSQL again (the app keeps running).");
  const restartAt = Date.now();
  database = await startDatabase(pgPort);
  const readyAt = Date.now();
  let serving: number | undefined;
  while (Date.now() - readyAt < 60_000) {
    const answer = await browser.request(app.base, "/today");
    if (answer.status === 200) {
      serving = Date.now();
      break;
    }
    check(answer.status === 503, `/today answered ${answer.status} while PostgreSQL came back.`);
    await sleep(50);
  }
  check(serving, "Pages did not answer 200 within 60 s of PostgreSQL being ready again.");
  check(app.child.exitCode === null, "The app exited: it should have kept running through the fault.");
  for (const page of PAGES.slice(0, 4)) {
    const answer = await browser.request(app.base, page);
    check(answer.status === 200, `${page} answered ${answer.status} after PostgreSQL came back.`);
  }
  const retried = await browser.action(app.base, `/contacts/${draftContact}/invite`, saveDraft, [draftContact, unsavedDraft, null]);
  check(retried.text.includes('"ok":true'), `The draft's retry after recovery was not saved: ${retried.text.slice(0, 300)}`);
  acknowledged.draft = { contactId: draftContact, message: unsavedDraft };
  const after = await browser.action(app.base, "/contacts/new", createContact, [{ ok: false }, formData({ firstName: "Frances", lastName: "After" })]);
  const afterId = /\/contacts\/([a-z0-9]+)/.exec(after.headers.get("x-action-redirect") ?? "")?.[1];
  check(afterId, `A contact saved after recovery was not acknowledged: ${after.text.slice(0, 300)}`);
  acknowledged.contacts.push(afterId);

  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(`SELECT id FROM "Contact" WHERE "ownerId" = $1`, [user!.id]);
    const stored = new Set(rows.map((row) => row.id));
    const missing = acknowledged.contacts.filter((id) => !stored.has(id));
    check(missing.length === 0, `Acknowledged contacts missing from the database: ${missing.join(", ")}.`);
    const { rowCount } = await client.query(`SELECT 1 FROM "Contact" WHERE "ownerId" = $1 AND "firstName" = 'Unsaved'`, [user!.id]);
    check(rowCount === 0, "The contact refused while PostgreSQL was stopped was written after all.");
    const drafts = await client.query<{ message: string }>(`SELECT message FROM "Invitation" WHERE "ownerId" = $1 AND "contactId" = $2 AND status = 'DRAFT'`, [
      user!.id,
      acknowledged.draft.contactId,
    ]);
    check(drafts.rows[0]?.message === acknowledged.draft.message, `The acknowledged draft is not in the database (found ${JSON.stringify(drafts.rows)}).`);
    check(stored.size === acknowledged.contacts.length, `The database has ${stored.size} contacts for the user; ${acknowledged.contacts.length} were acknowledged.`);
  } finally {
    await client.end();
  }

  say(`Every acknowledged write is in the database: ${acknowledged.contacts.length} contacts and the latest draft; the refused contact is not.`);
  say(`Recovery: pages answered 200 again ${serving - readyAt} ms after PostgreSQL accepted connections (${serving - restartAt} ms after it was started), without restarting the app.`);
  say(`Passed in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    say(`${signal}: stopping what was started.`);
    void cleanUp().finally(() => process.exit(130));
  });
}

main().then(
  async () => {
    await cleanUp();
    process.exit(0);
  },
  async (error: unknown) => {
    console.error(`[resilience] FAILED: ${error instanceof Failure ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    if (app && !(error instanceof Failure && error.message.startsWith("No free port"))) console.error(`[resilience] The app's last output:\n${app.output().slice(-4000)}`);
    await cleanUp();
    process.exit(1);
  },
);
