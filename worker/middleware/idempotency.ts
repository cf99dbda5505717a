import { and, eq } from 'drizzle-orm';
import type { MiddlewareHandler } from 'hono';
import { idempotencyKeys } from '../../schema/index';
import type { AppEnv } from '../env';
import { sha256Hex } from '../lib/encoding';
import { DomainError, Invalid } from '../lib/errors';

const HEADER = 'idempotency-key';
const REPLAYED_HEADERS = ['content-type', 'location'];

/**
 * Honours `Idempotency-Key` on POST: the first request with a key runs and its response is
 * stored when it succeeds; a repeat (same caller, same key, same body) gets that response again, a repeat with
 * another body gets 422, and a repeat while the first still runs gets 409. Keys are scoped to
 * the tenant and the caller, so two callers never see each other's responses (anonymous
 * callers: to the request, so a reused key with another body simply runs).
 */
export function idempotency(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const key = c.req.header(HEADER);
    if (c.req.method !== 'POST' || key === undefined) return next();
    if (!/^[\w.:-]{1,255}$/.test(key)) {
      throw new Invalid('Idempotency-Key must be 1–255 characters of letters, digits, _ . : -', [
        { path: 'Idempotency-Key', message: 'invalid' },
      ]);
    }
    const db = c.get('db');
    const actor = c.get('actor');
    const tenantId = c.get('tenant').id;
    // c.req.text() is cached by Hono, so the validator reads the same body afterwards.
    const requestHash = await sha256Hex(`${c.req.method} ${c.req.path}\n${await c.req.text()}`);
    // Anonymous callers (sign-up, login) cannot be told apart, so their keys are scoped to the
    // request itself: a repeat replays, and two strangers picking the same key never collide.
    const principal =
      actor.kind === 'user' ? actor.user.id : actor.kind === 'key' ? actor.keyId : `anonymous:${requestHash}`;
    const claimed = await db
      .insert(idempotencyKeys)
      .values({ tenantId, principal, key, method: c.req.method, path: c.req.path, requestHash })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    const where = and(
      eq(idempotencyKeys.tenantId, tenantId),
      eq(idempotencyKeys.principal, principal),
      eq(idempotencyKeys.key, key),
    );

    if (claimed.length === 0) {
      const [first] = await db.select().from(idempotencyKeys).where(where);
      if (!first)
        throw new DomainError(
          'idempotency-in-progress',
          'Retry: the first request with this key just finished failing.',
        );
      if (first.requestHash !== requestHash) {
        throw new DomainError(
          'idempotency-mismatch',
          'This Idempotency-Key was already used for a different request.',
        );
      }
      if (first.status === null)
        throw new DomainError(
          'idempotency-in-progress',
          'A request with this Idempotency-Key is still running.',
        );
      const headers = new Headers(first.responseHeaders ?? {});
      headers.set('idempotent-replayed', 'true');
      const body = first.responseBody === null ? null : JSON.stringify(first.responseBody);
      return new Response(body, { status: first.status, headers });
    }

    try {
      await next();
    } catch (error) {
      await db.delete(idempotencyKeys).where(where);
      throw error;
    }
    // Only successes are remembered: after an error the client may fix and retry with the same key.
    if (c.res.status >= 300 || c.error) {
      await db.delete(idempotencyKeys).where(where);
      return;
    }
    const text = await c.res.clone().text();
    const headers = Object.fromEntries(
      REPLAYED_HEADERS.flatMap((h) => (c.res.headers.get(h) ? [[h, c.res.headers.get(h) as string]] : [])),
    );
    await db
      .update(idempotencyKeys)
      .set({
        status: c.res.status,
        responseBody: text ? JSON.parse(text) : null,
        responseHeaders: headers,
        completedAt: new Date(),
      })
      .where(where);
  };
}
