import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cloudflareTest } from '@cloudflare/vitest-plugin';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

// Three suites over one app:
// - node:    the API and unit tests on Node against PGlite (tests/support/host.ts).
// - browser: tests/browser/** drive Debian's chromium (CHROMIUM_PATH) against the Node host;
//            they skip with a message when chromium is absent.
// - workerd: tests/workerd/** inside workerd (@cloudflare/vitest-plugin, the Worker of
//   wrangler.toml) against a real PostgreSQL reached through the Neon driver and a local
//   WebSocket→TCP relay.
// The workerd project's global setup (tests/support/global-setup.ts) starts that PostgreSQL
// (or uses TEST_DATABASE_URL) and the relay, only when the project has tests in the run, and
// provides `pgUrl`, `wsProxy`, `pgTemplate`, `pgTemplateError` and `pgSkipReason`. Another
// project that needs PostgreSQL lists the same file; the projects then share one server.
// Without PostgreSQL binaries the Postgres suites skip and say why; CI=true makes it fatal.

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The API suites run on both hosts. tests/support/harness.ts imports its host from './host'
// (tests/support/host.ts: the app on in-memory PGlite). In the workerd project this alias
// swaps that module for tests/workerd/host.ts, which exposes the same createTestHost()/ADMIN
// but builds the app on the Neon driver against a fresh PostgreSQL database per host (copied
// from the migrated template database). Test files stay identical; they only see `host.name`.
// Tests that must import the host directly should import '../support/host' so the alias
// applies to them as well.
const workerdHostAlias = {
  find: /^(?:\.\/|(?:\.\.\/)+(?:tests\/)?support\/)host$/,
  replacement: here('./tests/workerd/host.ts'),
};

// The suites that also run inside workerd (host-neutral files: no node:fs, no PGlite
// imports): the API, search and deal flows, on PostgreSQL through the Neon driver.
// WORKERD_API_SUITES (comma-separated globs) overrides the list for a trial run.
// Without PostgreSQL they are left out (saying so); tests/workerd/** then skip, saying why.
const pgMissing = postgresMissing();
if (pgMissing && !process.env.TECHMARKET_PG_WARNED) {
  process.env.TECHMARKET_PG_WARNED = '1'; // Vitest loads this file more than once.
  console.warn(`[vitest] workerd API suites left out: ${pgMissing}`);
}
const API_SUITES_ON_WORKERD: string[] = pgMissing
  ? []
  : (process.env.WORKERD_API_SUITES?.split(',').filter(Boolean) ?? [
      'tests/api/**/*.test.ts',
      'tests/search-api/**/*.test.ts',
      'tests/deals/flow.test.ts',
      'tests/deals/inquiry-broker.test.ts',
      'tests/deals/negotiation.test.ts',
      'tests/deals/payouts-bank.test.ts',
      'tests/deals/refund-lifecycle.test.ts',
      'tests/deals/refunds-stripe.test.ts',
      'tests/deals/robustness.test.ts',
      'tests/deals/settlement.test.ts',
      'tests/deals/stripe.test.ts',
      // Not tests/deals/postgres.test.ts: it builds its own host on node-postgres (`pg`, TCP
      // sockets), which is Node-only; inside workerd the other suites cover PostgreSQL.
    ]);

// The same lookup as tests/support/postgres.ts (importing it here would need a .ts extension).
function postgresMissing(): string | null {
  if (process.env.TEST_DATABASE_URL) return null;
  const dirs = process.env.PG_BIN
    ? [process.env.PG_BIN]
    : existsSync('/usr/lib/postgresql')
      ? readdirSync('/usr/lib/postgresql').map((v) => `/usr/lib/postgresql/${v}/bin`)
      : [];
  if (dirs.some((dir) => existsSync(`${dir}/initdb`) && existsSync(`${dir}/pg_ctl`))) return null;
  return 'no PostgreSQL binaries (PG_BIN or /usr/lib/postgresql/*/bin); apt-get install -y postgresql, or set TEST_DATABASE_URL';
}

// Inside workerd every dependency goes through Vite; packages that ship sourcemaps without
// their sources (stripe) would print one warning per module. Vitest installs its own logger,
// so the filter wraps the resolved one.
const quietMissingSourcemaps: Plugin = {
  name: 'techmarket:quiet-missing-sourcemaps',
  configResolved(config) {
    const warnOnce = config.logger.warnOnce.bind(config.logger);
    config.logger.warnOnce = (message, options) => {
      if (!/^Sourcemap for .* points to missing source files/.test(message)) warnOnce(message, options);
    };
  },
};

export default defineConfig({
  // Vite 8 transforms with oxc (an `esbuild` block is ignored, with a warning).
  oxc: { jsx: { runtime: 'automatic', importSource: 'hono/jsx' } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
          exclude: ['tests/workerd/**', 'tests/browser/**', 'node_modules/**'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          // One chromium and one server at a time.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        plugins: [
          quietMissingSourcemaps,
          cloudflareTest(({ inject }) => ({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: {
              // The Worker's own bindings in tests: the database through the relay.
              bindings: {
                DATABASE_URL: inject('pgUrl'),
                NEON_WS_PROXY: inject('wsProxy'),
                LOG_LEVEL: 'silent',
              },
            },
          })),
        ],
        resolve: { alias: [workerdHostAlias] },
        test: {
          name: 'workerd',
          globalSetup: ['tests/support/global-setup.ts'],
          include: ['tests/workerd/**/*.test.ts', ...API_SUITES_ON_WORKERD],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
