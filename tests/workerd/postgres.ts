// Postgres from inside workerd: the addresses the global setup provided, and a Neon Pool
// through the WebSocket→TCP relay (no TLS, no pipelining: the relay is plain TCP).
import { neonConfig, Pool } from '@neondatabase/serverless';
import { inject } from 'vitest';

export const pgUrl = inject('pgUrl');
export const wsProxy = inject('wsProxy');
export const pgTemplate = inject('pgTemplate');
export const pgTemplateError = inject('pgTemplateError');
/** Why the Postgres suites skip ('' when Postgres is up); the suites print it. */
export const pgSkipReason =
  pgUrl && wsProxy ? '' : inject('pgSkipReason') || 'the global setup provided no PostgreSQL';

export function useRelay(proxy = wsProxy) {
  neonConfig.wsProxy = (host, port) => `${proxy}?address=${host}:${port}`;
  neonConfig.useSecureWebSocket = false;
  neonConfig.pipelineTLS = false;
  neonConfig.pipelineConnect = false;
}

export function openPool(connectionString = pgUrl): Pool {
  useRelay();
  const pool = new Pool({ connectionString, max: 4 });
  // Without a listener workerd reports "Network connection lost" after pool.end().
  pool.on('error', () => {});
  return pool;
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export function announceSkip(suite: string) {
  if (pgSkipReason) console.warn(`[workerd] skipping ${suite}: ${pgSkipReason}`);
}
