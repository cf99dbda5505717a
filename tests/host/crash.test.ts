import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { readLockHolder } from '../../worker/host/data-dir-lock';
import { checkAcknowledgedWrites } from './crash-check';
import { killHard, makeTempDir, removeTempDirs, type SpawnedScript, spawnTsx } from './helpers';

afterAll(removeTempDirs);

const children: SpawnedScript[] = [];
afterEach(() => {
  for (const { child } of children.splice(0)) killHard(child.pid);
});

/** Runs the write load until at least `minAcks` new commits, then SIGKILLs the writer mid-write. */
async function writeThenKill(dataDir: string, minAcks: number): Promise<number[]> {
  const writer = spawnTsx('tests/host/fixtures/write-load.ts', [dataDir]);
  children.push(writer);
  await writer.waitForLine((line) => line.startsWith('ready '));
  const acks = () => writer.lines.filter((line) => line.startsWith('ack '));
  const deadline = Date.now() + 30_000;
  while (acks().length < minAcks && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  // The process holding the folder is the real writer (tsx runs it as a child): kill that one.
  killHard(readLockHolder(dataDir)?.pid);
  killHard(writer.child.pid);
  await writer.exited;
  return acks().map((line) => Number(line.slice(4)));
}

describe('SIGKILL in the middle of a write load', () => {
  it('keeps every acknowledged write and the folder opens, over repeated kills', async () => {
    const dataDir = join(makeTempDir(), 'data');
    const acknowledged: number[] = [];
    for (const minAcks of [300, 150, 150]) {
      const acks = await writeThenKill(dataDir, minAcks);
      expect(acks.length).toBeGreaterThanOrEqual(minAcks);
      acknowledged.push(...acks);
      const report = await checkAcknowledgedWrites({ dataDir, ids: acknowledged });
      expect(report.missing).toEqual([]);
      expect(report.found).toBe(acknowledged.length);
    }
  }, 120_000);
});
