import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { readLockHolder } from '../../worker/host/data-dir-lock';
import { openEmbeddedDatabase } from '../../worker/host/pglite';
import { installGracefulShutdown } from '../../worker/host/shutdown';
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

async function startHolder(env: Record<string, string> = {}) {
  const dir = await copyOfTemplateDataDir(join(makeTempDir(), 'data'));
  Object.assign(process.env, env);
  const holder = spawnTsx('tests/host/fixtures/hold-open.ts', [dir]);
  for (const key of Object.keys(env)) delete process.env[key];
  children.push(holder);
  const pid = Number((await holder.waitForLine((l) => l.startsWith('ready '))).split(' ')[1]);
  return { dir, holder, pid };
}

describe('graceful shutdown', { timeout: 60_000 }, () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`on ${signal} closes the server, then the database, releases the lock and exits 0`, async () => {
      const { dir, holder, pid } = await startHolder();
      process.kill(pid, signal);
      expect((await holder.exited).code).toBe(0);
      const closed = holder.lines.filter((line) => line.startsWith('closed '));
      expect(closed).toEqual(['closed {"name":"server"}', 'closed {"name":"database"}']);
      expect(readLockHolder(dir)).toBeUndefined();
      const db = await openEmbeddedDatabase({ dataDir: dir, logger: silentLogger });
      expect((await db.client.query('SELECT id FROM held')).rows).toEqual([{ id: 1 }]);
      await db.close();
    });
  }

  it('exits at once on a second signal while closing', async () => {
    const { holder, pid } = await startHolder({ SLOW_CLOSE_MS: '20000' });
    process.kill(pid, 'SIGTERM');
    await holder.waitForLine((line) => line.startsWith('shutting down'));
    await new Promise((resolve) => setTimeout(resolve, 500));
    const started = Date.now();
    process.kill(pid, 'SIGTERM');
    expect((await holder.exited).code).toBe(143);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('runs each closer once, newest first, and exits 1 if one fails', async () => {
    const calls: string[] = [];
    const codes: number[] = [];
    const shutdown = installGracefulShutdown({
      logger: silentLogger,
      signals: [],
      exit: (c) => codes.push(c),
    });
    shutdown.register('database', () => {
      calls.push('database');
    });
    shutdown.register('server', () => {
      calls.push('server');
      throw new Error('server would not close');
    });
    await Promise.all([shutdown.shutdown('test'), shutdown.shutdown('again')]);
    expect(calls).toEqual(['server', 'database']);
    expect(codes).toEqual([1]);
    shutdown.uninstall();
  });
});
