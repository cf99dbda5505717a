import * as fs from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readLockHolder } from '../../worker/host/data-dir-lock';
import { DataDirUnreadableError, openEmbeddedDatabase } from '../../worker/host/pglite';
import { silentLogger } from '../../worker/ports';
import { copyOfTemplateDataDir, makeTempDir, removeTempDirs } from './helpers';

afterAll(removeTempDirs);

describe('openEmbeddedDatabase', { timeout: 60_000 }, () => {
  it('creates a missing folder, loads pg_trgm, makes commits durable, and closes once', async () => {
    const dir = join(makeTempDir(), 'nested', 'data');
    const db = await openEmbeddedDatabase({ dataDir: dir, logger: silentLogger });
    expect(fs.existsSync(join(dir, 'pg', 'PG_VERSION'))).toBe(true);
    expect(readLockHolder(dir)?.pid).toBe(process.pid);
    const { rows } = await db.client.query<{ s: number }>("SELECT similarity('patent', 'patents') AS s");
    expect(rows[0]!.s).toBeGreaterThan(0.5);
    expect((await db.client.query('SHOW fsync')).rows).toEqual([{ fsync: 'on' }]);
    await Promise.all([db.close(), db.close()]);
    await db.close();
    expect(db.client.closed).toBe(true);
    expect(readLockHolder(dir)).toBeUndefined();
  });

  it('keeps data across a close and reopen', async () => {
    const dir = await copyOfTemplateDataDir(join(makeTempDir(), 'data'));
    const db = await openEmbeddedDatabase({ dataDir: dir, logger: silentLogger });
    await db.client.query("INSERT INTO probe VALUES (4, 'four')");
    await db.close();
    const again = await openEmbeddedDatabase({ dataDir: dir, logger: silentLogger });
    expect((await again.client.query('SELECT count(*)::int AS n FROM probe')).rows).toEqual([{ n: 4 }]);
    await again.close();
  });
});

describe('a data folder that will not open', { timeout: 60_000 }, () => {
  const corruptions: Record<string, (pgDir: string) => void> = {
    'overwritten pg_control': (pgDir) => overwrite(join(pgDir, 'global', 'pg_control')),
    'overwritten catalog under global': (pgDir) => overwrite(join(pgDir, 'global', '1262')),
    'overwritten WAL (Postgres PANIC, WASM abort)': (pgDir) => {
      for (const name of fs.readdirSync(join(pgDir, 'pg_wal')).filter((n) => /^[0-9A-F]{24}$/.test(n))) {
        overwrite(join(pgDir, 'pg_wal', name));
      }
    },
  };

  for (const [name, corrupt] of Object.entries(corruptions)) {
    it(`stops with the folder and the recovery commands: ${name}`, async () => {
      const dir = await copyOfTemplateDataDir(join(makeTempDir(), 'data'));
      corrupt(join(dir, 'pg'));
      const error = await openEmbeddedDatabase({ dataDir: dir, logger: silentLogger }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(DataDirUnreadableError);
      const message = (error as Error).message;
      expect(message).toContain(`The database in ${dir} will not open`);
      expect(message).toContain(`DATA_DIR=${dir} npm run restore -- --force`);
      expect(message).toContain(`mv ${dir} ${dir}.broken-`);
      expect(message).not.toMatch(/at .*chunk-.*\.js/);
      expect(readLockHolder(dir)).toBeUndefined();
    });
  }
});

function overwrite(file: string): void {
  const size = Math.max(fs.statSync(file).size, 8192);
  const garbage = Buffer.alloc(size, 0x5a);
  fs.writeFileSync(file, garbage);
}
