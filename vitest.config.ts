// Unit tests live beside their source; integration tests in tests/integration run against a real
// PostgreSQL whose URL scripts/test.ts passes in DATABASE_URL.
import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
const resolve = {
  alias: {
    "@": root,
    // Outside Next, "server-only" would throw on import; the real guard is Next's bundler.
    "server-only": path.join(root, "node_modules/server-only/empty.js"),
  },
};

export default defineConfig({
  resolve,
  test: {
    projects: [
      { resolve, test: { name: "unit", include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "components/**/*.test.ts"], environment: "node" } },
      {
        resolve,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          setupFiles: ["tests/integration/setup.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
