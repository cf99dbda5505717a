import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { readLockHolder } from '../../worker/host/data-dir-lock';
import { type Started, startServer } from '../support/processes';
import { checkAcknowledgedWrites } from './crash-check';
import { killHard, makeTempDir, removeTempDirs } from './helpers';

// The real server (`worker/node.ts` on PGlite) is killed with SIGKILL while clients write
// listings through the HTTP API; after a restart every write that was answered 201 is there.

afterAll(removeTempDirs);
const servers: Started[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.stop();
});

const PORT = 8895;
const base = `http://127.0.0.1:${PORT}`;

async function post(
  path: string,
  body: unknown,
  token?: string,
  retries = 0,
): Promise<{ status: number; body: Record<string, string> }> {
  try {
    return await postOnce(path, body, token);
  } catch (error) {
    // A kept-alive socket the server closed meanwhile: "other side closed". Retry setup calls.
    if (retries > 0) return post(path, body, token, retries - 1);
    throw error;
  }
}

async function postOnce(path: string, body: unknown, token?: string) {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, string> };
}

const listing = (n: number) => ({
  titleZh: `崩溃测试成果 ${n}`,
  summaryZh: '用于验证服务器在写入过程中被强制终止后的数据完整性。',
  sector: 'ai',
  trl: 4,
  ipType: 'know_how',
  modes: ['transfer'],
  priceType: 'negotiable',
});

describe('the Node server killed with SIGKILL under write load', () => {
  it('keeps every acknowledged listing, and the folder opens and serves again', async () => {
    const dataDir = join(makeTempDir(), 'data');
    const env = { DATA_DIR: dataDir, SEED_DEMO: 'false', LOG_LEVEL: 'silent' };
    servers.push(await startServer('worker/node.ts', PORT, env));
    const seller = await post(
      '/v1/auth/signup',
      { email: 'crash@example.test', password: 'crash-test-1', name: '测试', roles: ['seller'] },
      undefined,
      3,
    );
    expect(seller.status).toBe(201);
    const token = seller.body.token;
    expect(
      (await post('/v1/organizations', { type: 'university', nameZh: '崩溃测试大学' }, token, 3)).status,
    ).toBe(201);

    const acknowledged: string[] = [];
    let stop = false;
    let killed = false;
    const writer = async (worker: number) => {
      for (let n = 0; !stop; n++) {
        try {
          const res = await post('/v1/listings', listing(worker * 100_000 + n), token);
          if (res.status === 201) acknowledged.push(res.body.id as string);
        } catch {
          if (killed) return; // the connection died with the server
          // Otherwise a closed keep-alive socket: the write was not acknowledged, go on.
        }
      }
    };
    const writers = [1, 2, 3, 4].map(writer);
    const deadline = Date.now() + 120_000;
    while (acknowledged.length < 200 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    expect(acknowledged.length).toBeGreaterThanOrEqual(200);
    killed = true;
    killHard(readLockHolder(dataDir)?.pid);
    stop = true;
    await Promise.all(writers);
    servers.splice(0);

    const report = await checkAcknowledgedWrites({ dataDir, ids: acknowledged, table: 'listings' });
    expect(report.missing).toEqual([]);
    expect(report.found).toBe(acknowledged.length);

    const again = await startServer('worker/node.ts', PORT, env);
    servers.push(again);
    const res = await fetch(`${base}/v1/listings?mine=true&limit=1`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);
  }, 180_000);
});
