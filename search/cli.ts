// The bodies of `npm run search:setup` and `npm run search:reindex`; the host script opens
// the database and builds the engine from configuration, then calls one of these.
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { progressBar, reindexAll } from './indexer';
import type { SearchEngine } from './port';

interface Output {
  write(text: string): unknown;
}

export async function runSearchSetup(engine: SearchEngine, out: Output): Promise<void> {
  out.write(`search: applying ${engine.name} indexes and settings …\n`);
  await engine.ensureIndexes();
  out.write('search: ready\n');
}

export async function runSearchReindex<S extends Record<string, unknown>>(
  db: PgDatabase<PgQueryResultHKT, S>,
  engine: SearchEngine,
  out: Output,
): Promise<void> {
  const started = Date.now();
  await engine.ensureIndexes();
  let last = '';
  await reindexAll(db, engine, (p) => {
    if (last && !last.startsWith(p.index)) out.write('\n');
    last = progressBar(p);
    out.write(`\r${last}`);
  });
  out.write(`\nsearch: reindexed in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
