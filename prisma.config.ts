// Prisma CLI configuration. Only `prisma generate` is run through the CLI here;
// migrations go through scripts/migrate.ts (see README, "Migrations").
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/rapport" },
});
