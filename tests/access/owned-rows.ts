// A snapshot of everything one user owns, for "user B's call changed nothing of user A's": the User row, every row
// of every table with a foreign key to it (ownerId today, whatever it is called tomorrow), and then every row that
// points at one of those rows (an encounter of someone else's at this user's event would show up as a new row here).
// The tables are read from PostgreSQL's catalogue, so a new table is covered without an edit. Plain `pg`, so both
// the integration tests and the browser tests can use it.
import pg from "pg";

type ForeignKey = { table: string; column: string; references: string };
export type OwnedRows = Record<string, Record<string, unknown>>;

/** The catalogue read once per connection: the tables do not change while the tests run. */
const foreignKeysOf = new WeakMap<pg.Client, Promise<ForeignKey[]>>();

function foreignKeys(client: pg.Client): Promise<ForeignKey[]> {
  let keys = foreignKeysOf.get(client);
  if (!keys) foreignKeysOf.set(client, (keys = readForeignKeys(client)));
  return keys;
}

async function readForeignKeys(client: pg.Client): Promise<ForeignKey[]> {
  const { rows } = await client.query<ForeignKey>(`
    SELECT source.relname AS "table", attribute.attname AS "column", target.relname AS "references"
    FROM pg_constraint constraint_
    JOIN pg_class source ON source.oid = constraint_.conrelid
    JOIN pg_class target ON target.oid = constraint_.confrelid
    JOIN pg_namespace namespace ON namespace.oid = source.relnamespace
    JOIN pg_attribute attribute ON attribute.attrelid = constraint_.conrelid AND attribute.attnum = constraint_.conkey[1]
    WHERE constraint_.contype = 'f' AND namespace.nspname = current_schema() AND array_length(constraint_.conkey, 1) = 1
    ORDER BY 1, 2`);
  return rows;
}

/**
 * Every row `userId` owns or that points at something they own, by table and id, in a stable order. `database` is a
 * connection string (a connection is opened and closed) or a connected client to reuse.
 */
export async function ownedRows(database: string | pg.Client, userId: string): Promise<OwnedRows> {
  const client = typeof database === "string" ? new pg.Client({ connectionString: database }) : database;
  if (typeof database === "string") await client.connect();
  try {
    const keys = await foreignKeys(client);
    const found = new Map<string, Map<string, unknown>>();
    /** Adds the rows not seen yet; returns their ids. */
    const add = (table: string, rows: { key: string; row: unknown }[]) => {
      const byId = found.get(table) ?? new Map<string, unknown>();
      found.set(table, byId);
      const added: string[] = [];
      for (const { key, row } of rows) {
        if (byId.has(key)) continue;
        byId.set(key, row);
        added.push(key);
      }
      return added;
    };
    // One round trip per step along the foreign keys: the rows that point at the rows found in the step before.
    const step = async (wanted: { table: string; column: string; ids: string[] }[]) => {
      const parts = wanted.map(
        ({ table, column }, index) =>
          `SELECT '${table}' AS "table", coalesce(to_jsonb(t)->>'id', to_jsonb(t)::text) AS key, to_jsonb(t) AS row FROM "${table}" t WHERE t."${column}"::text = ANY($${index + 1})`,
      );
      return (await client.query<{ table: string; key: string; row: unknown }>(parts.join(" UNION ALL "), wanted.map(({ ids }) => ids))).rows;
    };
    let frontier = new Map<string, string[]>([["User", add("User", await step([{ table: "User", column: "id", ids: [userId] }]))]]);
    while (frontier.size > 0) {
      const wanted = keys.flatMap((key) => (frontier.get(key.references)?.length ? [{ ...key, ids: frontier.get(key.references)! }] : []));
      if (wanted.length === 0) break;
      const next = new Map<string, string[]>();
      const rows = await step(wanted);
      for (const table of new Set(rows.map((row) => row.table))) {
        const added = add(table, rows.filter((row) => row.table === table));
        if (added.length) next.set(table, added);
      }
      frontier = next;
    }
    const snapshot: OwnedRows = {};
    for (const table of [...found.keys()].sort()) {
      const rows = found.get(table)!;
      if (rows.size === 0) continue;
      snapshot[table] = Object.fromEntries([...rows.entries()].sort(([a], [b]) => a.localeCompare(b)));
    }
    return snapshot;
  } finally {
    if (typeof database === "string") await client.end();
  }
}
