// The migrated template database the Postgres-backed suites copy from: migrations run once
// per test run here (Node, node-postgres), and each test host takes a fresh copy with
// CREATE DATABASE … TEMPLATE, which costs milliseconds instead of a migration run.
import { createRequire } from 'node:module';
import type pg from 'pg';
import { migratePostgres } from '../../schema/migrate';

// pg is CommonJS; the globalSetup module runner loads it reliably only through require.
const { Pool } = createRequire(import.meta.url)('pg') as typeof pg;

export const TEMPLATE_DATABASE = 'techmarket_template';

/** Creates (or re-creates) the template database next to `url` and migrates it. */
export async function prepareTemplate(url: string, name = TEMPLATE_DATABASE): Promise<string> {
  const admin = new Pool({ connectionString: url, max: 1 });
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const template = new Pool({ connectionString: withDatabase(url, name), max: 1 });
  try {
    await migratePostgres(template);
  } finally {
    // A template must have no open sessions when it is copied.
    await template.end();
  }
  return name;
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
