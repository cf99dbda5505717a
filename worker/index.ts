// The Workers host: reads bindings, builds the dependencies, hands them to createApp.
// fetch serves the app; queue and scheduled drain the outbox (queue: soon after a change;
// cron: a sweep for retries and anything a failed send left behind).
import { createSearchFactory } from '../search/create';
import { logMailer } from './adapters/mailers';
import { r2BlobStore } from './adapters/r2-blobs';
import { createApp } from './app';
import { parseConfig } from './config';
import type { Deps } from './env';
import { neonDatabase } from './host/neon';
import { drainAll } from './outbox/drainer';
import { outboxHandlers } from './outbox/handlers';
import { consoleLoggerAt, noopQueue, type Queue, systemClock } from './ports';

export interface WorkerEnv {
  DATABASE_URL: string;
  NEON_WS_PROXY?: string;
  QUEUE?: { send(body: unknown): Promise<void> };
  BLOBS?: R2Bucket;
  [key: string]: unknown;
}

let cached: { key: string; deps: Deps; app: ReturnType<typeof createApp> } | undefined;

function depsFor(env: WorkerEnv): { deps: Deps; app: ReturnType<typeof createApp> } {
  // Bindings are fixed for an isolate's life; build once, not per request.
  const key = `${env.DATABASE_URL}|${env.NEON_WS_PROXY ?? ''}`;
  if (cached?.key === key) return cached;
  const config = parseConfig(env as Record<string, unknown>);
  if (!env.DATABASE_URL)
    throw new Error(
      'Invalid configuration: DATABASE_URL is required on Workers (wrangler secret put DATABASE_URL).',
    );
  const queue: Queue = env.QUEUE ? { notify: (ids) => env.QUEUE!.send({ ids }) } : noopQueue;
  const search = createSearchFactory(config);
  const deps: Deps = {
    config,
    search: search.forDb,
    database: neonDatabase(env.DATABASE_URL, env.NEON_WS_PROXY),
    queue,
    blobs: env.BLOBS ? r2BlobStore(env.BLOBS) : missingBlobs(),
    mailer: logMailer(consoleLoggerAt(config.LOG_LEVEL)),
    clock: systemClock,
    logger: consoleLoggerAt(config.LOG_LEVEL),
  };
  cached = { key, deps, app: createApp(deps) };
  return cached;
}

function missingBlobs(): Deps['blobs'] {
  const fail = async (): Promise<never> => {
    throw new Error('No R2 bucket is bound as BLOBS.');
  };
  return { put: fail, get: fail, delete: fail };
}

async function sweep(env: WorkerEnv) {
  const { deps } = depsFor(env);
  const { db, release } = await deps.database.acquire();
  try {
    return await drainAll(
      db,
      outboxHandlers({ config: deps.config, logger: deps.logger, search: deps.search, mailer: deps.mailer }),
      deps,
    );
  } finally {
    await release?.();
  }
}

export default {
  fetch(request: Request, env: WorkerEnv, ctx: ExecutionContext) {
    return depsFor(env).app.fetch(request, env, ctx);
  },
  async queue(batch: MessageBatch<unknown>, env: WorkerEnv) {
    await sweep(env);
    batch.ackAll();
  },
  async scheduled(_controller: ScheduledController, env: WorkerEnv, ctx: ExecutionContext) {
    ctx.waitUntil(sweep(env));
  },
} satisfies ExportedHandler<WorkerEnv>;
