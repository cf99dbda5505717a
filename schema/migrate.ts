import { fileURLToPath } from 'node:url';
import type { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type pg from 'pg';
import * as schema from './index';

// Migrations are applied from code (drizzle-kit migrate exits 1 silently on PGlite when a
// migration needs pg_trgm). Node only: Workers run against a database already migrated.

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('./migrations', import.meta.url));

export async function migrateEmbedded(client: PGlite) {
  await client.exec('CREATE EXTENSION IF NOT EXISTS pg_trgm');
  await migratePglite(drizzlePglite(client, { schema }), { migrationsFolder: MIGRATIONS_FOLDER });
}

export async function migratePostgres(pool: pg.Pool) {
  await pool.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
  await migratePg(drizzlePg(pool, { schema }), { migrationsFolder: MIGRATIONS_FOLDER });
}
