// The path the Workers host depends on, end to end: inside workerd, the Neon driver's
// WebSocket Pool reaches a real PostgreSQL through the relay, and interactive transactions
// (several round trips on one connection, then ROLLBACK or COMMIT) behave.
import type { Pool } from '@neondatabase/serverless';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { announceSkip, openPool, pgSkipReason } from './postgres';

announceSkip('the Neon driver transaction checks');

describe.skipIf(Boolean(pgSkipReason))('Neon Pool inside workerd against PostgreSQL', () => {
  let pool: Pool;
  const table = `neon_probe_${Math.random().toString(36).slice(2, 10)}`;

  beforeEach(async () => {
    pool = openPool();
    await pool.query(`CREATE TABLE IF NOT EXISTS ${table} (id serial PRIMARY KEY, label text NOT NULL)`);
  });

  afterEach(async () => {
    await pool.query(`DROP TABLE IF EXISTS ${table}`);
    await pool.end();
  });

  it('runs inside workerd', () => {
    expect(navigator.userAgent).toBe('Cloudflare-Workers');
  });

  it('answers a query from PostgreSQL 15 or newer', async () => {
    const { rows } = await pool.query<{ version: number }>('SELECT current_setting($1)::int AS version', [
      'server_version_num',
    ]);
    expect(rows[0]!.version).toBeGreaterThanOrEqual(150000);
  });

  it('sees its own insert inside a transaction and nothing after ROLLBACK', async () => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const inserted = await client.query<{ id: number }>(
        `INSERT INTO ${table} (label) VALUES ($1) RETURNING id`,
        ['成果 achievement'],
      );
      const inside = await client.query<{ label: string }>(`SELECT label FROM ${table} WHERE id = $1`, [
        inserted.rows[0]!.id,
      ]);
      expect(inside.rows).toEqual([{ label: '成果 achievement' }]);
      await client.query('ROLLBACK');
    } finally {
      client.release();
    }
    const after = await pool.query(`SELECT count(*)::int AS n FROM ${table}`);
    expect(after.rows[0]).toEqual({ n: 0 });
  });

  it('keeps a committed insert, and another connection sees it', async () => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(`INSERT INTO ${table} (label) VALUES ($1)`, ['committed']);
      await client.query('COMMIT');
    } finally {
      client.release();
    }
    const other = openPool();
    try {
      const { rows } = await other.query(`SELECT label FROM ${table}`);
      expect(rows).toEqual([{ label: 'committed' }]);
    } finally {
      await other.end();
    }
  });

  it('isolates an uncommitted write from a second connection', async () => {
    const writer = await pool.connect();
    const reader = await pool.connect();
    try {
      await writer.query('BEGIN');
      await writer.query(`INSERT INTO ${table} (label) VALUES ('pending')`);
      const seen = await reader.query(`SELECT count(*)::int AS n FROM ${table}`);
      expect(seen.rows[0]).toEqual({ n: 0 });
      await writer.query('ROLLBACK');
    } finally {
      writer.release();
      reader.release();
    }
  });
});
