// Vitest globalSetup of the projects that use PostgreSQL (the `workerd` project; add it to
// any other project that needs it). Vitest runs a project's global setup only when that
// project has tests in the run, so `vitest run --project node` or a filter that matches no
// Postgres suite pays nothing. The projects of one run share one server (kept on globalThis
// of the main process). It starts a throwaway PostgreSQL (or uses TEST_DATABASE_URL) and the
// WebSocket→TCP relay, and `provide`s to the project:
//   inject('pgUrl')           postgres://… for Node-side drivers (pg, drizzle node-postgres)
//   inject('wsProxy')         host:port/v2 for neonConfig.wsProxy / NEON_WS_PROXY (workerd)
//   inject('pgTemplate')      a database with the migrations applied, to copy per test host
//   inject('pgTemplateError') why there is no template ('' when there is one)
//   inject('pgSkipReason')    why PostgreSQL is unavailable ('' when it is up)
// Without PostgreSQL binaries the Postgres suites skip and say why; with CI=true (or
// REQUIRE_POSTGRES=1) a missing PostgreSQL fails the run instead.
import type { TestProject } from 'vitest/node';
import { type PostgresServer, startPostgres } from './postgres';
import { startWsRelay, type WsRelay } from './ws-relay';

export interface PostgresContext {
  pgUrl: string;
  wsProxy: string;
  pgTemplate: string;
  pgTemplateError: string;
  pgSkipReason: string;
}

declare module 'vitest' {
  export interface ProvidedContext extends PostgresContext {}
}

interface Shared {
  users: number;
  ready: Promise<{ context: PostgresContext; stop: () => Promise<void> }>;
}

const KEY = Symbol.for('techmarket.test.postgres');
const registry = globalThis as typeof globalThis & { [KEY]?: Shared };

export default async function setup(project: TestProject) {
  registry[KEY] ??= { users: 0, ready: start() };
  const shared = registry[KEY];
  shared.users += 1;
  const { context } = await shared.ready;
  for (const [key, value] of Object.entries(context)) project.provide(key as keyof PostgresContext, value);
  return async () => {
    shared.users -= 1;
    if (shared.users > 0) return;
    delete registry[KEY];
    await (await shared.ready).stop();
  };
}

async function start(): Promise<{ context: PostgresContext; stop: () => Promise<void> }> {
  let postgres: PostgresServer | undefined;
  let relay: WsRelay | undefined;
  const stop = async () => {
    await relay?.close();
    await postgres?.stop();
  };
  try {
    postgres = await startPostgres();
    relay = await startWsRelay();
  } catch (error) {
    await stop();
    const reason = error instanceof Error ? error.message : String(error);
    if (process.env.CI === 'true' || process.env.REQUIRE_POSTGRES === '1') {
      throw new Error(`PostgreSQL is required here (CI/REQUIRE_POSTGRES) but could not start: ${reason}`);
    }
    console.warn(`[global-setup] PostgreSQL is unavailable; the Postgres suites will be skipped: ${reason}`);
    const context = { pgUrl: '', wsProxy: '', pgTemplate: '', pgTemplateError: reason, pgSkipReason: reason };
    return { context, stop: async () => {} };
  }
  const where = postgres.source === 'external' ? 'TEST_DATABASE_URL' : 'a throwaway cluster';
  console.log(
    `[global-setup] PostgreSQL: ${redact(postgres.url)} (${where}); Neon relay: ws://${relay.wsProxy}`,
  );
  let pgTemplate = '';
  let pgTemplateError = '';
  try {
    // Imported here: a schema that does not load must not stop the Neon path checks.
    const { prepareTemplate } = await import('./template-database');
    pgTemplate = await prepareTemplate(postgres.url);
  } catch (error) {
    pgTemplateError = `migrating the template database failed: ${error instanceof Error ? error.message : String(error)}`;
    console.warn(`[global-setup] ${pgTemplateError}`);
  }
  const context = {
    pgUrl: postgres.url,
    wsProxy: relay.wsProxy,
    pgTemplate,
    pgTemplateError,
    pgSkipReason: '',
  };
  return { context, stop };
}

function redact(url: string) {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
