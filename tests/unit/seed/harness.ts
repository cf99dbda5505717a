// A fresh in-memory market database per test file: PGlite with pg_trgm, every migration applied.
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import * as schema from '../../../schema/index';
import type { Database } from '../../../worker/db';

export async function freshDatabase(): Promise<{ db: Database; close: () => Promise<void> }> {
  const client = new PGlite({ extensions: { pg_trgm } });
  await client.exec('CREATE EXTENSION IF NOT EXISTS pg_trgm');
  const db = drizzle(client, { schema });
  await migrate(db, { migrationsFolder: 'schema/migrations' });
  return { db: db as unknown as Database, close: () => client.close() };
}
