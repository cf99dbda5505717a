// `npm run seed -- --listings 100000 [--demands N] [--tenant hub] [--seed 1] [--batch 1000]`
// `npm run seed -- --demo`  (the demo market, as `npm start` seeds it on an empty folder)
// Opens DATA_DIR (locked: stop a running server first) or DATABASE_URL, migrates, seeds.
import { parseArgs } from 'node:util';
import { runSearchReindex } from '../../search/cli';
import { createSearchEngine } from '../../search/create';
import { ConfigError, parseConfig } from '../../worker/config';
import { type NodeDatabase, openNodeDatabase } from '../../worker/host/node-database';
import { consoleLogger } from '../../worker/ports';
import { seedDemoMarket } from './demo';
import { seedLargeMarket } from './large';

const USAGE =
  'usage: npm run seed -- [--demo] [--listings N] [--demands N] [--tenant slug] [--seed N] [--batch N] [--skip-index]';

/** The one place that decides which database the seed writes to; migrations are applied on open. */
function openDatabase(config: { DATABASE_URL?: string; DATA_DIR: string }): Promise<NodeDatabase> {
  return openNodeDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    logger: consoleLogger,
  });
}

function count(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.replace(/_/g, ''));
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`--${name} must be a non-negative integer, got "${value}"`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      demo: { type: 'boolean', default: false },
      listings: { type: 'string' },
      demands: { type: 'string' },
      tenant: { type: 'string', default: 'hub' },
      seed: { type: 'string', default: '1' },
      batch: { type: 'string', default: '1000' },
      help: { type: 'boolean', short: 'h', default: false },
      'skip-index': { type: 'boolean', default: false },
    },
  });
  const listings = count(values.listings, 'listings');
  if (values.help || (!values.demo && listings === undefined)) {
    console.log(USAGE);
    return;
  }
  const config = parseConfig(process.env);
  const database = await openDatabase(config);
  console.log(`seeding ${database.description}`);
  try {
    if (values.demo) {
      const demo = await seedDemoMarket(database.db, {
        adminEmail: config.ADMIN_EMAIL,
        adminPassword: config.ADMIN_PASSWORD,
      });
      console.log(
        demo.created
          ? `demo market: ${demo.listings} listings, ${demo.demands} demands, ${demo.organizations} organizations, ${demo.deals} deals in ${demo.ms} ms`
          : `demo market: the hub already has listings, nothing written (checked in ${demo.ms} ms)`,
      );
      console.log(`demo accounts (password ${demo.password}): ${demo.users.map((u) => u.email).join(', ')}`);
    }
    if (listings !== undefined) {
      await seedLargeMarket(database.db, {
        listings,
        demands: count(values.demands, 'demands'),
        tenant: values.tenant,
        seed: count(values.seed, 'seed'),
        batchSize: Math.max(1, count(values.batch, 'batch') ?? 1000),
      });
    }
    // Seeding writes rows directly (no outbox events): bring the search index up to date.
    if (!values['skip-index'])
      await runSearchReindex(database.db, createSearchEngine(database.db, config), process.stdout);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  // Expected failures (bad flags or configuration, a locked or damaged folder) get their message only.
  const expected =
    error instanceof ConfigError ||
    (error instanceof Error &&
      (/^DataDir(Locked|Unreadable)Error$/.test(error.name) || error.message.startsWith('--')));
  console.error(expected ? `\n${(error as Error).message}\n` : error);
  process.exit(1);
});
