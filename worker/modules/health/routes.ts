import { sql } from 'drizzle-orm';
import { Hono } from 'hono';
import type { AppEnv } from '../../env';

export const healthRoutes = new Hono<AppEnv>();

/** Liveness plus a round trip to the database, so a broken database shows here first. */
healthRoutes.get('/health', async (c) => {
  const started = performance.now();
  try {
    await c.var.db.execute(sql`select 1`);
    return c.json({
      status: 'ok',
      database: 'ok',
      dbMs: Math.round((performance.now() - started) * 10) / 10,
    });
  } catch (error) {
    c.var.logger.error('health: database unreachable', { error: String(error) });
    return c.json({ status: 'degraded', database: 'unreachable' }, 503);
  }
});
