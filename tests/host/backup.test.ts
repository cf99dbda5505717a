import * as fs from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { backupDataDir, restoreDataDir } from '../../worker/host/backup-cli';
import { openEmbeddedDatabase } from '../../worker/host/pglite';
import { silentLogger } from '../../worker/ports';
import {
  copyOfTemplateDataDir,
  killHard,
  makeTempDir,
  removeTempDirs,
  type SpawnedScript,
  spawnTsx,
} from './helpers';

afterAll(removeTempDirs);

const children: SpawnedScript[] = [];
afterEach(() => {
  for (const { child } of children.splice(0)) killHard(child.pid);
});

async function probeNames(dataDir: string): Promise<string[]> {
  const db = await openEmbeddedDatabase({ dataDir, logger: silentLogger });
  try {
    const { rows } = await db.client.query<{ name: string }>('SELECT name FROM probe ORDER BY id');
    return rows.map((row) => row.name);
  } finally {
    await db.close();
  }
}

describe('npm run backup / npm run restore', { timeout: 60_000 }, () => {
  it('round-trips the rows through a gzip tarball', async () => {
    const root = makeTempDir();
    const source = await copyOfTemplateDataDir(join(root, 'source'));
    const out = join(root, 'backups', 'b.tar.gz');
    const backup = await backupDataDir({ dataDir: source, out, logger: silentLogger });
    expect(backup.file).toBe(out);
    expect(fs.readFileSync(out).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));

    const target = join(root, 'target');
    const restored = await restoreDataDir({ dataDir: target, file: out, logger: silentLogger });
    expect(restored.movedAside).toBeUndefined();
    expect(await probeNames(target)).toEqual(['one', 'two', 'three']);
  });

  it('refuses to back up while a server holds the folder, naming it and saying to stop it', async () => {
    const root = makeTempDir();
    const dir = await copyOfTemplateDataDir(join(root, 'data'));
    const server = spawnTsx('tests/host/fixtures/hold-open.ts', [dir]);
    children.push(server);
    const pid = Number((await server.waitForLine((l) => l.startsWith('ready '))).split(' ')[1]);

    const cli = spawnTsx('worker/host/backup-cli.ts', [
      'backup',
      '--data-dir',
      dir,
      '--out',
      join(root, 'x.tar.gz'),
    ]);
    const { code } = await cli.exited;
    expect(code).toBe(1);
    expect(cli.stderr()).toContain(`is in use by process ${pid}`);
    expect(cli.stderr()).toContain(`Stop the server first (it is process ${pid})`);
    expect(fs.existsSync(join(root, 'x.tar.gz'))).toBe(false);
  });

  it('refuses to restore over existing data without --force', async () => {
    const root = makeTempDir();
    const dir = await copyOfTemplateDataDir(join(root, 'data'));
    const { file } = await backupDataDir({ dataDir: dir, out: join(root, 'b.tar.gz'), logger: silentLogger });
    await expect(restoreDataDir({ dataDir: dir, file, logger: silentLogger })).rejects.toThrow(
      /already holds a database\. Run again with --force/,
    );
  });

  it('with --force moves the old folder aside and restores the backup', async () => {
    const root = makeTempDir();
    const dir = await copyOfTemplateDataDir(join(root, 'data'));
    const { file } = await backupDataDir({ dataDir: dir, out: join(root, 'b.tar.gz'), logger: silentLogger });
    const db = await openEmbeddedDatabase({ dataDir: dir, logger: silentLogger });
    await db.client.query("UPDATE probe SET name = 'changed after the backup'");
    await db.close();

    const cli = spawnTsx('worker/host/backup-cli.ts', ['restore', '--data-dir', dir, '--force', file]);
    expect((await cli.exited).code).toBe(0);
    const aside = fs.readdirSync(root).find((name) => name.startsWith('data.before-restore-'));
    expect(aside).toBeDefined();
    expect(await probeNames(dir)).toEqual(['one', 'two', 'three']);
    expect(await probeNames(join(root, aside!))).toEqual(Array(3).fill('changed after the backup'));
  });

  it('leaves the folder as it was when the backup file is not a backup', async () => {
    const root = makeTempDir();
    const dir = await copyOfTemplateDataDir(join(root, 'data'));
    const bogus = join(root, 'bogus.tar.gz');
    fs.writeFileSync(bogus, 'not a tarball');
    await expect(
      restoreDataDir({ dataDir: dir, file: bogus, force: true, logger: silentLogger }),
    ).rejects.toThrow(/Restoring .* failed/);
    expect(fs.readdirSync(root).filter((name) => name.startsWith('data.'))).toEqual([]);
    expect(await probeNames(dir)).toEqual(['one', 'two', 'three']);
  });
});
