// The Node test host: the real app on an in-memory PGlite with the real migrations.
// The workerd suite aliases this module to tests/workerd/host.ts (Neon driver → PostgreSQL).
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle } from 'drizzle-orm/pglite';
import { bootstrap } from '../../schema/bootstrap';
import * as schema from '../../schema/index';
import { migrateEmbedded } from '../../schema/migrate';
import { createSearchFactory } from '../../search/create';
import { memoryMailer } from '../../worker/adapters/mailers';
import { memoryBlobStore } from '../../worker/adapters/memory-blobs';
import { createApp } from '../../worker/app';
import { parseConfig } from '../../worker/config';
import { type Database, sharedDatabase } from '../../worker/db';
import type { Deps } from '../../worker/env';
import { enableListingCache } from '../../worker/modules/listings/row-cache';
import { drainAll } from '../../worker/outbox/drainer';
import { outboxHandlers } from '../../worker/outbox/handlers';
import { type Queue, silentLogger, systemClock } from '../../worker/ports';

export interface TestHost {
  name: 'node' | 'workerd';
  fetch(request: Request): Promise<Response>;
  db: Database;
  deps: Deps;
  close(): Promise<void>;
}

export const ADMIN = { email: 'admin@techmarket.test', password: 'admin-password-1' };

export async function createTestHost(overrides: Partial<Deps> = {}): Promise<TestHost> {
  const client = await PGlite.create({ extensions: { pg_trgm } });
  await migrateEmbedded(client);
  const db = drizzle(client, { schema }) as unknown as Database;
  await bootstrap(db, ADMIN);
  // As on the Node host: PGlite, one connection, so the suite runs with the listing row cache.
  enableListingCache(db);
  const search = createSearchFactory({}).forDb;
  const config = parseConfig({ NODE_ENV: 'test', ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });
  // Like the Node host's in-process outbox, but drained before the request answers, so a test
  // that publishes and then searches is deterministic. Tests of the outbox itself pass noopQueue.
  const queue: Queue = {
    notify: async () => {
      await drainAll(db, outboxHandlers({ config, logger: silentLogger, search }), {
        clock: systemClock,
        logger: silentLogger,
      });
    },
  };
  const deps: Deps = {
    search,
    config,
    database: sharedDatabase(db),
    queue,
    blobs: memoryBlobStore(),
    mailer: memoryMailer(),
    clock: systemClock,
    logger: silentLogger,
    ...overrides,
  };
  const app = createApp(deps);
  return {
    name: 'node',
    fetch: async (request) => app.fetch(request),
    db,
    deps,
    close: () => client.close(),
  };
}
