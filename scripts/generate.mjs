// Runs `prisma generate` offline: the CLI insists on a schema engine binary existing, so point
// it at a stub (scripts/schema-engine-stub.sh) unless the developer set a real one.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY:
    process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? path.join(root, "scripts", "schema-engine-stub.sh"),
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
};
const prisma = path.join(root, "node_modules", ".bin", "prisma");
const result = spawnSync(prisma, ["generate"], { cwd: root, env, stdio: "inherit" });
process.exit(result.status ?? 1);
