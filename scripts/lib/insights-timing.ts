// Times getInsights called directly (no HTTP, no rendering) for `npm run bench`'s insights part. Run by bench.ts as
// `tsx --conditions=react-server scripts/lib/insights-timing.ts <userId> <timeZone> <count>` with DATABASE_URL set:
// lib/insights/queries.ts is server-only. Prints one JSON line: p50/p95/max in ms for each period.
import { getInsights } from "../../lib/insights/queries";
import { parsePeriod } from "../../lib/insights/period";
import { db } from "../../lib/db";

const [userId, timeZone = "UTC", countText = "100"] = process.argv.slice(2);
const count = Number(countText);

async function main() {
  const figures: Record<string, { p50: number; p95: number; max: number }> = {};
  for (const preset of ["all", "90d"]) {
    const { period } = parsePeriod({ period: preset }, timeZone, new Date());
    for (let i = 0; i < 10; i++) await getInsights(userId!, period, timeZone); // warm-up
    const times: number[] = [];
    for (let i = 0; i < count; i++) {
      const began = performance.now();
      await getInsights(userId!, period, timeZone);
      times.push(performance.now() - began);
    }
    times.sort((a, b) => a - b);
    const at = (p: number) => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)]!;
    figures[preset] = { p50: at(50), p95: at(95), max: times.at(-1)! };
  }
  console.log(JSON.stringify(figures));
}

main()
  .then(() => db.$disconnect())
  .catch(async (error: unknown) => {
    console.error(error);
    await db.$disconnect();
    process.exit(1);
  });
