// The foundation benchmark (issue 2): the Node host on PGlite with 10k listings, measured
// beside a bare Hono route in the same run (the ratio is the figure), and start-up time.

import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { run, startServer } from '../support/processes';
import { pacedLoad } from './paced-load';

const CONNECTIONS = 32;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const WARM_UP_SECONDS = 3;

interface Row {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

/** CPU pinning for the load phase, when taskset exists and there are two CPUs or more. */
function pinning(): { server: number; load: number } | null {
  if (process.env.BENCH_PIN === 'false' || availableParallelism() < 2) return null;
  const pinned = spawnSync('taskset', ['-a', '-cp', '1', String(process.pid)], { stdio: 'ignore' });
  return pinned.status === 0 ? { server: 0, load: 1 } : null;
}

/** Load at full speed: each connection sends its next request as soon as it has an answer. */
async function load(name: string, url: string, paths?: string[]): Promise<Row> {
  const run = (duration: number) =>
    autocannon({
      url,
      connections: CONNECTIONS,
      duration,
      requests: paths
        ? [{ setupRequest: (req) => ({ ...req, path: paths[Math.floor(Math.random() * paths.length)] }) }]
        : undefined,
    });
  // An unmeasured warm-up first, the same for every route: the JIT, the caches and the
  // connections settle, so the figures describe a running server rather than its first seconds.
  await run(WARM_UP_SECONDS);
  const result = await run(SECONDS);
  return {
    name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

/** Load at a fixed rate after the same warm-up (see paced-load.ts). */
async function paced(name: string, url: string, paths: string[], rate: number): Promise<Row> {
  const options = { url, paths, rate, connections: CONNECTIONS };
  await pacedLoad({ ...options, seconds: WARM_UP_SECONDS });
  return { name, ...(await pacedLoad({ ...options, seconds: SECONDS })) };
}

export async function runApiBench(listings = Number(process.env.BENCH_LISTINGS ?? 10_000)) {
  const dataDir = await mkdtemp(join(tmpdir(), 'techmarket-bench-'));
  const env = { DATA_DIR: dataDir, SEED_DEMO: 'false', LOG_LEVEL: 'silent' };
  try {
    console.log(`seeding ${listings} listings into ${dataDir} …`);
    await run(
      'node_modules/.bin/tsx',
      ['schema/seed/cli.ts', '--listings', String(listings), '--demands', '0'],
      env,
    );

    const startups: number[] = [];
    for (let i = 0; i < 3; i++) {
      const s = await startServer('worker/node.ts', 8791, env);
      startups.push(s.msToFirst200);
      await s.stop();
    }
    // On a machine with spare cores the servers get one CPU and the load generator (this
    // process) another, so the two do not take turns on the same core and skew the tails.
    const pin = pinning();
    const bare = await startServer('tests/bench/bare-hono.ts', 8790, {}, '/', pin?.server);
    const api = await startServer('worker/node.ts', 8791, env, '/health', pin?.server);
    try {
      const page = (await (await fetch('http://127.0.0.1:8791/v1/listings?limit=100')).json()) as {
        items: { id: string }[];
      };
      const ids = page.items.map((l) => `/v1/listings/${l.id}`);
      const bareRow = await load('bare Hono GET /', 'http://127.0.0.1:8790/');
      const base = bareRow.rps;
      // The target read as one condition: serving a tenth of what bare Hono serves,
      // the answers come within 5 ms at the 99th percentile (latency at a given load).
      const tenth = Math.round(base / 10);
      const rows = [
        bareRow,
        await load('GET /v1/listings/{id}', 'http://127.0.0.1:8791', ids),
        await load('GET /v1/listings?limit=20', 'http://127.0.0.1:8791/v1/listings?limit=20'),
        await paced(`bare Hono GET / at ${tenth} req/s`, 'http://127.0.0.1:8790', ['/'], tenth),
        await paced(`GET /v1/listings/{id} at ${tenth} req/s`, 'http://127.0.0.1:8791', ids, tenth),
      ];
      console.log(
        `\nNode host, PGlite, ${listings} listings, ${CONNECTIONS} connections, ${SECONDS} s each after a ${WARM_UP_SECONDS} s warm-up`,
      );
      console.log(
        pin
          ? `servers pinned to CPU ${pin.server}, load generator to CPU ${pin.load} (taskset)`
          : 'servers and load generator share the CPUs (no taskset, or one CPU)',
      );
      console.table(
        rows.map((r) => ({
          route: r.name,
          'req/s': Math.round(r.rps),
          'p50 ms': r.p50,
          'p99 ms': r.p99,
          'vs bare Hono': `${((r.rps / base) * 100).toFixed(1)} %`,
          errors: r.errors,
        })),
      );
      startups.sort((a, b) => a - b);
      console.table([
        {
          measure: 'npm start → first 200 (existing data folder), median of 3',
          ms: Math.round(startups[1] ?? 0),
        },
      ]);
      return { rows, startupMs: startups[1] ?? 0 };
    } finally {
      await api.stop();
      await bare.stop();
      if (pin) spawnSync('taskset', ['-a', '-cp', `0-${availableParallelism() - 1}`, String(process.pid)]);
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runApiBench();
