import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from '../schema/index';

/** The Drizzle database every service uses: PGlite on Node, the Neon Pool on Workers, or node Postgres. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

/**
 * How a host hands out a database for one request. On Workers a Pool lives for one request
 * and is closed after the response (in waitUntil); on Node one long-lived database is shared.
 */
export interface DatabaseProvider {
  acquire(): Promise<{ db: Database; release: () => Promise<void> }>;
}

export function sharedDatabase(db: Database): DatabaseProvider {
  return { acquire: async () => ({ db, release: async () => {} }) };
}
