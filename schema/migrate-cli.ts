// `npm run db:migrate`: applies the committed migrations to DATABASE_URL (Neon or Postgres),
// or to the embedded database in DATA_DIR when DATABASE_URL is not set.
import { openNodeDatabase } from '../worker/host/node-database';

const handle = await openNodeDatabase({
  databaseUrl: process.env.DATABASE_URL,
  dataDir: process.env.DATA_DIR ?? './.data',
});
try {
  console.log(`migrated ${handle.description}`);
} finally {
  await handle.close();
}
