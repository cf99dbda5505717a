// `npm run search:setup` applies the engine's indexes and settings (Meilisearch: attributes,
// synonyms, dictionary; embedded: its tables); `npm run search:reindex` rebuilds the index
// from the database with a progress bar. Both open the database like the server (locked).
import { runSearchReindex, runSearchSetup } from '../../search/cli';
import { createSearchEngine } from '../../search/create';
import { parseConfig } from '../config';
import { silentLogger } from '../ports';
import { openNodeDatabase } from './node-database';

const command = process.argv[2];
if (command !== 'setup' && command !== 'reindex') {
  console.error('usage: search-cli.ts setup|reindex');
  process.exit(2);
}
const config = parseConfig(process.env);
const database = await openNodeDatabase({
  databaseUrl: config.DATABASE_URL,
  dataDir: config.DATA_DIR,
  logger: silentLogger,
});
try {
  const engine = createSearchEngine(database.db, config);
  if (command === 'setup') await runSearchSetup(engine, process.stdout);
  else await runSearchReindex(database.db, engine, process.stdout);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await database.close();
}
