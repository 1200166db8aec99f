// Creates .env from .env.example on first run and loads .env into process.env.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Copies .env.example to .env (when .env is missing) with a freshly generated NEXTAUTH_SECRET. */
export function ensureEnvFile(root: string): { created: boolean } {
  const envPath = path.join(root, ".env");
  if (existsSync(envPath)) return { created: false };

  const examplePath = path.join(root, ".env.example");
  if (!existsSync(examplePath)) {
    throw new Error(`Cannot create .env: ${examplePath} is missing.`);
  }
  const secret = randomBytes(32).toString("base64url");
  const content = readFileSync(examplePath, "utf8").replace(/^NEXTAUTH_SECRET=.*$/m, `NEXTAUTH_SECRET=${secret}`);
  // 0600: the file holds a signing secret (and possibly a database password).
  writeFileSync(envPath, content, { mode: 0o600, flag: "wx" });
  return { created: true };
}

/**
 * What stops the app from starting safely, in one sentence, or null. An empty NEXTAUTH_SECRET (a
 * hand-written .env) would let next-auth sign cookies with nothing secret, or fail on the first sign-in.
 */
export function configurationProblem(env: { NEXTAUTH_SECRET?: string }): string | null {
  const secret = env.NEXTAUTH_SECRET?.trim() ?? "";
  if (secret === "") {
    return "NEXTAUTH_SECRET is empty in .env: set it to a long random value (for example the output of `openssl rand -base64 32`), or delete .env and run `npm start` again to have one generated.";
  }
  return null;
}

/** Loads .env into process.env; variables already set in the environment win. */
export function loadEnvFile(root: string): void {
  const envPath = path.join(root, ".env");
  if (!existsSync(envPath)) return;
  for (const [key, value] of parseEnv(readFileSync(envPath, "utf8"))) {
    if (process.env[key] === undefined) process.env[key] = value;
  }
}

// Hand-written rather than util.parseEnv, which needs Node 20.12 while package.json allows 20.9.
function parseEnv(content: string): Map<string, string> {
  const vars = new Map<string, string>();
  for (const rawLine of content.split(/\r?\n/)) {
    const line = rawLine.trim().replace(/^export\s+/, "");
    if (line === "" || line.startsWith("#")) continue;
    const eq = line.indexOf("=");
    if (eq <= 0) continue;
    vars.set(line.slice(0, eq).trim(), parseValue(line.slice(eq + 1).trim()));
  }
  return vars;
}

function parseValue(raw: string): string {
  const quote = raw[0];
  if (quote === '"' || quote === "'") {
    const end = raw.indexOf(quote, 1);
    if (end > 0) {
      const inner = raw.slice(1, end);
      return quote === '"' ? inner.replace(/\\n/g, "\n") : inner;
    }
  }
  // Unquoted: a " #" starts a trailing comment.
  return raw.replace(/\s+#.*$/, "");
}
