// /insights at scale: with 50,000 contacts and 100,000 invitations for one user (and a smaller second user), each
// panel's query (exactly the SQL getInsights runs) reads the big tables through indexes, never a sequential scan.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { eventsSql, insightsScope, receivedSql, sentSql, thankYousSql } from "@/lib/insights/queries";
import type { Period } from "@/lib/insights/types";
import { removeInsightsNetwork, seedInsightsNetwork } from "@/scripts/lib/insights-seed";
import { createUser } from "./database";

const NOW = new Date("2026-11-28T12:00:00Z");
const PERIODS: Period[] = [
  { preset: "all", from: null, to: "2026-11-28" },
  { preset: "90d", from: "2026-08-31", to: "2026-11-28" },
];
const PANELS = { received: receivedSql, sent: sentSql, thankYous: thankYousSql, events: eventsSql };
const BIG_TABLES = /Seq Scan on "(Invitation|Contact|Activity)"/;

async function plan(query: Prisma.Sql): Promise<string> {
  const rows = await db.$queryRaw<{ "QUERY PLAN": string }[]>`EXPLAIN ${query}`;
  return rows.map((row) => row["QUERY PLAN"]).join("\n");
}

describe("Insights at 50,000 contacts", () => {
  let owner: string;
  let second: string;

  beforeAll(async () => {
    owner = (await createUser("Big Network")).id;
    second = (await createUser("Second")).id;
    const tag = randomUUID().slice(0, 8);
    await seedInsightsNetwork(db, owner, `p${tag}a`, { contacts: 50_000, invitations: 100_000 }, NOW);
    await seedInsightsNetwork(db, second, `p${tag}b`, { contacts: 5_000, invitations: 10_000, events: 20 }, NOW);
    // What autovacuum does to a table this size after a bulk write: statistics and the visibility map. FULL first
    // compacts what earlier runs left behind in this database, so the plans are those of a network this size.
    for (const table of ["Contact", "Invitation", "Activity", "Encounter", "Event", "FollowUp"]) {
      await db.$executeRawUnsafe(`VACUUM FULL "${table}"`);
      await db.$executeRawUnsafe(`VACUUM ANALYZE "${table}"`);
    }
  }, 120_000);

  // The next run (and the other tests) find the tables as they were: the plans depend on who owns how much.
  afterAll(() => removeInsightsNetwork(db, [owner, second]), 60_000);

  for (const period of PERIODS) {
    for (const [panel, sql] of Object.entries(PANELS)) {
      it(`reads ${panel} (${period.preset}) through indexes`, async () => {
        const text = await plan(sql(insightsScope(owner, period, "America/New_York")));
        expect(text, text).not.toMatch(BIG_TABLES);
      });
    }
  }
});
