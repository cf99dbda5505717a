import type { SQL } from 'drizzle-orm';

// The embedded engine needs only `execute` and `transaction`, so it accepts any Drizzle
// Postgres database — PGlite on Node, the Neon Pool on Workers, node-postgres in scripts —
// and never depends on the app's schema type.

export interface SqlExecutor {
  execute(query: SQL): PromiseLike<unknown>;
}

export interface SearchDatabase extends SqlExecutor {
  transaction<T>(run: (tx: SqlExecutor) => Promise<T>): Promise<T>;
}

/** Drivers disagree on the result shape (PGlite and pg: `{ rows }`, postgres-js: an array). */
export async function rowsOf<T>(db: SqlExecutor, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
