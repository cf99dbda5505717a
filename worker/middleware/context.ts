import type { MiddlewareHandler } from 'hono';
import { newId } from '../../schema/ids';
import type { AppEnv, Deps } from '../env';

/**
 * Puts the dependencies, a request id, the reader's language and a database on the context.
 * The database is released after the response: on Workers in waitUntil, so closing the
 * per-request Pool does not delay the answer.
 */
export function contextMiddleware(deps: Deps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const requestId = c.req.header('x-request-id')?.slice(0, 64) || newId('request');
    c.set('deps', deps);
    c.set('requestId', requestId);
    c.set('logger', deps.logger);
    c.set('locale', preferredLocale(c.req.header('accept-language')));
    c.set('actor', { kind: 'anonymous' });
    const { db, release } = await deps.database.acquire();
    c.set('db', db);
    // Set before the response exists, so every response built with c.json/c.body carries it:
    // c.header on a finished response makes Hono rebuild it around a body stream, which cost
    // the Node host a third of its throughput on cached reads.
    c.header('x-request-id', requestId);
    try {
      await next();
    } finally {
      // A handler that returned a Response of its own skipped the prepared headers.
      if (!c.res.headers.has('x-request-id')) c.header('x-request-id', requestId);
      // Only a per-request database needs closing; Node's shared one has no release, which
      // also spares the hot path Hono's executionCtx getter (it throws where there is none).
      if (release) {
        const done = release().catch((error) =>
          deps.logger.warn('db release failed', { error: String(error) }),
        );
        waitUntil(c, done);
      }
    }
  };
}

function waitUntil(
  c: { executionCtx: { waitUntil(promise: Promise<unknown>): void } },
  promise: Promise<unknown>,
) {
  try {
    c.executionCtx.waitUntil(promise);
  } catch {
    // Node has no execution context: the release simply runs on.
  }
}

export function preferredLocale(header: string | undefined): 'zh' | 'en' {
  if (!header) return 'zh';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { tag: tag ?? '', q: q ? Number(q.trim().slice(2)) || 0 : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('zh')) return 'zh';
    if (tag.startsWith('en')) return 'en';
  }
  return 'zh';
}
