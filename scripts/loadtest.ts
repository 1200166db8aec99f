// `npm run loadtest`: two instances of the built app (`next start` on two ports) on one database, and simulated users
// whose requests go round-robin between them, each request to the next instance. Every user signs in through
// next-auth, then for the run's length browses /today, /contacts and /pipeline, searches, creates contacts, captures
// people, autosaves invitation drafts, moves pipeline cards and imports a small LinkedIn file, calling the same server
// actions the pages call (ids from the build's server-reference-manifest.json, arguments encoded as React does) and
// the import's upload route. It fails on any request that errs or answers an unexpected status, on any write the app
// did not acknowledge, and on any acknowledged write missing from the database afterwards; it prints requests,
// requests per second, p50/p95/p99 and the writes checked. Only 127.0.0.1 is contacted.
// Knobs: LOADTEST_USERS (50), LOADTEST_DURATION_S (60); the database is
// TEST_DATABASE_URL's server, else a temporary embedded PostgreSQL.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { createThrowawayDatabase, freePort, type ThrowawayDatabase } from "./lib/throwaway-database";
import { actionId, Browser, buildApp, createUsers, formData, migrate, startApp, stopApp, type Answer, type AppInstance, type TestUser } from "./lib/app-under-test";

const say = (line: string) => console.log(`[loadtest] ${line}`);
const USERS = Number(process.env.LOADTEST_USERS ?? 50);
const DURATION_S = Number(process.env.LOADTEST_DURATION_S ?? 60);
const SEARCHES = ["ada", "compilers", "acme", "lovelace", "meetup"];

type Acknowledged = {
  contacts: { ownerId: string; id: string; firstName: string }[];
  drafts: Map<string, { ownerId: string; message: string }>;
  stages: Map<string, { ownerId: string; stage: string }>;
  /** `across`: confirmed on the other instance than the one that received the upload. */
  imports: { ownerId: string; batchId: string; created: number; across: boolean }[];
};

type Ids = { createContact: string; capture: string; saveDraft: string; move: string; confirmImport: string };

const latencies: number[] = [];
const errors: string[] = [];
const perInstance = new Map<string, number>();
let requests = 0;
let next = 0;

class LoadError extends Error {}

/** One simulated user: their own account and cookies, their own contacts, and what the app acknowledged to them. */
class SimulatedUser {
  private browser = new Browser();
  private contacts: { id: string; stage: "PERSONALIZE" | "READY" }[] = [];
  private counter = 0;

  constructor(
    private readonly index: number,
    private readonly user: TestUser,
    private readonly instances: AppInstance[],
    private readonly ids: Ids,
    private readonly acknowledged: Acknowledged,
  ) {}

  /** The next instance, round-robin over the whole run. */
  private pick(): string {
    const instance = this.instances[next++ % this.instances.length]!;
    return instance.base;
  }

  private record(base: string, what: string, answer: Answer, expected: (status: number) => boolean = (status) => status >= 200 && status < 400): Answer {
    requests += 1;
    latencies.push(answer.ms);
    perInstance.set(base, (perInstance.get(base) ?? 0) + 1);
    if (!expected(answer.status)) throw new LoadError(`${what} on ${base} answered ${answer.status}: ${answer.text.slice(0, 200).replace(/\s+/g, " ")}`);
    return answer;
  }

  private async page(pathname: string) {
    const base = this.pick();
    this.record(base, `GET ${pathname}`, await this.browser.request(base, pathname), (status) => status === 200);
  }

  private async action(pagePath: string, id: string, args: unknown[], what: string): Promise<Answer> {
    const base = this.pick();
    return this.record(base, what, await this.browser.action(base, pagePath, id, args));
  }

  async signIn(): Promise<void> {
    const base = this.pick();
    for (const answer of await this.browser.signIn(base, this.user)) this.record(base, "sign in", answer);
  }

  private name(): string {
    this.counter += 1;
    return `Load${this.index}n${this.counter}`;
  }

  private async createContact() {
    const firstName = this.name();
    const answer = await this.action("/contacts/new", this.ids.createContact, [{ ok: false }, formData({ firstName, lastName: "Lovelace", company: "Acme" })], "create contact");
    const id = /\/contacts\/([a-z0-9]+)/.exec(answer.headers.get("x-action-redirect") ?? "")?.[1];
    if (!id) throw new LoadError(`create contact was not acknowledged: ${answer.text.slice(0, 200)}`);
    this.contacts.push({ id, stage: "PERSONALIZE" });
    this.acknowledged.contacts.push({ ownerId: this.user.id, id, firstName });
  }

  private async capture() {
    const firstName = this.name();
    const fields = { firstName, lastName: "Captured", context: "Talked about compilers at the meetup", topic: "compilers" };
    const answer = await this.action("/capture", this.ids.capture, [{ ok: false }, formData(fields)], "capture");
    const id = /"captured":\{"id":"([a-z0-9]+)"/.exec(answer.text)?.[1];
    if (!id) throw new LoadError(`capture was not acknowledged: ${answer.text.slice(0, 200)}`);
    this.contacts.push({ id, stage: "PERSONALIZE" });
    this.acknowledged.contacts.push({ ownerId: this.user.id, id, firstName });
  }

  private async autosaveDraft() {
    const contact = this.contacts[this.counter % this.contacts.length];
    if (!contact) return this.createContact();
    const message = `Hi there, great meeting you at the compilers meetup (${this.name()}). Would love to compare notes on parsers.`;
    const answer = await this.action(`/contacts/${contact.id}/invite`, this.ids.saveDraft, [contact.id, message, null], "autosave draft");
    if (!answer.text.includes('"ok":true')) throw new LoadError(`autosave draft was not acknowledged: ${answer.text.slice(0, 200)}`);
    this.acknowledged.drafts.set(contact.id, { ownerId: this.user.id, message });
  }

  private async moveCard() {
    const contact = this.contacts[(this.counter * 7) % Math.max(this.contacts.length, 1)];
    if (!contact) return this.createContact();
    const to = contact.stage === "PERSONALIZE" ? "READY" : "PERSONALIZE";
    const answer = await this.action("/pipeline", this.ids.move, [contact.id, to], `move card to ${to}`);
    if (!answer.text.includes('"ok":true')) throw new LoadError(`move card to ${to} was not acknowledged: ${answer.text.slice(0, 200)}`);
    contact.stage = to;
    this.acknowledged.stages.set(contact.id, { ownerId: this.user.id, stage: to });
  }

  /**
   * Upload, then confirm, each to the next instance like every other request: an upload waits for its confirm in
   * PostgreSQL (lib/imports/uploads.ts), so the confirm usually reaches the instance that did not receive the file.
   */
  private async importFile() {
    const tag = `${this.index}-${this.counter}-${randomUUID().slice(0, 6)}`;
    const rows = [0, 1, 2].map((row) => `Imported${row},Person${tag.replaceAll("-", "")},https://www.linkedin.com/in/load-${tag}-${row},,Acme,Engineer,25 Aug 2021`);
    const csv = `First Name,Last Name,URL,Email Address,Company,Position,Connected On\n${rows.join("\n")}\n`;
    const base = this.pick();
    const upload = this.record(
      base,
      "import upload",
      await this.browser.request(base, "/import/upload?thankWindowDays=0", { method: "POST", headers: { "x-file-name": "Connections.csv", "content-type": "text/csv" }, body: csv }),
      (status) => status === 200,
    );
    const preview = upload.text
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { type: string; preview?: { token: string }; message?: string })
      .find((line) => line.type !== "progress");
    if (preview?.type !== "preview" || !preview.preview) throw new LoadError(`import upload was refused: ${JSON.stringify(preview)}`);
    const confirmBase = this.pick();
    const confirm = this.record(
      confirmBase,
      "confirm import",
      await this.browser.action(confirmBase, "/import", this.ids.confirmImport, [preview.preview.token, { thankWindowDays: 0, skipInvalid: false }]),
    );
    const batchId = /"batchId":"([a-z0-9]+)"/.exec(confirm.text)?.[1];
    if (!batchId) throw new LoadError(`confirm import was not acknowledged: ${confirm.text.slice(0, 200)}`);
    this.acknowledged.imports.push({ ownerId: this.user.id, batchId, created: rows.length, across: confirmBase !== base });
  }

  /** One step, chosen with the weights of a person using Rapport: mostly reading, a write every third step. */
  async step(): Promise<void> {
    const roll = Math.random() * 100;
    if (roll < 20) return this.page("/today");
    if (roll < 35) return this.page("/contacts");
    if (roll < 45) return this.page(`/contacts?q=${SEARCHES[this.counter++ % SEARCHES.length]}`);
    if (roll < 52) return this.page("/pipeline");
    if (roll < 62) return this.createContact();
    if (roll < 72) return this.capture();
    if (roll < 86) return this.autosaveDraft();
    if (roll < 97) return this.moveCard();
    return this.importFile();
  }
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Every acknowledged write, read back from the database; returns how many were checked, or throws with the missing. */
async function checkWrites(url: string, acknowledged: Acknowledged): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const missing: string[] = [];
  let checked = 0;
  try {
    const contacts = new Map(
      (await client.query<{ id: string; ownerId: string; firstName: string; stage: string }>(`SELECT id, "ownerId", "firstName", stage FROM "Contact"`)).rows.map((row) => [row.id, row]),
    );
    for (const contact of acknowledged.contacts) {
      checked += 1;
      const row = contacts.get(contact.id);
      if (!row || row.ownerId !== contact.ownerId || row.firstName !== contact.firstName) missing.push(`contact ${contact.firstName} (${contact.id})`);
    }
    for (const [contactId, expected] of acknowledged.stages) {
      checked += 1;
      const row = contacts.get(contactId);
      if (row?.stage !== expected.stage) missing.push(`stage ${expected.stage} of ${contactId} (found ${row?.stage})`);
    }
    const drafts = new Map(
      (await client.query<{ contactId: string; ownerId: string; message: string }>(`SELECT "contactId", "ownerId", message FROM "Invitation" WHERE status = 'DRAFT'`)).rows.map((row) => [
        row.contactId,
        row,
      ]),
    );
    for (const [contactId, expected] of acknowledged.drafts) {
      checked += 1;
      const row = drafts.get(contactId);
      if (row?.message !== expected.message || row.ownerId !== expected.ownerId) missing.push(`latest draft of ${contactId}`);
    }
    for (const batch of acknowledged.imports) {
      checked += 1;
      const { rows } = await client.query<{ count: number }>(`SELECT count(*)::int AS count FROM "Contact" WHERE "importId" = $1 AND "ownerId" = $2`, [batch.batchId, batch.ownerId]);
      if (rows[0]!.count !== batch.created) missing.push(`import ${batch.batchId} (${rows[0]!.count} of ${batch.created} contacts)`);
    }
  } finally {
    await client.end();
  }
  if (missing.length) throw new LoadError(`${missing.length} acknowledged writes are missing from the database: ${missing.slice(0, 10).join("; ")}`);
  return checked;
}

async function main(): Promise<number> {
  await buildApp(say);
  let database: ThrowawayDatabase | undefined;
  const instances: AppInstance[] = [];
  const stopAll = async () => {
    await Promise.all(instances.map((instance) => stopApp(instance).catch(() => {})));
    await database?.remove().catch((error: unknown) => say(`Removing the database failed: ${String(error)}`));
    database = undefined;
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void stopAll().finally(() => process.exit(130)));
  // Bounded whatever happens: the run, plus starting and checking, plus a margin.
  const deadline = setTimeout(() => {
    say("Gave up: the load test ran past its time limit.");
    void stopAll().finally(() => process.exit(1));
  }, (DURATION_S + 240) * 1000);
  deadline.unref();

  try {
    database = await createThrowawayDatabase("rapport_load", say);
    await migrate(database.url);
    const users = await createUsers(database.url, USERS, "load");
    const env = {
      DATABASE_URL: database.url,
      NEXTAUTH_SECRET: "rapport-loadtest-secret-not-for-production",
      // Every simulated user signs in from 127.0.0.1: the per-address limits would refuse them, as designed.
      RAPPORT_SIGNIN_LIMIT_PER_ADDRESS: "0",
      RAPPORT_SIGNUP_LIMIT_PER_ADDRESS: "0",
    };
    const ports = [Number(process.env.LOADTEST_PORT_A ?? (await freePort())), Number(process.env.LOADTEST_PORT_B ?? (await freePort()))];
    instances.push(...(await Promise.all(ports.map((port) => startApp(port, env)))));
    say(`Two instances on one database: ${instances.map((instance) => `${instance.base} (pid ${instance.child.pid})`).join(" and ")}.`);

    const ids: Ids = {
      createContact: actionId("lib/contacts/actions.ts", "createContactAction"),
      capture: actionId("lib/capture/actions.ts", "captureAction"),
      saveDraft: actionId("lib/invitations/actions.ts", "saveDraftAction"),
      move: actionId("lib/pipeline/actions.ts", "moveContactAction"),
      confirmImport: actionId("lib/imports/actions.ts", "confirmImportAction"),
    };
    const acknowledged: Acknowledged = { contacts: [], drafts: new Map(), stages: new Map(), imports: [] };
    const simulated = users.map((user, index) => new SimulatedUser(index, user, instances, ids, acknowledged));

    say(`${USERS} simulated users for ${DURATION_S} s, round-robin between the two instances.`);
    const started = performance.now();
    const endAt = started + DURATION_S * 1000;
    await Promise.all(
      simulated.map(async (person, index) => {
        // Arrivals spread over the first second rather than fifty sign-ins at the same instant.
        await new Promise((resolve) => setTimeout(resolve, (index * 1000) / USERS));
        try {
          await person.signIn();
          while (performance.now() < endAt) await person.step();
        } catch (error) {
          errors.push(error instanceof LoadError ? error.message : `${error instanceof Error ? error.message : String(error)}`);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;

    const sorted = [...latencies].sort((a, b) => a - b);
    say(`Requests: ${requests} in ${seconds.toFixed(1)} s = ${(requests / seconds).toFixed(1)} per second (${[...perInstance.values()].join(" + ")} per instance).`);
    say(`Latency: p50 ${percentile(sorted, 50).toFixed(0)} ms, p95 ${percentile(sorted, 95).toFixed(0)} ms, p99 ${percentile(sorted, 99).toFixed(0)} ms, max ${(sorted.at(-1) ?? 0).toFixed(0)} ms.`);
    say(`Errors: ${errors.length}${errors.length ? ` — ${errors.slice(0, 5).join(" | ")}` : ""}.`);
    say(
      `Acknowledged writes: ${acknowledged.contacts.length} contacts (created and captured), ${acknowledged.drafts.size} latest drafts, ${acknowledged.stages.size} card positions, ${acknowledged.imports.length} imports (${acknowledged.imports.filter((batch) => batch.across).length} confirmed on the other instance than the one the file was uploaded to).`,
    );
    const checked = await checkWrites(database.url, acknowledged).catch((error: unknown) => {
      errors.push(error instanceof Error ? error.message : String(error));
      return 0;
    });
    if (checked) say(`Writes checked in the database: ${checked}, none missing.`);
    if (errors.length) {
      say(`FAILED: ${errors.length} errors.${errors.length > 5 ? ` The rest: ${errors.slice(5, 15).join(" | ")}` : ""}`);
      for (const instance of instances) console.error(`[loadtest] ${instance.base}'s last output:\n${instance.output().slice(-3000)}`);
      return 1;
    }
    if (requests === 0) return 1;
    say("Passed.");
    return 0;
  } finally {
    await stopAll();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[loadtest] FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
