// `npm run db:seed -- --demo`: creates the demo account with sample contacts (npm start does this
// once, on a new embedded database). Refuses to touch an account that already exists.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { hashPassword } from "../lib/auth/password";
import { loadEnvFile } from "./lib/env-file";
import { DEMO_CONTACTS } from "./lib/sample-data";

export const DEMO_EMAIL = "demo@rapport.local";
export const DEMO_PASSWORD = "rapport-demo-2026";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

async function main(): Promise<number> {
  if (!process.argv.includes("--demo")) {
    console.error("usage: tsx scripts/seed.ts --demo");
    return 2;
  }
  loadEnvFile(root);
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL }) });
  try {
    if (await db.user.findUnique({ where: { email: DEMO_EMAIL }, select: { id: true } })) {
      console.log(`The demo account ${DEMO_EMAIL} exists already.`);
      return 0;
    }
    const day = 24 * 3600 * 1000;
    await db.user.create({
      data: {
        email: DEMO_EMAIL,
        name: "Dana Demo",
        passwordHash: await hashPassword(DEMO_PASSWORD),
        contacts: {
          create: DEMO_CONTACTS.map((contact, index) => ({
            ...contact,
            createdAt: new Date(Date.now() - (DEMO_CONTACTS.length - index) * 2 * day),
            stageChangedAt: new Date(Date.now() - index * day),
          })),
        },
      },
    });
    console.log(`Demo account created. Sign in with ${DEMO_EMAIL} / ${DEMO_PASSWORD}`);
    return 0;
  } finally {
    await db.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
