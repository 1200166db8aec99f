// `npm run db:deploy | db:check | db:migrate -- <name>`: Prisma migrations offline (see lib/migrator.ts).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadEnvFile } from "./lib/env-file";
import { Migrator, takeEnginePanic } from "./lib/migrator";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const usage = "usage: tsx scripts/migrate.ts deploy | check | migrate <name> [--schema FILE] [--migrations DIR]";

// --schema and --migrations point at another schema and folder (the runner's own tests use them).
function option(args: string[], flag: string, fallback: string): string {
  const index = args.indexOf(flag);
  return index >= 0 && args[index + 1] ? path.resolve(args[index + 1]!) : fallback;
}

async function main(args: string[]): Promise<number> {
  const [command, name] = args.filter((arg, index) => !arg.startsWith("--") && !args[index - 1]?.startsWith("--"));
  loadEnvFile(root);
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error("DATABASE_URL is not set: run `npm start` once (it starts the embedded database), or set it in .env.");
    return 2;
  }
  const migrator = await Migrator.open({
    databaseUrl,
    schemaPath: option(args, "--schema", path.join(root, "prisma", "schema.prisma")),
    migrationsDir: option(args, "--migrations", path.join(root, "prisma", "migrations")),
  });

  try {
    return await run(migrator, command, name);
  } catch (error) {
    console.error(`Migration failed: ${migrator.describeError(error)}`);
    return 1;
  }
}

async function run(migrator: Migrator, command: string | undefined, name: string | undefined): Promise<number> {
  switch (command) {
    case "deploy": {
      const applied = await migrator.deploy();
      console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "Database is up to date.");
      return 0;
    }
    case "check": {
      const sql = await migrator.pendingSchemaChange();
      if (!sql) {
        console.log("Schema and migrations agree.");
        return 0;
      }
      console.error("prisma/schema.prisma differs from prisma/migrations. Run `npm run db:migrate -- <name>`. Missing:\n" + sql);
      return 1;
    }
    case "migrate": {
      if (!name || !/^[a-z0-9_]+$/i.test(name)) {
        console.error("Give the migration a name of letters, digits and underscores: npm run db:migrate -- add_events");
        return 2;
      }
      const created = await migrator.migrate(name);
      console.log(created ? `Created and applied migration ${created}` : "No schema changes: nothing to migrate.");
      return 0;
    }
    default:
      console.error(usage);
      return 2;
  }
}

// A panic traps inside the engine's own task, outside any promise this script awaits.
process.on("uncaughtException", (error) => {
  console.error(`Migration failed: ${describe(error)}`);
  process.exit(1);
});

// The engine leaves timers running, so the process is ended explicitly once the command is done.
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Migration failed: ${describe(error)}`);
    process.exit(1);
  },
);

function describe(error: unknown): string {
  const panic = takeEnginePanic();
  if (panic) return `the schema engine panicked: ${panic}`;
  if (error instanceof Error) return error.message;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}
