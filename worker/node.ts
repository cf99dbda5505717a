// The Node host (`npm start`): the same app as on Workers, on embedded defaults — PGlite in
// DATA_DIR (or Postgres at DATABASE_URL), the in-process outbox drainer, files on disk.

import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { bootstrap } from '../schema/bootstrap';
import { seedDemoMarket } from '../schema/seed/demo';
import { runSearchReindex } from '../search/cli';
import { createSearchFactory } from '../search/create';
import { EmbeddedSearchEngine } from '../search/embedded/engine';
import { diskBlobStore } from './adapters/disk-blobs';
import { logMailer } from './adapters/mailers';
import { createApp } from './app';
import { ConfigError, parseConfig } from './config';
import { sharedDatabase } from './db';
import { openNodeDatabase } from './host/node-database';
import { installGracefulShutdown } from './host/shutdown';
import { enableListingCache } from './modules/listings/row-cache';
import { outboxHandlers } from './outbox/handlers';
import { inProcessOutbox } from './outbox/in-process';
import { consoleLoggerAt, systemClock } from './ports';

async function main() {
  const startedAt = performance.now();
  const config = parseConfig(process.env);
  const logger = consoleLoggerAt(config.LOG_LEVEL);
  const shutdown = installGracefulShutdown({ logger });
  const database = await openNodeDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    logger,
    durability: config.PGLITE_DURABILITY,
  });
  shutdown.register('database', database.close);
  // One process, one PGlite connection: hot listing rows may be served from memory.
  if (!config.DATABASE_URL) enableListingCache(database.db);

  const { adminCreated } = await bootstrap(database.db, {
    email: config.ADMIN_EMAIL,
    password: config.ADMIN_PASSWORD,
  });
  const demo = config.SEED_DEMO
    ? await seedDemoMarket(database.db, {
        adminEmail: config.ADMIN_EMAIL,
        adminPassword: config.ADMIN_PASSWORD,
      })
    : null;

  const search = createSearchFactory(config);
  if (demo?.created) await runSearchReindex(database.db, search.forDb(database.db), process.stdout);
  const engine = search.forDb(database.db);
  if (engine instanceof EmbeddedSearchEngine)
    void engine.warm().catch((error) => logger.warn('search warm-up failed', { error: String(error) }));
  const mailer = logMailer(logger);
  const outbox = inProcessOutbox({
    db: database.db,
    handlers: outboxHandlers({ config, logger, search: search.forDb, mailer }),
    clock: systemClock,
    logger,
  });
  shutdown.register('outbox', outbox.stop);
  const app = createApp({
    config,
    database: sharedDatabase(database.db),
    queue: outbox,
    blobs: diskBlobStore(join(config.DATA_DIR, 'blobs')),
    mailer,
    clock: systemClock,
    logger,
    search: search.forDb,
  });

  const server = serve({ fetch: app.fetch, port: config.PORT, hostname: '0.0.0.0' });
  shutdown.register('http server', () => new Promise<void>((resolve) => server.close(() => resolve())));
  server.on('listening', () => {
    const ms = Math.round(performance.now() - startedAt);
    const url = config.PUBLIC_URL ?? `http://localhost:${config.PORT}`;
    console.log(
      [
        '',
        `  TechMarket 科技成果交易大市场 is running at ${url}  (ready in ${ms} ms)`,
        `  database: ${database.description}`,
        `  API docs: ${url}/docs`,
        `  platform admin: ${config.ADMIN_EMAIL} / ${process.env.ADMIN_PASSWORD ? '(from ADMIN_PASSWORD)' : config.ADMIN_PASSWORD}${adminCreated ? ' (created now)' : ''}`,
        demo?.created
          ? `  demo market seeded: ${demo.listings} listings, ${demo.demands} demands, ${demo.organizations} organizations`
          : '',
        demo
          ? `  demo users (password ${demo.password}): ${demo.users
              .slice(0, 8)
              .map((u) => u.email)
              .join(', ')} …`
          : '',
        '',
      ]
        .filter((line) => line !== '')
        .join('\n'),
    );
  });
}

main().catch((error) => {
  if (
    error instanceof ConfigError ||
    error?.name === 'DataDirLockedError' ||
    error?.name === 'DataDirUnreadableError'
  ) {
    console.error(`\n${error.message}\n`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
