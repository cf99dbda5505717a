import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  acquireDataDirLock,
  DataDirLockedError,
  LOCK_FILE_NAME,
  type LockHolder,
  readLockHolder,
} from '../../worker/host/data-dir-lock';
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

function writeLock(dir: string, holder: Partial<LockHolder>): void {
  const full = { pid: 1, hostname: 'x', startedAt: 'then', command: 'node old', token: 't', ...holder };
  fs.writeFileSync(join(dir, LOCK_FILE_NAME), JSON.stringify(full));
}

function pidOfFinishedProcess(): number {
  return spawnSync(process.execPath, ['-e', '']).pid!;
}

describe('data folder lock', () => {
  it('refuses a second opener in the same process, naming this process', () => {
    const dir = makeTempDir();
    const lock = acquireDataDirLock(dir, { command: 'npm start' });
    expect(() => acquireDataDirLock(dir)).toThrowError(DataDirLockedError);
    expect(() => acquireDataDirLock(dir)).toThrowError(`process ${process.pid} (npm start)`);
    lock.release();
  });

  it('frees the folder on release, and release is idempotent', () => {
    const dir = makeTempDir();
    acquireDataDirLock(dir).release();
    const again = acquireDataDirLock(dir);
    again.release();
    again.release();
    expect(readLockHolder(dir)).toBeUndefined();
  });

  it('takes over a lock whose process is gone', () => {
    const dir = makeTempDir();
    writeLock(dir, { pid: pidOfFinishedProcess(), hostname: hostname() });
    const lock = acquireDataDirLock(dir);
    expect(readLockHolder(dir)?.pid).toBe(process.pid);
    lock.release();
  });

  it('takes over a lock whose pid now belongs to a different process', () => {
    const dir = makeTempDir();
    writeLock(dir, { pid: process.ppid, hostname: hostname(), procStart: 'not-its-start-time' });
    const lock = acquireDataDirLock(dir);
    expect(readLockHolder(dir)?.token).toBe(lock.holder.token);
    lock.release();
  });

  it('respects a lock held from another host', () => {
    const dir = makeTempDir();
    writeLock(dir, { pid: 4242, hostname: 'other-host' });
    expect(() => acquireDataDirLock(dir)).toThrowError(/process 4242 \(node old\) on host other-host/);
  });

  it('takes over an unreadable lock file once it is old', () => {
    const dir = makeTempDir();
    const path = join(dir, LOCK_FILE_NAME);
    fs.writeFileSync(path, '');
    const past = new Date(Date.now() - 60_000);
    fs.utimesSync(path, past, past);
    acquireDataDirLock(dir).release();
  });

  it('does not delete a lock that another process took over meanwhile', () => {
    const dir = makeTempDir();
    const lock = acquireDataDirLock(dir);
    writeLock(dir, { pid: 4242, hostname: 'other-host', token: 'someone-else' });
    lock.release();
    expect(readLockHolder(dir)?.token).toBe('someone-else');
  });
});

describe('data folder lock across processes', { timeout: 60_000 }, () => {
  it('refuses a second process, naming the pid and command of the holder', async () => {
    const dir = await copyOfTemplateDataDir(join(makeTempDir(), 'data'));
    const holder = spawnTsx('tests/host/fixtures/hold-open.ts', [dir]);
    children.push(holder);
    const pid = Number((await holder.waitForLine((l) => l.startsWith('ready '))).split(' ')[1]);

    const error = await openEmbeddedDatabase({ dataDir: dir, logger: silentLogger }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataDirLockedError);
    expect((error as Error).message).toContain(`process ${pid} (`);
    expect((error as Error).message).toContain('hold-open.ts');

    const second = spawnTsx('tests/host/fixtures/write-load.ts', [dir]);
    children.push(second);
    const { code } = await second.exited;
    expect(code).not.toBe(0);
    expect(second.stderr()).toContain(`is in use by process ${pid}`);
    expect(second.lines.some((line) => line.startsWith('ready'))).toBe(false);
  });

  it('takes over the lock of a holder that was SIGKILLed, and the folder opens', async () => {
    const dir = await copyOfTemplateDataDir(join(makeTempDir(), 'data'));
    const holder = spawnTsx('tests/host/fixtures/hold-open.ts', [dir]);
    children.push(holder);
    const pid = Number((await holder.waitForLine((l) => l.startsWith('ready '))).split(' ')[1]);
    killHard(pid);
    await holder.exited;
    expect(readLockHolder(dir)?.pid).toBe(pid);

    const db = await openEmbeddedDatabase({ dataDir: dir, logger: silentLogger });
    try {
      expect(readLockHolder(dir)?.pid).toBe(process.pid);
      expect((await db.client.query('SELECT id FROM held')).rows).toEqual([{ id: 1 }]);
    } finally {
      await db.close();
    }
  });
});
