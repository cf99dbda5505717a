import { type Column, getTableColumns, is, SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../../worker/db';

/**
 * Bulk insert as one JSON parameter per chunk: `INSERT … SELECT * FROM jsonb_populate_recordset`.
 * Drizzle's multi-row `.values()` builds its SQL in time quadratic in the number of bind
 * parameters (~1 s for 300 listings, minutes for 100k), and Postgres caps a statement at
 * 65,535 parameters; a single JSON document has neither problem. Every NOT NULL column
 * without a plain default (timestamps included) must be present in the rows.
 */
export async function insertRows<T extends PgTable>(
  db: Database,
  table: T,
  rows: readonly T['$inferInsert'][],
  size = 1000,
): Promise<void> {
  const columns = Object.entries(getTableColumns(table)) as [string, Column][];
  for (let i = 0; i < rows.length; i += size) {
    const records = rows.slice(i, i + size).map((row) => toRecord(columns, row as Record<string, unknown>));
    await db.execute(
      sql`insert into ${table} select * from jsonb_populate_recordset(null::${table}, ${JSON.stringify(records)}::jsonb)`,
    );
  }
}

function toRecord(columns: [string, Column][], row: Record<string, unknown>): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const [property, column] of columns) {
    const value = row[property];
    record[column.name] = value === undefined ? defaultOf(column) : value;
  }
  return record;
}

/** Plain and function defaults are applied here; SQL defaults (now()) cannot be, hence the rule above. */
function defaultOf(column: Column): unknown {
  if (column.defaultFn) return column.defaultFn();
  if (column.default !== undefined && !is(column.default, SQL)) return column.default;
  return null;
}
