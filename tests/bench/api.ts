// The foundation benchmark (issue 2): the Node host on PGlite with 10k listings, measured
// beside a bare Hono route in the same run (the ratio is the figure), and start-up time.

import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { run, startServer } from '../support/processes';
import { measureSteal } from './cpu-steal';
import { pacedLoad } from './paced-load';

const CONNECTIONS = 32;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const WARM_UP_SECONDS = 3;
/** Paced runs per route, alternating bare Hono and the API so both meet the same VM weather. */
const PACED_RUNS = Number(process.env.BENCH_PACED_RUNS ?? 5);

interface Row {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  /** Steal (%) on the servers' CPU during the measured run; null where /proc/stat is absent. */
  steal: number | null;
}

/** CPU pinning for the load phase, when taskset exists and there are two CPUs or more. */
function pinning(): { server: number; load: number } | null {
  if (process.env.BENCH_PIN === 'false' || availableParallelism() < 2) return null;
  const pinned = spawnSync('taskset', ['-a', '-cp', '1', String(process.pid)], { stdio: 'ignore' });
  return pinned.status === 0 ? { server: 0, load: 1 } : null;
}

/**
 * Keeps the servers' CPU from halting while they wait for the next request. On a virtual
 * machine a halted vCPU is woken through the hypervisor, and that wake-up (counted as steal)
 * took 5-15 ms at the 99th percentile here, even for bare Hono at a tenth of its rate; with
 * this it took 2-3 ms. A busy loop at SCHED_IDLE priority runs only when nothing else wants
 * the CPU, so it takes no time from the servers (what the `haltpoll` cpuidle governor does
 * for latency-sensitive guests). BENCH_KEEP_AWAKE=false measures without it.
 */
function keepAwake(cpu: number | undefined): (() => void) | null {
  if (process.env.BENCH_KEEP_AWAKE === 'false' || cpu === undefined) return null;
  if (spawnSync('chrt', ['--idle', '0', 'true']).status !== 0) return null;
  const spinner = spawn(
    'chrt',
    ['--idle', '0', 'taskset', '-c', String(cpu), process.execPath, '-e', 'for(;;){}'],
    { stdio: 'ignore' },
  );
  return () => spinner.kill('SIGKILL');
}

/** Load at full speed: each connection sends its next request as soon as it has an answer. */
async function load(
  name: string,
  url: string,
  serverCpu: number | undefined,
  paths?: string[],
): Promise<Row> {
  const run = (duration: number) =>
    autocannon({
      url,
      connections: CONNECTIONS,
      duration,
      // Requests built once and cycled: a setupRequest function rebuilds each request in the
      // load generator, which then ran out of CPU before the server did.
      requests: paths?.map((path) => ({ path })),
    });
  // An unmeasured warm-up first, the same for every route: the JIT, the caches and the
  // connections settle, so the figures describe a running server rather than its first seconds.
  await run(WARM_UP_SECONDS);
  const steal = measureSteal();
  const result = await run(SECONDS);
  return {
    name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
    steal: steal(serverCpu),
  };
}

/** Load at a fixed rate (see paced-load.ts); the caller warms the server up first. */
async function paced(
  name: string,
  url: string,
  paths: string[],
  rate: number,
  serverCpu: number | undefined,
): Promise<Row> {
  const steal = measureSteal();
  const result = await pacedLoad({ url, paths, rate, connections: CONNECTIONS, seconds: SECONDS });
  return { name, ...result, steal: steal(serverCpu) };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const percent = (value: number | null) => (value === null ? '—' : `${value.toFixed(1)} %`);

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
    const stopKeepingAwake = keepAwake(pin?.server);
    try {
      const page = (await (await fetch('http://127.0.0.1:8791/v1/listings?limit=100')).json()) as {
        items: { id: string }[];
      };
      const ids = page.items.map((l) => `/v1/listings/${l.id}`);
      const cpu = pin?.server;
      const bareRow = await load('bare Hono GET /', 'http://127.0.0.1:8790/', cpu);
      const base = bareRow.rps;
      const listingBytes = (await (await fetch(`http://127.0.0.1:8791${ids[0]}`)).arrayBuffer()).byteLength;
      const rows = [
        bareRow,
        await load(
          `bare Hono, a ${listingBytes}-byte body`,
          `http://127.0.0.1:8790/sized/${listingBytes}`,
          cpu,
        ),
        await load('GET /v1/listings/{id}', 'http://127.0.0.1:8791', cpu, ids),
        await load('GET /v1/listings?limit=20', 'http://127.0.0.1:8791/v1/listings?limit=20', cpu),
      ];
      // The target read as one condition: serving a tenth of what bare Hono serves,
      // the answers come within 5 ms at the 99th percentile (latency at a given load). Both
      // servers are already warm from the runs above.
      const tenth = Math.round(base / 10);
      // An unmeasured paced warm-up of each server first: the switch from the list load above
      // (and the load generator's own first run) cost the first measured run 15-20 ms at p99.
      for (const [url, paths] of [
        ['http://127.0.0.1:8790', ['/']],
        ['http://127.0.0.1:8791', ids],
      ] as const)
        await pacedLoad({
          url,
          paths: [...paths],
          rate: tenth,
          connections: CONNECTIONS,
          seconds: WARM_UP_SECONDS,
        });
      const bareRuns: Row[] = [];
      const apiRuns: Row[] = [];
      for (let i = 0; i < PACED_RUNS; i++) {
        bareRuns.push(await paced('bare', 'http://127.0.0.1:8790', ['/'], tenth, cpu));
        apiRuns.push(await paced('api', 'http://127.0.0.1:8791', ids, tenth, cpu));
      }
      console.log(
        `\nNode host, PGlite, ${listings} listings, ${CONNECTIONS} connections, ${SECONDS} s each after a ${WARM_UP_SECONDS} s warm-up`,
      );
      console.log(
        pin
          ? `servers pinned to CPU ${pin.server}, load generator to CPU ${pin.load} (taskset); steal = hypervisor time taken from CPU ${pin.server} during the run`
          : 'servers and load generator share the CPUs (no taskset, or one CPU); steal = hypervisor time taken from all CPUs',
      );
      console.log(
        stopKeepingAwake
          ? `CPU ${pin?.server} kept awake by an idle-priority busy loop (BENCH_KEEP_AWAKE=false to measure without)`
          : 'no keep-awake loop: on a VM the wake-up of a halted CPU counts in the latencies',
      );
      console.log('\nAt full speed (autocannon: each connection sends again as soon as it is answered)');
      console.table(
        rows.map((r) => ({
          route: r.name,
          'req/s': Math.round(r.rps),
          'p50 ms': r.p50,
          'p99 ms': r.p99,
          'vs bare Hono': `${((r.rps / base) * 100).toFixed(1)} %`,
          errors: r.errors,
          steal: percent(r.steal),
        })),
      );
      console.log(
        `\nAt ${tenth} req/s, a tenth of bare Hono's rate (open loop, latency from the scheduled send), ${PACED_RUNS} runs each, alternating`,
      );
      const pacedRow = (route: string, runs: Row[]) => ({
        route,
        'p50 ms': median(runs.map((r) => r.p50)),
        'p99 ms (median run)': median(runs.map((r) => r.p99)),
        'p99 ms of each run (steal)': runs.map((r) => `${r.p99} (${percent(r.steal)})`).join(' · '),
        errors: runs.reduce((sum, r) => sum + r.errors, 0),
      });
      console.table([pacedRow(`bare Hono GET /`, bareRuns), pacedRow('GET /v1/listings/{id}', apiRuns)]);
      startups.sort((a, b) => a - b);
      console.table([
        {
          measure: 'npm start → first 200 (existing data folder), median of 3',
          ms: Math.round(startups[1] ?? 0),
        },
      ]);
      return { rows, bareRuns, apiRuns, startupMs: startups[1] ?? 0 };
    } finally {
      await api.stop();
      await bare.stop();
      stopKeepingAwake?.();
      if (pin) spawnSync('taskset', ['-a', '-cp', `0-${availableParallelism() - 1}`, String(process.pid)]);
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runApiBench();
