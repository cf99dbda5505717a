// A fresh in-memory database with the migrations applied and an embedded engine over it.
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import * as schema from '../../schema/index';
import { type EmbeddedOptions, EmbeddedSearchEngine } from '../../search/embedded/engine';
import type { SearchVisibility } from '../../search/port';

export async function searchDatabase() {
  const client = await PGlite.create({ extensions: { pg_trgm } });
  const db = drizzle(client, { schema });
  await migrate(db, { migrationsFolder: 'schema/migrations' });
  return { client, db };
}

export async function embeddedEngine(options: EmbeddedOptions = {}) {
  const { client, db } = await searchDatabase();
  const engine = new EmbeddedSearchEngine(db, options);
  await engine.ensureIndexes();
  return { client, db, engine };
}

export const HUB = 'tnt_hub';
export const PARTNER = 'tnt_partner';

export const hubVisibility: SearchVisibility = {
  tenantId: HUB,
  hubTenantId: HUB,
  syndication: { mode: 'own' },
};
