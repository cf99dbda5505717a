import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from '../schema/index';

/** The Drizzle database every service uses: PGlite on Node, the Neon Pool on Workers, or node Postgres. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

/**
 * How a host hands out a database for one request. On Workers a Pool lives for one request
 * and is closed after the response (in waitUntil); on Node one long-lived database is shared.
 */
export interface DatabaseProvider {
  /** `release` is absent when there is nothing to close (a shared, long-lived database). */
  acquire(): Promise<{ db: Database; release?: () => Promise<void> }>;
}

export function sharedDatabase(db: Database): DatabaseProvider {
  const lease = { db };
  return { acquire: async () => lease };
}
