import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import * as schema from '../../schema/index';
import { migrateEmbedded, migratePostgres } from '../../schema/migrate';
import type { Database } from '../db';
import { consoleLogger, type Logger } from '../ports';
import { type Durability, openEmbeddedDatabase } from './pglite';

export interface NodeDatabase {
  db: Database;
  description: string;
  close(): Promise<void>;
}

/**
 * The Node host's database: Postgres when DATABASE_URL is set, else PGlite in DATA_DIR
 * (locked against a second opener). Migrations are applied before anything else runs.
 */
export async function openNodeDatabase(options: {
  databaseUrl?: string;
  dataDir: string;
  logger?: Logger;
  durability?: Durability;
}): Promise<NodeDatabase> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    await migratePostgres(pool);
    return {
      db: drizzlePg(pool, { schema }) as unknown as Database,
      description: `PostgreSQL at ${new URL(options.databaseUrl).host}`,
      close: () => pool.end(),
    };
  }
  const embedded = await openEmbeddedDatabase({
    dataDir: options.dataDir,
    logger: options.logger ?? consoleLogger,
    durability: options.durability,
  });
  try {
    await migrateEmbedded(embedded.client);
  } catch (error) {
    await embedded.close();
    throw error;
  }
  return {
    db: drizzlePglite(embedded.client, { schema }) as unknown as Database,
    description: `embedded PGlite in ${options.dataDir}`,
    close: embedded.close,
  };
}
