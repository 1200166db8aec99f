import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { configurationProblem, ensureEnvFile } from "./env-file";

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe("configurationProblem", () => {
  it("stops the start when NEXTAUTH_SECRET is empty or blank, saying how to fix it", () => {
    for (const secret of [undefined, "", "   "]) {
      expect(configurationProblem({ NEXTAUTH_SECRET: secret })).toMatch(/^NEXTAUTH_SECRET is empty in \.env: set it to .+ or delete \.env/);
    }
  });

  it("accepts a secret", () => {
    expect(configurationProblem({ NEXTAUTH_SECRET: "V1c2b3JkLXNlY3JldC1mb3ItdGhlLXRlc3Qtb25seQ" })).toBeNull();
  });
});

describe("ensureEnvFile", () => {
  it("writes .env from .env.example with a generated secret that passes the check, readable by its owner only", () => {
    const root = mkdtempSync(path.join(tmpdir(), "rapport-env-"));
    folders.push(root);
    writeFileSync(path.join(root, ".env.example"), "# comment\nNEXTAUTH_SECRET=\nPORT=3000\n");
    expect(ensureEnvFile(root).created).toBe(true);
    const written = readFileSync(path.join(root, ".env"), "utf8");
    const secret = /^NEXTAUTH_SECRET=(.*)$/m.exec(written)?.[1];
    expect(configurationProblem({ NEXTAUTH_SECRET: secret })).toBeNull();
    expect(statSync(path.join(root, ".env")).mode & 0o777).toBe(0o600);
    expect(ensureEnvFile(root).created).toBe(false);
  });
});
