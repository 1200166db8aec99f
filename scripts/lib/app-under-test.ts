// What `npm run loadtest` and `npm run test:resilience` share: built app instances started by their binary and
// stopped by PID, users written straight into the database, and a client that does over HTTP what a browser does —
// signs in through next-auth, reads pages, and calls server actions as React does (POST with the Next-Action header,
// the arguments encoded by React's own encodeReply). Traffic goes to 127.0.0.1 only.
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { hashPassword } from "../../lib/auth/password";
import { buildIfStale } from "./build";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

/** Runs a command to its end with our output; resolves its exit code. */
export function run(command: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
    child.once("error", reject);
    child.once("exit", (code) => resolve(code ?? 1));
  });
}

export async function buildApp(say: (line: string) => void): Promise<void> {
  if ((await buildIfStale(root, (command, args) => run(command, args), say)) !== 0) throw new Error("The build failed.");
}

export async function migrate(databaseUrl: string): Promise<void> {
  if ((await run(bin("tsx"), ["scripts/migrate.ts", "deploy"], { DATABASE_URL: databaseUrl })) !== 0) throw new Error("Applying the migrations failed.");
}

export type AppInstance = { base: string; port: number; child: ChildProcess; output: () => string };

/** `next start` on 127.0.0.1:port, in its own process group; resolves once /login answers 200. */
export async function startApp(port: number, env: Record<string, string>, timeoutMs = 120_000): Promise<AppInstance> {
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(bin("next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production", NEXTAUTH_URL: base, ...env },
  });
  let text = "";
  const keep = (chunk: Buffer) => {
    text = (text + chunk.toString()).slice(-20_000);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const instance: AppInstance = { base, port, child, output: () => text };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start on port ${port} exited early:\n${text}`);
    try {
      if ((await fetch(`${base}/login`, { redirect: "manual" })).status === 200) return instance;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  await stopApp(instance);
  throw new Error(`next start on port ${port} did not serve /login within ${timeoutMs / 1000} s:\n${text}`);
}

/** SIGTERM to the instance's process group (by its PID), SIGKILL after 10 s. */
export async function stopApp(instance: AppInstance): Promise<void> {
  const { child } = instance;
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // already gone
    }
  };
  signal("SIGTERM");
  const timer = setTimeout(() => signal("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export type TestUser = { id: string; email: string; password: string };

/** Users written straight into the database (as the browser tests' fixtures do): sign-up is not what is measured. */
export async function createUsers(databaseUrl: string, count: number, label: string): Promise<TestUser[]> {
  const password = `load-${randomUUID()}`;
  const passwordHash = await hashPassword(password);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const users: TestUser[] = [];
    for (let index = 0; index < count; index += 1) {
      const email = `${label}-${index}-${randomUUID().slice(0, 8)}@load.rapport.local`;
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") VALUES ($1, $2, $3, $4, now()) RETURNING id`,
        [`u${randomUUID().replaceAll("-", "").slice(0, 24)}`, email, `${label} ${index}`, passwordHash],
      );
      users.push({ id: rows[0]!.id, email, password });
    }
    return users;
  } finally {
    await client.end();
  }
}

/** The id of a server action in the build, found by its file and exported name. */
export function actionId(filename: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(root, ".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.filename === filename && entry.exportedName === exportedName);
  if (!found) throw new Error(`No server action ${exportedName} from ${filename} in the build: build the app again.`);
  return found[0];
}

// React's own encoding of an action's arguments, as the browser sends them (from the copy Next ships).
const { encodeReply } = createRequire(path.join(root, "package.json"))("next/dist/compiled/react-server-dom-webpack/client.node.js") as {
  encodeReply: (value: unknown[]) => Promise<string | FormData>;
};

export type Answer = { status: number; ms: number; text: string; headers: Headers };

/** One signed-in browser: keeps its cookies, and sends each request to the instance the caller picks. */
export class Browser {
  private cookies = new Map<string, string>();

  private cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  private keepCookies(headers: Headers): void {
    for (const line of headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      this.cookies.set(pair!.slice(0, at).trim(), pair!.slice(at + 1).trim());
    }
  }

  async request(base: string, pathname: string, init: RequestInit = {}, timeoutMs = 30_000): Promise<Answer> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set("cookie", this.cookieHeader());
    if (init.method && init.method !== "GET") headers.set("origin", base);
    const started = performance.now();
    const response = await fetch(`${base}${pathname}`, { ...init, headers, redirect: "manual", signal: AbortSignal.timeout(timeoutMs) });
    const text = await response.text();
    this.keepCookies(response.headers);
    return { status: response.status, ms: performance.now() - started, text, headers: response.headers };
  }

  /** Signs in as the sign-in form does (next-auth's credentials callback); throws unless a session cookie comes back. */
  async signIn(base: string, user: TestUser): Promise<Answer[]> {
    const csrf = await this.request(base, "/api/auth/csrf");
    const { csrfToken } = JSON.parse(csrf.text) as { csrfToken: string };
    const body = new URLSearchParams({ csrfToken, email: user.email, password: user.password, json: "true", callbackUrl: `${base}/today` });
    const callback = await this.request(base, "/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body,
    });
    if (![...this.cookies.keys()].some((name) => name.endsWith("next-auth.session-token"))) {
      throw new Error(`Signing in as ${user.email} failed (status ${callback.status}): ${callback.text.slice(0, 300)}`);
    }
    return [csrf, callback];
  }

  /** Calls a server action from the page it belongs to, with the arguments React would send. */
  async action(base: string, pagePath: string, id: string, args: unknown[]): Promise<Answer> {
    const body = await encodeReply(args);
    const headers: Record<string, string> = { "next-action": id, accept: "text/x-component" };
    if (typeof body === "string") headers["content-type"] = "text/plain;charset=UTF-8";
    return this.request(base, pagePath, { method: "POST", headers, body });
  }
}

/** A contact form's fields as FormData. */
export function formData(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}
