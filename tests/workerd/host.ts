// The workerd test host: the same contract as tests/support/host.ts (createTestHost, ADMIN,
// TestHost), with the app built the way worker/index.ts builds it on Workers: the Neon
// driver (a WebSocket Pool per request, released in waitUntil) against a real PostgreSQL.
// Each host gets its own database, copied from the migrated template, so suites stay as
// isolated as with a fresh PGlite. In the workerd project, vitest.config.mts aliases
// tests/support/host.ts to this file; test files do not change.

import { bootstrap } from '../../schema/bootstrap';
import { createSearchFactory } from '../../search/create';
import { memoryMailer } from '../../worker/adapters/mailers';
import { memoryBlobStore } from '../../worker/adapters/memory-blobs';
import { createApp } from '../../worker/app';
import { parseConfig } from '../../worker/config';
import type { Deps } from '../../worker/env';
import { neonDatabase } from '../../worker/host/neon';
import { noopQueue, silentLogger, systemClock } from '../../worker/ports';
// Type-only: erased at build time, so the alias never loops back into the PGlite host.
import type { TestHost } from '../support/host';
import {
  openPool,
  pgSkipReason,
  pgTemplate,
  pgTemplateError,
  pgUrl,
  withDatabase,
  wsProxy,
} from './postgres';

export type { TestHost };

export const ADMIN = { email: 'admin@techmarket.test', password: 'admin-password-1' };

export async function createTestHost(overrides: Partial<Deps> = {}): Promise<TestHost> {
  if (pgSkipReason) throw new Error(`The workerd host needs PostgreSQL: ${pgSkipReason}`);
  if (!pgTemplate)
    throw new Error(`The workerd host needs the migrated template database: ${pgTemplateError}`);
  const name = `host_${crypto.randomUUID().replaceAll('-', '').slice(0, 16)}`;
  await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${pgTemplate}`);
  const database = neonDatabase(withDatabase(pgUrl, name), wsProxy);
  // One long-lived connection pool for the harness's direct inserts and reads.
  const { db, release } = await database.acquire();
  await bootstrap(db, ADMIN);
  const deps: Deps = {
    search: createSearchFactory({}).forDb,
    config: parseConfig({ NODE_ENV: 'test', ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password }),
    database,
    queue: noopQueue,
    blobs: memoryBlobStore(),
    mailer: memoryMailer(),
    clock: systemClock,
    logger: silentLogger,
    ...overrides,
  };
  const app = createApp(deps);
  const pending = new Set<Promise<unknown>>();
  const ctx = {
    waitUntil(promise: Promise<unknown>) {
      const tracked = promise.catch(() => {}).finally(() => pending.delete(tracked));
      pending.add(tracked);
    },
    passThroughOnException() {},
    props: {},
  } as unknown as ExecutionContext;
  return {
    name: 'workerd',
    fetch: async (request) => app.fetch(request, {}, ctx),
    db,
    deps,
    async close() {
      await Promise.all(pending);
      await release?.();
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

async function adminQuery(sql: string) {
  const pool = openPool(pgUrl);
  try {
    await pool.query(sql);
  } finally {
    await pool.end();
  }
}
